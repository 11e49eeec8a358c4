package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import city.quanzhou.pilotgraph.entity.EntityKind;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.NodeFile;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.TieFile;

/**
 * Reads every file of a dataset and validates all of it before anything is written: headers, required
 * cells, value types and choices, duplicate ids and names, and that every reference points at a node of
 * the right kind. All problems are collected, not just the first.
 */
final class DatasetReader {

	private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
		.setHeader()
		.setSkipHeaderRecord(true)
		.setIgnoreEmptyLines(true)
		.get();

	private final Function<String, Optional<InputStream>> files;

	private final List<RowProblem> problems = new ArrayList<>();

	private final Map<String, EntityKind> kindById = new HashMap<>();

	private final Set<String> districtCodes = new HashSet<>();

	/** @param files opens a file of the dataset by name; empty when the dataset has no such file */
	DatasetReader(Function<String, Optional<InputStream>> files) {
		this.files = files;
	}

	Dataset read() {
		List<Dataset.District> districts = readDistricts();
		List<Dataset.NodeBatch> nodes = new ArrayList<>();
		List<PendingReference> pending = new ArrayList<>();
		for (NodeFile file : DatasetFormat.NODE_FILES) {
			nodes.add(readNodes(file, pending));
		}
		List<Dataset.ReferenceBatch> references = resolve(pending);
		List<Dataset.TieBatch> ties = new ArrayList<>();
		for (TieFile file : DatasetFormat.TIE_FILES) {
			ties.add(readTies(file));
		}
		if (!this.problems.isEmpty()) {
			throw new InvalidDatasetException(this.problems);
		}
		return new Dataset(districts, nodes, references, ties);
	}

