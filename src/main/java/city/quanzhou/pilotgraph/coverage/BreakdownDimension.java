package city.quanzhou.pilotgraph.coverage;

import java.util.EnumSet;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;

import static city.quanzhou.pilotgraph.entity.EntityKind.CHAIN_LINK;
import static city.quanzhou.pilotgraph.entity.EntityKind.DEMAND;
import static city.quanzhou.pilotgraph.entity.EntityKind.ENTERPRISE;
import static city.quanzhou.pilotgraph.entity.EntityKind.BROKER;
import static city.quanzhou.pilotgraph.entity.EntityKind.FUND;
import static city.quanzhou.pilotgraph.entity.EntityKind.INSTITUTE;
import static city.quanzhou.pilotgraph.entity.EntityKind.PARK;
import static city.quanzhou.pilotgraph.entity.EntityKind.RESULT;
import static city.quanzhou.pilotgraph.entity.EntityKind.TEST_BASE;
import static city.quanzhou.pilotgraph.entity.EntityKind.TRANSFER_AGENCY;

/**
 * What a breakdown may group by: the allow-list of Cypher fragments composed into
 * {@link CoverageQueries#BREAKDOWN}. Each fragment is an expression over the entity {@code n} that yields
 * a list of {@code {value, label}} maps (several for multi-valued dimensions, none when the entity has no
 * value), and each dimension names the kinds it means something for.
 */
public enum BreakdownDimension {

	KIND(EnumSet.allOf(EntityKind.class),
			"[label IN labels(n) WHERE $kindNames[label] IS NOT NULL | {value: $kindNames[label], label: $kindNames[label]}]"),

	/** Results have no place of their own; they count where their owners are. */
	DISTRICT(EnumSet.of(INSTITUTE, ENTERPRISE, TEST_BASE, TRANSFER_AGENCY, PARK, RESULT), """
			CASE WHEN n:Result
			  THEN COLLECT { MATCH (n)-[:OWNED_BY]->()-[:LOCATED_IN]->(d:District) RETURN DISTINCT {value: d.code, label: d.name} }
			  ELSE COLLECT { MATCH (n)-[:LOCATED_IN]->(d:District) RETURN DISTINCT {value: d.code, label: d.name} }
			END"""),

	STATUS(EnumSet.of(TEST_BASE, DEMAND), property("n.status")),

	MATURITY(EnumSet.of(RESULT), property("n.maturity")),

	/** Zero hops for a chain link itself, one hop (through its links) for what is tied to links. */
	CHAIN(EnumSet.of(CHAIN_LINK, RESULT, TEST_BASE, ENTERPRISE, DEMAND), """
			COLLECT {
			  MATCH (n)-[:APPLIES_TO|COVERS|ACTIVE_IN|ON_LINK]->{0,1}(:ChainLink)-[:PART_OF]->(c:IndustryChain)
			  RETURN DISTINCT {value: c.id, label: c.name}
			}"""),

	STAGE(EnumSet.of(CHAIN_LINK, RESULT, TEST_BASE, ENTERPRISE, DEMAND), """
			COLLECT {
			  MATCH (n)-[:APPLIES_TO|COVERS|ACTIVE_IN|ON_LINK]->{0,1}(l:ChainLink)
			  WHERE l.stage IS NOT NULL
			  RETURN DISTINCT {value: l.stage, label: l.stage}
			}"""),

	YEAR(EnumSet.of(TEST_BASE, DEMAND, RESULT),
			"[y IN [coalesce(n.establishedYear, n.year, n.publishedOn.year)] WHERE y IS NOT NULL | {value: toString(y), label: toString(y)}]"),

	SERVICE(EnumSet.of(TEST_BASE), "[s IN coalesce(n.services, []) | {value: s, label: s}]"),

	OPEN_TO_PUBLIC(EnumSet.of(TEST_BASE), property("n.openToPublic")),

	RECOGNITION(EnumSet.of(TEST_BASE), property("n.recognition")),

	OPERATING_MODEL(EnumSet.of(TEST_BASE), property("n.operatingModel")),

	CATEGORY(EnumSet.of(INSTITUTE, PARK, FUND), property("n.category")),

	LEVEL(EnumSet.of(BROKER, TRANSFER_AGENCY, FUND), property("n.level")),

	NEEDS_PILOT(EnumSet.of(RESULT), property("n.needsPilot"));

	/** The fragment of the second dimension when a breakdown has only one: every entity gets the null key. */
	static final String NONE = "[]";

	private final Set<EntityKind> kinds;

	private final String fragment;

	BreakdownDimension(Set<EntityKind> kinds, String fragment) {
		this.kinds = kinds;
		this.fragment = fragment;
	}

	Set<EntityKind> kinds() {
		return this.kinds;
	}

	String fragment() {
		return this.fragment;
	}

	private static String property(String expression) {
		return "[v IN [" + expression + "] WHERE v IS NOT NULL | {value: toString(v), label: toString(v)}]";
	}

}
