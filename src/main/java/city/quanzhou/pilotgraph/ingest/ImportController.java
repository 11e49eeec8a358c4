package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /admin/import}: an authenticated upload (role ADMIN, enforced by the security filter chain)
 * of dataset files as multipart parts. Answers 200 with the report, or 422 with every bad row.
 */
@RestController
class ImportController {

	private final DatasetImporter importer;

	ImportController(DatasetImporter importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/admin/import", consumes = "multipart/form-data")
	ResponseEntity<ImportReport> upload(@RequestParam("files") List<MultipartFile> files,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Authentication caller) {
		Map<String, java.util.function.Supplier<java.io.InputStream>> byName = new LinkedHashMap<>();
		for (MultipartFile file : files) {
			byName.put(file.getOriginalFilename(), () -> {
				try {
					return file.getInputStream();
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			});
		}
		ImportReport report = this.importer.importFiles(byName, dryRun, caller.getName());
		return ResponseEntity.status(report.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT).body(report);
	}

}
