package city.quanzhou.pilotgraph.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVRecord;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.entity.Relation;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.NodeFile;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.TieFile;

/**
 * Reads every file of a dataset and validates all of it before anything is written: headers, required
 * cells, value types, every value by its column's rules ({@link Column#problemWith}, the rules the editor
 * applies), duplicate ids and names, and that every reference points at a node of the right kind. All
 * problems are collected, not just the first. A cell holding {@link CellText#CLEAR} clears an optional
 * property or reference; an empty cell leaves it as it is.
 */
final class DatasetReader {

	private final Function<String, Optional<InputStream>> files;

	private final List<RowProblem> problems = new ArrayList<>();

	private final Map<String, EntityKind> kindById = new HashMap<>();

	private final Set<String> districtCodes = new HashSet<>();

	private final GraphLookup graph;

	/** Where each node row of the dataset is, for reports about it found later. */
	private final Map<String, PendingRow> nodeRows = new HashMap<>();

	/** The ids of node rows that the graph does not hold. */
	private final Set<String> newIds = new HashSet<>();

	/** Per kind, the names the dataset gives and the row of each. */
	private final Map<EntityKind, Map<String, PendingRow>> nameRows = new HashMap<>();

	/**
	 * @param files opens a file of the dataset by name; empty when the dataset has no such file
	 * @param graph the graph the dataset will be written into
	 */
	DatasetReader(Function<String, Optional<InputStream>> files, GraphLookup graph) {
		this.files = files;
		this.graph = graph;
	}

	DatasetReader(Function<String, Optional<InputStream>> files) {
		this(files, GraphLookup.NONE);
	}

	Dataset read() {
		List<Dataset.District> districts = readDistricts();
		this.districtCodes.addAll(this.graph.districtCodes());
		List<Dataset.NodeBatch> nodes = new ArrayList<>();
		List<PendingReference> pending = new ArrayList<>();
		for (NodeFile file : DatasetFormat.NODE_FILES) {
			nodes.add(readNodes(file, pending));
		}
		List<PendingTie> pendingTies = new ArrayList<>();
		for (TieFile file : DatasetFormat.TIE_FILES) {
			readTies(file, pendingTies);
		}
		checkAgainstGraph(pending, pendingTies);
		List<Dataset.ReferenceBatch> references = resolve(pending);
		List<Dataset.TieBatch> ties = resolveTies(pendingTies);
		if (!this.problems.isEmpty()) {
			throw new InvalidDatasetException(this.problems);
		}
		return new Dataset(districts, nodes, references, ties, this.newIds);
	}

	/**
	 * One look at the graph for everything the files alone cannot settle: ids the rows refer to but do not
	 * define, ids they define that the graph already holds as another kind, and names already taken.
	 */
	private void checkAgainstGraph(List<PendingReference> references, List<PendingTie> ties) {
		Set<String> ids = new HashSet<>(this.kindById.keySet());
		references.stream().filter((ref) -> !ref.reference().toDistrict() && ref.target() != null).forEach((ref) -> ids.add(ref.target()));
		ties.forEach((tie) -> {
			ids.add(tie.first());
			ids.add(tie.second());
		});
		Map<String, EntityKind> inGraph = this.graph.kindsOf(ids);
		this.nodeRows.keySet().stream().filter((id) -> !inGraph.containsKey(id)).forEach(this.newIds::add);
		inGraph.forEach((id, kind) -> {
			EntityKind inFile = this.kindById.get(id);
			if (inFile == null) {
				this.kindById.put(id, kind);
			}
			else if (inFile != kind) {
				PendingRow where = this.nodeRows.get(id);
				problem(where.file(), where.row(), "id", id + " already exists as a " + kind.label());
			}
		});
		this.nameRows.forEach((kind, names) -> this.graph.idsByName(kind, names.keySet()).forEach((name, existingId) -> {
			PendingRow where = names.get(name);
			if (!existingId.equals(where.id())) {
				problem(where.file(), where.row(), "name", "'" + name + "' is already the name of " + existingId);
			}
		}));
	}

