package city.quanzhou.pilotgraph.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * The files of one import, checked and turned into text before any row is read: every name must be a file
 * of the format, each dataset may come once (as CSV or as XLSX, not both, not twice), CSV is decoded in
 * the encoding it was saved in ({@link TextDecoding}) and a workbook's first sheet is read as CSV
 * ({@link Spreadsheets}). Whatever cannot be read becomes a problem naming the file (and the row where
 * there is one), never an exception.
 */
final class DatasetFiles {

	static final String XLSX = "XLSX";

	private static final Set<String> CSV_NAMES = csvNames();

	/** Text by CSV name ({@code institutes.csv} also when it came as {@code institutes.xlsx}). */
	private final Map<String, String> texts;

	/** The encoding read, by the name the file came with. */
	private final Map<String, String> encodings;

	private final List<RowProblem> problems;

	private DatasetFiles(Map<String, String> texts, Map<String, String> encodings, List<RowProblem> problems) {
		this.texts = texts;
		this.encodings = encodings;
		this.problems = problems;
	}

	/** Whether a name is a file of the dataset format, as CSV or XLSX. */
	static boolean isDatasetFile(String name) {
		return name != null && CSV_NAMES.contains(csvName(name));
	}

	/** The dataset a file name stands for: {@code test_bases.xlsx} and {@code test_bases.csv} are both {@code test_bases.csv}. */
	static String csvName(String name) {
		return name.endsWith(".xlsx") ? name.substring(0, name.length() - ".xlsx".length()) + ".csv" : name;
	}

	/** Problems with the names of an upload's parts: missing, not of the format, or the same dataset twice. */
	static List<RowProblem> checkNames(Collection<String> names) {
		List<RowProblem> problems = new ArrayList<>();
		Map<String, String> firstByDataset = new HashMap<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				problems.add(new RowProblem("(unnamed part)", 0, null, "has no file name; name each part after its dataset file"));
			}
			else if (!isDatasetFile(name)) {
				problems.add(new RowProblem(name, 0, null, "is not a file of the dataset format (see seed-data/FORMAT.md)"));
			}
			else {
				String earlier = firstByDataset.putIfAbsent(csvName(name), name);
				if (earlier != null) {
					problems.add(new RowProblem(name, 0, null, earlier.equals(name) ? "is in the upload twice; send each file once"
							: "is the same dataset as " + earlier + " in this upload; send one of them"));
				}
			}
		}
		return problems;
	}

	static DatasetFiles read(Map<String, Supplier<InputStream>> files) {
		List<RowProblem> problems = new ArrayList<>(checkNames(files.keySet()));
		if (!problems.isEmpty()) {
			return new DatasetFiles(Map.of(), Map.of(), problems);
		}
		Map<String, String> texts = new HashMap<>();
		Map<String, String> encodings = new TreeMap<>();
		files.forEach((name, content) -> {
			byte[] bytes;
			try (InputStream in = content.get()) {
				bytes = in.readAllBytes();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read " + name, ex);
			}
			if (name.endsWith(".xlsx")) {
				try {
					texts.put(csvName(name), Spreadsheets.firstSheetAsCsv(bytes));
					encodings.put(name, XLSX);
				}
				catch (Spreadsheets.UnreadableWorkbookException ex) {
					problems.add(new RowProblem(name, ex.row(), ex.column(), ex.getMessage()));
				}
				return;
			}
			if (bytes.length == 0) {
				problems.add(new RowProblem(name, 0, null, "is empty (0 bytes); a dataset file has at least its header row"));
				return;
			}
			try {
				TextDecoding.Decoded decoded = TextDecoding.decode(bytes);
				texts.put(name, decoded.text());
				encodings.put(name, decoded.encoding());
			}
			catch (TextDecoding.UndecodableException ex) {
				problems.add(new RowProblem(name, ex.row(), null, ex.getMessage()));
			}
		});
		problems.sort(java.util.Comparator.comparing(RowProblem::file).thenComparingLong(RowProblem::row));
		return new DatasetFiles(texts, encodings, problems);
	}

	List<RowProblem> problems() {
		return this.problems;
	}

	Map<String, String> encodings() {
		return this.encodings;
	}

	/** For {@link DatasetReader}: a file's text by its CSV name, as UTF-8 (the reader's encoding). */
	Optional<InputStream> open(String csvName) {
		return Optional.ofNullable(this.texts.get(csvName))
			.map((text) -> new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
	}

	private static Set<String> csvNames() {
		Set<String> names = new HashSet<>();
		names.add(DatasetFormat.DISTRICTS);
		DatasetFormat.NODE_FILES.forEach((file) -> names.add(file.file()));
		DatasetFormat.TIE_FILES.forEach((file) -> names.add(file.file()));
		return Set.copyOf(names);
	}

}
