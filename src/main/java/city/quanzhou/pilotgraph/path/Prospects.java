package city.quanzhou.pilotgraph.path;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;

import city.quanzhou.pilotgraph.entity.GraphEntity;

/**
 * The words a broker reads next to a prospect: the route, the fit and, for an existing partner, the tie
 * that makes it one.
 */
final class Prospects {

	private static final Map<String, String> EXISTING = Map.of("TRANSFERRED_TO", "已签该成果的技术合同", "OWNED_BY",
			"持有该成果", "COOPERATES_WITH", "与成果持有单位已有产学研合作");

	private Prospects() {
	}

	/**
	 * What {@link ProspectQueries#PROSPECT_FACTS} read: the enterprises tied to the result by each kind of existing
	 * tie.
	 */
	record Facts(Set<String> contracted, Set<String> holders, Set<String> cooperating) {

		static Facts from(Record row) {
			return new Facts(ids(row.get("contracted")), ids(row.get("holders")), ids(row.get("cooperating")));
		}

		Set<String> existingIds() {
			Set<String> ids = new LinkedHashSet<>(this.contracted);
			ids.addAll(this.holders);
			ids.addAll(this.cooperating);
			return ids;
		}

		/** In a fixed order: the contract first, then holding, then cooperation with the owner. */
		List<String> existingTies(String enterpriseId) {
			List<String> ties = new ArrayList<>();
			if (this.contracted.contains(enterpriseId)) {
				ties.add("TRANSFERRED_TO");
			}
			if (this.holders.contains(enterpriseId)) {
				ties.add("OWNED_BY");
			}
			if (this.cooperating.contains(enterpriseId)) {
				ties.add("COOPERATES_WITH");
			}
			return ties;
		}

		private static Set<String> ids(Value value) {
			return new LinkedHashSet<>(value.asList(Value::asString));
		}

	}

	static String reason(PartnerPath path, List<String> existingTies, List<String> sharedLinks,
			List<String> sharedChains) {
		List<String> parts = new ArrayList<>();
		List<GraphEntity> between = path.nodes().subList(1, path.nodes().size() - 1);
		if (between.isEmpty()) {
			parts.add("与成果直接相连（1 跳）");
		}
		else {
			parts.add("经 " + String.join(" → ", between.stream().map(GraphEntity::name).toList()) + " 可达（"
					+ path.hops() + " 跳）");
		}
		parts.add("路径强度 " + String.format(Locale.ROOT, "%.2f", path.strength()));
		if (!sharedLinks.isEmpty()) {
			parts.add("同在环节：" + String.join("、", sharedLinks));
		}
		else if (!sharedChains.isEmpty()) {
			parts.add("同在产业链：" + String.join("、", sharedChains));
		}
		else {
			parts.add("未在该成果所属产业链登记");
		}
		existingTies.forEach((tie) -> parts.add("现有关系：" + EXISTING.getOrDefault(tie, tie)));
		return String.join("；", parts);
	}

}
