package city.quanzhou.pilotgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Set;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;

/**
 * A dataset read and validated in full, ready to be written: every value parsed, every reference known
 * to point at an existing node of the right kind. {@code newIds}: the ids of its node rows that the graph did
 * not hold when it was validated; their nodes are created without being looked for, and a tie from one of them
 * cannot exist yet ({@link DatasetWriter}).
 */
record Dataset(List<District> districts, List<NodeBatch> nodes, List<ReferenceBatch> references, List<TieBatch> ties,
		Set<String> newIds) {

	record District(String code, String name) {
	}

	/** Rows of one node file: {@code id} plus the properties to set. */
	record NodeBatch(String file, EntityKind kind, List<Map<String, Object>> rows) {
	}

	/**
	 * References from one node file's column, e.g. districtCode: rows of the node's {@code id} and the
	 * {@code target} that replaces whatever the reference pointed at before (null: clears it).
	 */
	record ReferenceBatch(String file, DatasetFormat.Reference reference, List<Map<String, Object>> rows) {
	}

	/** Rows of one relationship file: {@code from}, {@code to} and {@code props}. */
	record TieBatch(String file, Relation relation, List<Map<String, Object>> rows) {
	}

	int nodeCount() {
		return this.districts.size() + this.nodes.stream().mapToInt((batch) -> batch.rows().size()).sum();
	}

	int relationshipCount() {
		return this.references.stream().mapToInt((batch) -> batch.rows().size()).sum()
				+ this.ties.stream().mapToInt((batch) -> batch.rows().size()).sum();
	}

}
