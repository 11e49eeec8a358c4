package city.quanzhou.pilotgraph.ingest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import city.quanzhou.pilotgraph.entity.EntityFilter;

/**
 * {@code GET /export/<file>.csv} or {@code .xlsx}: a kind or a relationship type in the dataset format, for
 * signed-in roles (brokers' contact data is in it). Kinds take every filter of the list queries as
 * parameters ({@link EntityFilter}'s fields), e.g.
 * {@code /export/test_bases.xlsx?status=OPERATING&district=晋江市}.
 */
@RestController
class ExportController {

	private final DatasetExporter exporter;

	ExportController(DatasetExporter exporter) {
		this.exporter = exporter;
	}

	@GetMapping("/export/{name}.{extension}")
	ResponseEntity<StreamingResponseBody> export(@PathVariable String name, @PathVariable String extension,
			@ModelAttribute EntityFilter filter) {
		String file = DatasetExporter.fileName(name)
			.orElseThrow(() -> new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND,
					name + " is not a file of the dataset format"));
		DatasetExporter.Format format = switch (extension) {
			case "csv" -> DatasetExporter.Format.CSV;
			case "xlsx" -> DatasetExporter.Format.XLSX;
			default -> throw new ResponseStatusException(org.springframework.http.HttpStatus.NOT_FOUND, "export as .csv or .xlsx");
		};
		MediaType type = (format == DatasetExporter.Format.CSV) ? new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8)
				: MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "." + extension + "\"")
			.body((out) -> this.exporter.export(file, filter, format, out));
	}

}