	private List<Dataset.District> readDistricts() {
		List<Dataset.District> districts = new ArrayList<>();
		forEachRecord(DatasetFormat.DISTRICTS, List.of("code", "name"), (record, row) -> {
			String code = record.get("code").strip();
			String name = record.get("name").strip();
			if (!code.matches("\\d{6}")) {
				problem(DatasetFormat.DISTRICTS, row, "code", "'" + code + "' is not a six-digit division code");
			}
			else if (!this.districtCodes.add(code)) {
				problem(DatasetFormat.DISTRICTS, row, "code", "duplicate code " + code);
			}
			if (name.isEmpty()) {
				problem(DatasetFormat.DISTRICTS, row, "name", "is required");
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
			String id = record.get("id").strip();
			if (!id.matches("[a-z0-9][a-z0-9._-]{0,99}")) {
				problem(file.file(), row, "id", "'" + id + "' is not an id (lowercase letters, digits, '-', '_', '.')");
				return;
			}
			EntityKind earlier = this.kindById.putIfAbsent(id, file.kind());
			if (earlier != null) {
				problem(file.file(), row, "id", "duplicate id " + id + " (already a " + earlier.label() + ")");
				return;
			}
			Map<String, Object> properties = properties(file.file(), row, record, file.columns());
			Object name = properties.get("name");
			if (name != null && !names.add((String) name)) {
				problem(file.file(), row, "name", "duplicate name '" + name + "' among " + file.kind().label() + " rows");
			}
			rows.add(Map.of("id", id, "props", properties));
			for (Reference reference : file.references()) {
				String target = record.get(reference.column()).strip();
				if (!target.isEmpty()) {
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
			boolean known = reference.toDistrict() ? this.districtCodes.contains(ref.target())
					: this.kindById.containsKey(ref.target()) && reference.targets().contains(this.kindById.get(ref.target()));
			if (!known) {
				problem(ref.file(), ref.row(), reference.column(), reference.toDistrict()
						? "unknown district code " + ref.target() : "no " + labels(reference.targets()) + " has id " + ref.target());
				continue;
			}
			batches.computeIfAbsent(ref.file() + "#" + reference.column(),
					(key) -> new Dataset.ReferenceBatch(ref.file(), reference.relation(), reference.toDistrict(), new ArrayList<>()))
				.rows()
				.add(reference.incoming() ? Map.of("from", ref.target(), "to", ref.from())
						: Map.of("from", ref.from(), "to", ref.target()));
		}
		return List.copyOf(batches.values());
	}

	private Dataset.TieBatch readTies(TieFile file) {
		List<String> header = new ArrayList<>(List.of(file.fromColumn(), file.toColumn()));
		file.columns().forEach((column) -> header.add(column.name()));
		List<Map<String, Object>> rows = new ArrayList<>();
		Set<String> seen = new HashSet<>();
		forEachRecord(file.file(), header, (record, row) -> {
			String first = record.get(file.fromColumn()).strip();
			String second = record.get(file.toColumn()).strip();
			boolean ok = checkEnd(file.file(), row, file.fromColumn(), first, file.fromKinds())
					& checkEnd(file.file(), row, file.toColumn(), second, file.toKinds());
			if (!ok) {
				return;
			}
			if (!seen.add(first + "\n" + second)) {
				problem(file.file(), row, null, "the pair " + first + " → " + second + " appears twice");
				return;
			}
			Map<String, Object> properties = properties(file.file(), row, record, file.columns());
			rows.add(file.reversed() ? Map.of("from", second, "to", first, "props", properties)
					: Map.of("from", first, "to", second, "props", properties));
		});
		return new Dataset.TieBatch(file.file(), file.relation(), rows);
	}

	private boolean checkEnd(String file, long row, String column, String id, Set<EntityKind> kinds) {
		if (id.isEmpty()) {
			problem(file, row, column, "is required");
			return false;
		}
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
			String cell = record.get(column.name()).strip();
			if (cell.isEmpty()) {
				if (column.required()) {
					problem(file, row, column.name(), "is required");
				}
				continue;
			}
			try {
				Object value = column.type().parse(cell);
				List<?> values = (value instanceof List<?> list) ? list : List.of(value);
				for (Object single : values) {
					if (!column.allowed().isEmpty() && !column.allowed().contains(single)) {
						throw new IllegalArgumentException("'" + single + "' is not one of " + new java.util.TreeSet<>(column.allowed()));
					}
				}
				properties.put(column.name(), value);
			}
			catch (IllegalArgumentException ex) {
				problem(file, row, column.name(), ex.getMessage());
			}
		}
		return properties;
	}

	private void forEachRecord(String file, List<String> expectedHeader, RowConsumer consumer) {
		Optional<InputStream> input = this.files.apply(file);
		if (input.isEmpty()) {
			return;
		}
		try (Reader reader = new InputStreamReader(input.get(), StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get()) {
			List<String> header = parser.getHeaderNames().stream().map((name) -> name.replace("\uFEFF", "").strip()).toList();
			// Columns may come in any order (spreadsheets get rearranged), but all must be there and no others.
			if (!new HashSet<>(header).equals(new HashSet<>(expectedHeader)) || header.size() != expectedHeader.size()) {
				List<String> missing = expectedHeader.stream().filter((name) -> !header.contains(name)).toList();
				List<String> unexpected = header.stream().filter((name) -> !expectedHeader.contains(name)).toList();
				problem(file, 1, null, "header must have the columns " + String.join(",", expectedHeader)
						+ (missing.isEmpty() ? "" : "; missing " + String.join(",", missing))
						+ (unexpected.isEmpty() ? "" : "; unexpected " + String.join(",", unexpected)));
				return;
			}
			for (CSVRecord record : parser) {
				long row = record.getRecordNumber() + 1;
				if (record.size() != expectedHeader.size()) {
					problem(file, row, null, "has " + record.size() + " cells, expected " + expectedHeader.size());
					continue;
				}
				consumer.accept(record, row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read " + file, ex);
		}
		catch (IllegalStateException | IllegalArgumentException ex) {
			problem(file, 0, null, "is not valid CSV: " + ex.getMessage());
		}
	}

	private void problem(String file, long row, String column, String reason) {
		this.problems.add(new RowProblem(file, row, column, reason));
	}

	private static String labels(Set<EntityKind> kinds) {
		return kinds.stream().map(EntityKind::label).sorted().reduce((a, b) -> a + " or " + b).orElse("entity");
	}

	private interface RowConsumer {

		void accept(CSVRecord record, long row);

	}

	private record PendingReference(String file, long row, Reference reference, String from, String target) {
	}

}
