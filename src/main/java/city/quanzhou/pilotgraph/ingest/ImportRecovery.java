package city.quanzhou.pilotgraph.ingest;

import java.time.Duration;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.system.GraphStartupStep;
import city.quanzhou.pilotgraph.system.PilotgraphProperties;

/**
 * Settles imports whose process died: one that had not finished is undone, one that had finished has its journal
 * deleted. Runs at start-up as the first step after the migrations (before the seed data and before the service
 * reports ready), and before every import. It reads
 * only the few {@code :ImportRun} nodes, never the graph.
 * <p>
 * The embedded database belongs to this process alone, so every unfinished import found there is abandoned. An
 * external database may be shared by several instances: there an import counts as abandoned only when its writer
 * has not committed a chunk for twice the chunk time limit, so that an instance starting up never undoes an
 * import another instance is still writing.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ImportRecovery implements GraphStartupStep {

	private static final Logger log = LoggerFactory.getLogger(ImportRecovery.class);

	private final ImportJournal journal;

	private final Duration staleAfter;

	ImportRecovery(ImportJournal journal, ImportProperties settings, PilotgraphProperties properties) {
		this.journal = journal;
		this.staleAfter = properties.embedded() ? null : settings.chunkTimeLimit().multipliedBy(2);
	}

	@Override
	public void run() {
		recover();
	}

	/** Undoes or completes every abandoned import; returns how many there were. */
	public int recover() {
		List<ImportJournal.Run> runs = this.journal.unfinished(this.staleAfter);
		for (ImportJournal.Run run : runs) {
			if (run.state().equals("DONE")) {
				log.info("Import {} by {} had finished; deleting its journal", run.id(), run.by());
				this.journal.forget(run.id());
			}
			else {
				log.warn("Import {} by {} stopped after {} chunk(s) without finishing; undoing it", run.id(), run.by(),
						run.chunksWritten());
				this.journal.undo(run.id());
			}
		}
		return runs.size();
	}

	/**
	 * An import still being written by another process on the same (external) database, described for a refusal;
	 * null when there is none. Two imports at once could each undo over the other's writes.
	 */
	String importInProgress() {
		return this.journal.unfinished(null).stream()
			.findFirst()
			.map((run) -> "import " + run.id() + " by " + run.by() + " is being written (" + run.chunksWritten()
					+ " chunks so far); try again when it has finished")
			.orElse(null);
	}

}
