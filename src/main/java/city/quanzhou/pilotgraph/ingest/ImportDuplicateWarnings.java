package city.quanzhou.pilotgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * The duplicate warnings of an import. Only entities the import creates are checked (an update of a known
 * entity is no new duplicate), found before the write in one statement per {@value #CHUNK} ids and compared
 * after it in one statement per {@value #CHUNK} entities, and at most {@value #MAX_CHECKED} of them, so that a
 * large import is not held up by a search per row: the report says when it checked fewer than it created.
 * The comparing statements run side by side, as many as an import's node chunks ({@code parallel-chunks}): each
 * keeps one core busy in the database, and an import of 10,000 nodes at L spent 3.2 s in them one after another
 * (docs/benchmarks.md, "Imports hold the embedding job").
 */
@Component
class ImportDuplicateWarnings {

	private static final Logger log = LoggerFactory.getLogger(ImportDuplicateWarnings.class);

	static final int CHUNK = 500;

	static final int MAX_CHECKED = 2_000;

	private static final String ABSENT = """
			UNWIND $ids AS id
			WITH id WHERE NOT EXISTS { MATCH (:Entity {id: id}) }
			RETURN collect(id) AS absent
			""";

	private final GraphSessions sessions;

	private final ImportDuplicateCheck check;

	private final int parallel;

	ImportDuplicateWarnings(GraphSessions sessions, ImportDuplicateCheck check, ImportProperties settings) {
		this.sessions = sessions;
		this.check = check;
		this.parallel = settings.parallelChunks();
	}

	/** The ids of the dataset's entities that the graph does not hold yet: those the import will create. */
	Set<String> newEntities(Dataset dataset) {
		List<String> ids = new ArrayList<>();
		dataset.nodes().forEach((batch) -> batch.rows().forEach((row) -> ids.add((String) row.get("id"))));
		Set<String> absent = new HashSet<>();
		try (Session session = this.sessions.session()) {
			for (int start = 0; start < ids.size(); start += 10 * CHUNK) {
				List<String> chunk = ids.subList(start, Math.min(ids.size(), start + 10 * CHUNK));
				absent.addAll(session.executeRead((tx) -> tx.run(ABSENT, Map.of("ids", chunk))
					.single().get("absent").asList((value) -> value.asString())));
			}
		}
		return absent;
	}

	/** What the created entities may duplicate, in file and row order; checked after the import was written. */
	Checked warnings(Dataset dataset, Set<String> created) {
		Map<String, String> districts = districtCodes(dataset);
		List<Comparison> comparisons = new ArrayList<>();
		int checked = 0;
		for (Dataset.NodeBatch batch : dataset.nodes()) {
			List<ImportDuplicateCheck.NewEntity> pending = new ArrayList<>();
			Map<String, Long> rows = new HashMap<>();
			Map<String, String> names = new HashMap<>();
			for (int index = 0; index < batch.rows().size() && checked < MAX_CHECKED; index++) {
				Map<String, Object> row = batch.rows().get(index);
				String id = (String) row.get("id");
				@SuppressWarnings("unchecked")
				Map<String, Object> props = (Map<String, Object>) row.get("props");
				if (!created.contains(id) || !(props.get("name") instanceof String name)) {
					continue;
				}
				// rows are kept in file order, one per record: the spreadsheet row is the record number plus one
				rows.put(id, index + 2L);
				names.put(id, name);
				List<String> aliases = (props.get("aliases") instanceof List<?> list)
						? list.stream().map(String::valueOf).toList() : List.of();
				pending.add(new ImportDuplicateCheck.NewEntity(id, name, aliases, districts.get(id)));
				checked++;
			}
			for (int start = 0; start < pending.size(); start += CHUNK) {
				comparisons.add(new Comparison(batch, pending.subList(start, Math.min(pending.size(), start + CHUNK)),
						rows, names));
			}
		}
		List<DuplicateWarning> warnings = compareAll(comparisons);
		if (created.size() > checked) {
			log.info("Import created {} entities; the first {} were checked for duplicates", created.size(), checked);
		}
		warnings.sort(java.util.Comparator.comparing(DuplicateWarning::file).thenComparingLong(DuplicateWarning::row)
			.thenComparing(DuplicateWarning::duplicateId));
		return new Checked(warnings, checked, created.size());
	}

	/** The warnings of every comparison, its statements run side by side. */
	private List<DuplicateWarning> compareAll(List<Comparison> comparisons) {
		List<DuplicateWarning> warnings = new ArrayList<>();
		int threads = Math.min(this.parallel, comparisons.size());
		if (threads <= 1) {
			comparisons.forEach((comparison) -> warnings.addAll(comparison.compare(this.check)));
			return warnings;
		}
		try (ExecutorService pool = Executors.newFixedThreadPool(threads,
				Thread.ofPlatform().name("import-duplicates-", 1).factory())) {
			List<Future<List<DuplicateWarning>>> compared = new ArrayList<>();
			comparisons.forEach((comparison) -> compared.add(pool.submit(() -> comparison.compare(this.check))));
			for (Future<List<DuplicateWarning>> future : compared) {
				warnings.addAll(future.get());
			}
		}
		catch (ExecutionException ex) {
			throw (ex.getCause() instanceof RuntimeException runtime) ? runtime
					: new IllegalStateException("The duplicate check of an import failed", ex.getCause());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while checking an import for duplicates", ex);
		}
		return warnings;
	}

	/** Up to {@value #CHUNK} new entities of one file, compared with the graph in one statement. */
	private record Comparison(Dataset.NodeBatch batch, List<ImportDuplicateCheck.NewEntity> entities,
			Map<String, Long> rows, Map<String, String> names) {

		List<DuplicateWarning> compare(ImportDuplicateCheck check) {
			List<DuplicateWarning> warnings = new ArrayList<>();
			for (ImportDuplicateCheck.Found found : check.likelyDuplicates(this.batch.kind(), this.entities)) {
				warnings.add(new DuplicateWarning(this.batch.file(), this.rows.get(found.id()), found.id(),
						this.names.get(found.id()), found.duplicateId(), found.duplicateName(), found.score(),
						found.evidence()));
			}
			return warnings;
		}

	}

	/** The new district of every row that names one. */
	private static Map<String, String> districtCodes(Dataset dataset) {
		Map<String, String> codes = new HashMap<>();
		dataset.references().stream()
			.filter((batch) -> batch.reference().toDistrict())
			.forEach((batch) -> batch.rows().forEach((row) -> {
				if (row.get("target") instanceof String code) {
					codes.put((String) row.get("id"), code);
				}
			}));
		return codes;
	}

	/** The warnings, and how many of how many created entities were checked. */
	record Checked(List<DuplicateWarning> warnings, int checked, int created) {
	}

}
