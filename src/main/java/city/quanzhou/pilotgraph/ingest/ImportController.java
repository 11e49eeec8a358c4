package city.quanzhou.pilotgraph.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /admin/import}: an authenticated upload (role ADMIN, enforced by the security filter chain)
 * of dataset files as multipart parts named {@code files}. Answers 200 with the report, or 422 with every
 * problem (bad rows, unreadable files, the same dataset twice); either way with the request's correlation id.
 */
@RestController
class ImportController {

	private static final Logger log = LoggerFactory.getLogger(ImportController.class);

	private final DatasetImporter importer;

	ImportController(DatasetImporter importer) {
		this.importer = importer;
	}

	@PostMapping(path = "/admin/import", consumes = "multipart/form-data")
	ResponseEntity<ImportReport> upload(@RequestParam("files") List<MultipartFile> files,
			@RequestParam(name = "dryRun", defaultValue = "false") boolean dryRun, Authentication caller,
			HttpServletRequest request) {
		String correlationId = FileRequestErrors.correlationId(request);
		List<RowProblem> names = DatasetFiles.checkNames(files.stream().map(MultipartFile::getOriginalFilename).toList());
		ImportReport report;
		if (!names.isEmpty()) {
			report = ImportReport.refused(dryRun, 0, names, Map.of());
		}
		else {
			Map<String, Supplier<InputStream>> byName = new LinkedHashMap<>();
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
			report = this.importer.importFiles(byName, dryRun, caller.getName());
		}
		if (!report.problems().isEmpty()) {
			log.info("Import by {} refused [correlationId={}]: {} problem(s), first: {}", caller.getName(), correlationId,
					report.problems().size(), report.problems().getFirst());
		}
		return ResponseEntity.status(report.problems().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
			.header(FileRequestErrors.CORRELATION_HEADER, correlationId)
			.body(report.withCorrelationId(correlationId));
	}

}