	private List<Dataset.District> readDistricts() {
		List<Dataset.District> districts = new ArrayList<>();
		forEachRecord(DatasetFormat.DISTRICTS, List.of("code", "name"), (record, row) -> {
			String code = cell(record, "code");
			String name = cell(record, "name");
			if (!code.matches("\\d{6}")) {
				problem(DatasetFormat.DISTRICTS, row, "code", "'" + code + "' is not a six-digit division code");
			}
			else if (!this.districtCodes.add(code)) {
				problem(DatasetFormat.DISTRICTS, row, "code", "duplicate code " + code);
			}
			if (name.isEmpty()) {
				problem(DatasetFormat.DISTRICTS, row, "name", "is required");
			}
			else if (DatasetFormat.DISTRICT_NAME.problemWith(name) != null) {
				problem(DatasetFormat.DISTRICTS, row, "name", DatasetFormat.DISTRICT_NAME.problemWith(name));
			}
			districts.add(new Dataset.District(code, name));
		});
		return districts;
	}

	private Dataset.NodeBatch readNodes(NodeFile file, List<PendingReference> pending) {
		List<String> header = new ArrayList<>();
		header.add("id");
		file.columns().forEach((column) -> header.add(column.name()));
		file.references().forEach((reference) -> header.add(reference.column()));
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> names = new HashSet<>();
		forEachRecord(file.file(), header, (record, row) -> {
			String id = cell(record, "id");
			if (!id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
				problem(file.file(), row, "id", "'" + id + "' is not an id (lowercase letters, digits, '-', '_', '.')");
				return;
			}
			EntityKind earlier = this.kindById.putIfAbsent(id, file.kind());
			if (earlier != null) {
				problem(file.file(), row, "id", "duplicate id " + id + " (already a " + earlier.label() + ")");
				return;
			}
			this.nodeRows.put(id, new PendingRow(file.file(), row, id));
			Map<String, Object> properties = properties(file.file(), row, record, file.columns());
			Object name = properties.get("name");
			if (name != null && !names.add((String) name)) {
				problem(file.file(), row, "name", "duplicate name '" + name + "' among " + file.kind().label() + " rows");
			}
			else if (name != null) {
				this.nameRows.computeIfAbsent(file.kind(), (kind) -> new HashMap<>())
					.put((String) name, new PendingRow(file.file(), row, id));
			}
			rows.add(Map.of("id", id, "props", properties));
			for (Reference reference : file.references()) {
				String raw = record.get(reference.column()).strip();
				String target = CellText.unescaped(raw);
				if (raw.equals(CellText.CLEAR) && reference.relation() == Relation.PART_OF) {
					problem(file.file(), row, reference.column(), "cannot be cleared: every link belongs to a chain");
				}
				else if (raw.equals(CellText.CLEAR)) {
					pending.add(new PendingReference(file.file(), row, reference, id, null));
				}
				else if (!target.isEmpty()) {
					pending.add(new PendingReference(file.file(), row, reference, id, target));
				}
			}
		});
		return new Dataset.NodeBatch(file.file(), file.kind(), rows);
	}

	private List<Dataset.ReferenceBatch> resolve(List<PendingReference> pending) {
		Map<String, Dataset.ReferenceBatch> batches = new LinkedHashMap<>();
		for (PendingReference ref : pending) {
			Reference reference = ref.reference();
			boolean known = ref.target() == null || (reference.toDistrict() ? this.districtCodes.contains(ref.target())
					: this.kindById.containsKey(ref.target()) && reference.targets().contains(this.kindById.get(ref.target())));
			if (!known) {
				problem(ref.file(), ref.row(), reference.column(), reference.toDistrict()
						? "unknown district code " + ref.target() : "no " + labels(reference.targets()) + " has id " + ref.target());
				continue;
			}
			Map<String, Object> row = new HashMap<>();
			row.put("id", ref.from());
			// null clears the reference
			row.put("target", ref.target());
			batches.computeIfAbsent(ref.file() + "#" + reference.column(),
					(key) -> new Dataset.ReferenceBatch(ref.file(), reference, new ArrayList<>()))
				.rows()
				.add(row);
		}
		return List.copyOf(batches.values());
	}

	private void readTies(TieFile file, List<PendingTie> pending) {
		List<String> header = new ArrayList<>(List.of(file.fromColumn(), file.toColumn()));
		file.columns().forEach((column) -> header.add(column.name()));
		Set<String> seen = new HashSet<>();
		forEachRecord(file.file(), header, DatasetFormat.OPTIONAL_TIE_COLUMNS, (record, row) -> {
			String first = cell(record, file.fromColumn());
			String second = cell(record, file.toColumn());
			if (first.isEmpty() || second.isEmpty()) {
				problem(file.file(), row, first.isEmpty() ? file.fromColumn() : file.toColumn(), "is required");
				return;
			}
			if (!seen.add(first + "\n" + second)) {
				problem(file.file(), row, null, "the pair " + first + " → " + second + " appears twice");
				return;
			}
			pending.add(new PendingTie(file, row, first, second, properties(file.file(), row, record, file.columns())));
		});
	}

