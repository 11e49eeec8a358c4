package city.quanzhou.pilotgraph.editing;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.ingest.DatasetFormat;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.NodeFile;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.TieFile;

/**
 * Which kinds each relationship type may join, in which direction, with which properties: read off the
 * dataset format, so that a tie an editor may make is exactly a tie an import may make. Types that come
 * from a single reference (a link's chain, a broker's agency, a place) hold one tie per source: making a
 * new one replaces the old.
 */
record TieRules(Relation relation, Set<EntityKind> fromKinds, Set<EntityKind> toKinds, boolean toDistrict,
		boolean single, List<Column> properties) {

	private static final Map<Relation, TieRules> RULES = build();

	static TieRules of(Relation relation) {
		return RULES.get(relation);
	}

	private static Map<Relation, TieRules> build() {
		Map<Relation, TieRules> rules = new EnumMap<>(Relation.class);
		for (TieFile file : DatasetFormat.TIE_FILES) {
			rules.put(file.relation(), file.reversed()
					? new TieRules(file.relation(), file.toKinds(), file.fromKinds(), false, false, file.columns())
					: new TieRules(file.relation(), file.fromKinds(), file.toKinds(), false, false, file.columns()));
		}
		for (NodeFile file : DatasetFormat.NODE_FILES) {
			for (Reference reference : file.references()) {
				TieRules known = rules.get(reference.relation());
				Set<EntityKind> owners = new HashSet<>((known != null) ? known.fromKinds() : Set.of());
				Set<EntityKind> targets = new HashSet<>((known != null) ? known.toKinds() : Set.of());
				if (reference.incoming()) {
					owners.addAll(reference.targets());
					targets.add(file.kind());
				}
				else {
					owners.add(file.kind());
					targets.addAll(reference.targets());
				}
				rules.put(reference.relation(), new TieRules(reference.relation(), Set.copyOf(owners), Set.copyOf(targets),
						reference.toDistrict(), !reference.incoming(), DatasetFormat.TIE_PROVENANCE));
			}
		}
		return Map.copyOf(rules);
	}

}
