package city.quanzhou.pilotgraph.path;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
