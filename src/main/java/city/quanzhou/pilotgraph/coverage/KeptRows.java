package city.quanzhou.pilotgraph.coverage;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;

import city.quanzhou.pilotgraph.live.Change;
import city.quanzhou.pilotgraph.live.ChangeLog.Head;
import city.quanzhou.pilotgraph.live.ChangeLog.Since;

/**
 * Rows of one read that {@link CoverageCache} keeps (a statement's whole answer, or one item's row), as the change
 * log stood when the read began ({@code version}), and when it began ({@code readFrom}, to age them), with the rules
 * that tell whether they still stand.
 */
record KeptRows(Head version, long readFrom, List<Record> rows) {

	/** A statement and its arguments: what kept rows are kept under. */
	record Statement(String cypher, Map<String, Object> parameters) {

		static Statement of(String cypher, Map<String, Object> parameters) {
			return new Statement(cypher, Collections.unmodifiableMap(new HashMap<>(parameters)));
		}

	}

	/**
	 * Whether these rows still stand at the head {@code since} read: they were read at it or later, or only changes
	 * they do not read ({@code inputs}) came after them.
	 */
	boolean untouchedBy(Since since, CoverageInputs inputs) {
		if (this.version.atLeast(since.head())) {
			return true;
		}
		List<Change> changes = since.after(this.version);
		return changes != null && changes.stream().noneMatch(inputs::touchedBy);
	}

	/** The same rows, standing at {@code head}: the next request reads only the changes after it. */
	KeptRows at(Head head) {
		return new KeptRows(head, this.readFrom, this.rows);
	}

	/** Of two reads of the same rows, the one that saw the later head (the new one when they saw the same). */
	static KeptRows newer(KeptRows old, KeptRows read) {
		return old.version().atLeast(read.version()) && !read.version().atLeast(old.version()) ? old : read;
	}

}
