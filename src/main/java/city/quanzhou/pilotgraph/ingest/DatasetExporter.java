package city.quanzhou.pilotgraph.ingest;

import java.io.OutputStream;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.neo4j.driver.Session;

import org.springframework.stereotype.Service;

import city.quanzhou.pilotgraph.entity.Connection;
import city.quanzhou.pilotgraph.entity.EntityFilter;
import city.quanzhou.pilotgraph.entity.EntityService;
import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Page;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Column;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.NodeFile;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.Reference;
import city.quanzhou.pilotgraph.ingest.DatasetFormat.TieFile;
import city.quanzhou.pilotgraph.system.GraphSessions;

/**
 * Writes a kind (all of it, or what a list query's filter selects) or a relationship type as a file in the
 * seed-data format, CSV or XLSX, that the import takes back unchanged.
 */
@Service
public class DatasetExporter {

	public enum Format { CSV, XLSX }

	private final GraphSessions sessions;

	private final EntityService entities;

	DatasetExporter(GraphSessions sessions, EntityService entities) {
		this.sessions = sessions;
		this.entities = entities;
	}

	/**
	 * The dataset file names that can be exported, e.g. {@code test_bases} or {@code base_covers}: every file
	 * the import takes.
	 */
	public static Optional<String> fileName(String name) {
		String file = name + ".csv";
		return DatasetFiles.isDatasetFile(file) ? Optional.of(file) : Optional.empty();
	}

	/** Whether the file lists entities, which the list queries' filters select; districts and ties are exported whole. */
	public static boolean isFilterable(String file) {
		return DatasetFormat.NODE_FILES.stream().anyMatch((f) -> f.file().equals(file));
	}

	public void export(String file, EntityFilter filter, Format format, OutputStream out) {
		ExportTable table = file.equals(DatasetFormat.DISTRICTS) ? districtRows()
				: DatasetFormat.NODE_FILES.stream()
					.filter((f) -> f.file().equals(file))
					.findFirst()
					.map((nodeFile) -> nodeRows(nodeFile, filter))
					.orElseGet(() -> tieRows(DatasetFormat.TIE_FILES.stream().filter((f) -> f.file().equals(file)).findFirst().orElseThrow()));
		if (format == Format.CSV) {
			table.writeCsv(out);
		}
		else {
			table.writeXlsx(file.replace(".csv", ""), out);
		}
	}

	private ExportTable districtRows() {
		ExportTable table = ExportTable.withHeader(List.of("code", "name"), List.of(false, false));
		try (Session session = this.sessions.session()) {
			session.executeRead((tx) -> tx.run("MATCH (d:District) RETURN d.code AS code, d.name AS name ORDER BY code").list())
				.forEach((row) -> table.rows().add(List.of(row.get("code").asString(), cell(row.get("name").asObject()))));
		}
		return table;
	}

	private static boolean numeric(Column column) {
		return column.type() == ColumnType.INTEGER || column.type() == ColumnType.DECIMAL;
	}

	private ExportTable nodeRows(NodeFile file, EntityFilter filter) {
		List<String> header = new ArrayList<>();
		List<Boolean> numeric = new ArrayList<>();
		header.add("id");
		numeric.add(false);
		file.columns().forEach((column) -> {
			header.add(column.name());
			numeric.add(numeric(column));
		});
		file.references().forEach((reference) -> {
			header.add(reference.column());
			numeric.add(false);
		});
		List<String> ids = new ArrayList<>();
		String after = null;
		// Pages through the list query itself, so an export holds exactly what the list shows.
		while (true) {
			Connection<GraphEntity> page = this.entities.page(file.kind(), GraphEntity.class, filter, null, Page.MAX_FIRST, after);
			page.edges().forEach((edge) -> ids.add(edge.node().id()));
			if (!page.pageInfo().hasNextPage()) {
				break;
			}
			after = page.pageInfo().endCursor();
		}
		Map<String, Map<String, Object>> properties = new HashMap<>();
		Map<String, Map<String, String>> references = new HashMap<>();
		try (Session session = this.sessions.session()) {
			session.executeRead((tx) -> tx.run("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, properties(n) AS p",
					Map.of("ids", ids)).list()).forEach((row) -> properties.put(row.get("id").asString(), row.get("p").asMap()));
			for (Reference reference : file.references()) {
				String cypher = reference.incoming()
						? "MATCH (n:Entity)<-[:$($type)]-(t) WHERE n.id IN $ids RETURN n.id AS id, coalesce(t.id, t.code) AS target"
						: "MATCH (n:Entity)-[:$($type)]->(t) WHERE n.id IN $ids RETURN n.id AS id, coalesce(t.id, t.code) AS target";
				session.executeRead((tx) -> tx.run(cypher, Map.of("ids", ids, "type", reference.relation().name())).list())
					.forEach((row) -> references.computeIfAbsent(row.get("id").asString(), (id) -> new HashMap<>())
						.put(reference.column(), row.get("target").asString()));
			}
		}
		ExportTable table = ExportTable.withHeader(header, numeric);
		List<List<String>> rows = table.rows();
		for (String id : ids) {
			List<String> row = new ArrayList<>();
			row.add(id);
			for (Column column : file.columns()) {
				row.add(cell(properties.get(id).get(column.name())));
			}
			for (Reference reference : file.references()) {
				row.add(references.getOrDefault(id, Map.of()).getOrDefault(reference.column(), ""));
			}
			rows.add(row);
		}
		return table;
	}

	private ExportTable tieRows(TieFile file) {
		List<String> header = new ArrayList<>(List.of(file.fromColumn(), file.toColumn()));
		List<Boolean> numeric = new ArrayList<>(List.of(false, false));
		file.columns().forEach((column) -> {
			header.add(column.name());
			numeric.add(numeric(column));
		});
		ExportTable table = ExportTable.withHeader(header, numeric);
		List<List<String>> rows = table.rows();
		try (Session session = this.sessions.session()) {
			session.executeRead((tx) -> tx.run("""
					MATCH (a:Entity)-[tie:$($type)]->(b:Entity)
					RETURN a.id AS a, b.id AS b, properties(tie) AS p ORDER BY a, b
					""", Map.of("type", file.relation().name())).list()).forEach((record) -> {
				List<String> row = new ArrayList<>();
				// reversed files list the relationship's end first
				row.add(file.reversed() ? record.get("b").asString() : record.get("a").asString());
				row.add(file.reversed() ? record.get("a").asString() : record.get("b").asString());
				Map<String, Object> props = record.get("p").asMap();
				file.columns().forEach((column) -> row.add(cell(props.get(column.name()))));
				rows.add(row);
			});
		}
		return table;
	}

	private static String cell(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof List<?> list) {
			return String.join("|", list.stream().map(String::valueOf).toList());
		}
		if (value instanceof Double number && number == Math.rint(number) && !Double.isInfinite(number)) {
			return String.valueOf(number.longValue());
		}
		return (value instanceof TemporalAccessor) ? value.toString() : String.valueOf(value);
	}

}