	private List<Dataset.TieBatch> resolveTies(List<PendingTie> pending) {
		Map<TieFile, List<Map<String, Object>>> rows = new LinkedHashMap<>();
		DatasetFormat.TIE_FILES.forEach((file) -> rows.put(file, new ArrayList<>()));
		for (PendingTie tie : pending) {
			TieFile file = tie.file();
			boolean ok = checkEnd(file.file(), tie.row(), file.fromColumn(), tie.first(), file.fromKinds())
					& checkEnd(file.file(), tie.row(), file.toColumn(), tie.second(), file.toKinds());
			if (ok) {
				rows.get(file).add(file.reversed() ? Map.of("from", tie.second(), "to", tie.first(), "props", tie.properties())
						: Map.of("from", tie.first(), "to", tie.second(), "props", tie.properties()));
			}
		}
		List<Dataset.TieBatch> batches = new ArrayList<>();
		rows.forEach((file, fileRows) -> batches.add(new Dataset.TieBatch(file.file(), file.relation(), fileRows)));
		return batches;
	}

	/** Whether a tie's end (never empty: {@link #readTies} refused those) is an entity of one of the kinds. */
	private boolean checkEnd(String file, long row, String column, String id, Set<EntityKind> kinds) {
		EntityKind kind = this.kindById.get(id);
		if (kind == null) {
			problem(file, row, column, "no entity has id " + id);
			return false;
		}
		if (!kinds.contains(kind)) {
			problem(file, row, column, id + " is a " + kind.label() + ", expected " + labels(kinds));
			return false;
		}
		return true;
	}

	private Map<String, Object> properties(String file, long row, CSVRecord record, List<Column> columns) {
		Map<String, Object> properties = new HashMap<>();
		for (Column column : columns) {
			if (!record.isMapped(column.name())) {
				// an optional column the file leaves out (see DatasetFormat.OPTIONAL_TIE_COLUMNS)
				continue;
			}
			String raw = record.get(column.name()).strip();
			if (raw.equals(CellText.CLEAR)) {
				if (column.required()) {
					problem(file, row, column.name(), "is required and cannot be cleared");
				}
				else {
					// a null value removes the property when written
					properties.put(column.name(), null);
				}
				continue;
			}
			String cell = CellText.unescaped(raw);
			if (cell.isEmpty()) {
				if (column.required()) {
					problem(file, row, column.name(), "is required");
				}
				continue;
			}
			try {
				Object value = column.type().parse(cell);
				String problem = column.problemWith(value);
				if (problem != null) {
					problem(file, row, column.name(), problem);
				}
				properties.put(column.name(), value);
			}
			catch (IllegalArgumentException ex) {
				problem(file, row, column.name(), ex.getMessage());
			}
		}
		return properties;
	}

	private void forEachRecord(String file, List<String> expectedHeader, CsvRows.RowConsumer consumer) {
		forEachRecord(file, expectedHeader, Set.of(), consumer);
	}

	private void forEachRecord(String file, List<String> expectedHeader, Set<String> optional,
			CsvRows.RowConsumer consumer) {
		this.files.apply(file)
			.ifPresent((input) -> CsvRows.forEach(file, input, expectedHeader, optional, this.problems, consumer));
	}

	/** A cell's value: surrounding blanks and then the CSV escape ({@link CellText#unescaped}) taken off. */
	private static String cell(CSVRecord record, String column) {
		return CellText.unescaped(record.get(column).strip());
	}

	private void problem(String file, long row, String column, String reason) {
		this.problems.add(new RowProblem(file, row, column, reason));
	}

	private static String labels(Set<EntityKind> kinds) {
		return kinds.stream().map(EntityKind::label).sorted().reduce((a, b) -> a + " or " + b).orElse("entity");
	}

	private record PendingReference(String file, long row, Reference reference, String from, String target) {
	}

	private record PendingTie(TieFile file, long row, String first, String second, Map<String, Object> properties) {
	}

	private record PendingRow(String file, long row, String id) {
	}

}
