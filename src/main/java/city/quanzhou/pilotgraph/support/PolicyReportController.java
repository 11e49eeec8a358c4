package city.quanzhou.pilotgraph.support;

import java.util.List;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * {@code GET /export/policy/<report>.xlsx?year=2024&level=PROVINCIAL}: a planner's question as a spreadsheet.
 * Under {@code /export/}, so signed-in roles only and within the client's budget, as the dataset exports are.
 * The rows are read in full before the answer starts, so a refused parameter is a 400 naming it.
 */
@RestController
class PolicyReportController {

	private final PolicyReports reports;

	PolicyReportController(PolicyReports reports) {
		this.reports = reports;
	}

	@GetMapping("/export/policy/{name}.xlsx")
	ResponseEntity<byte[]> report(@PathVariable String name, @RequestParam(required = false) Integer year,
			@RequestParam(required = false) String level) {
		if (!PolicyReports.NAMES.contains(name)) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND, name + " is not a report; choose among " + PolicyReports.NAMES);
		}
		List<List<Object>> rows;
		try {
			rows = this.reports.rows(name, year, level);
		}
		catch (InvalidArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage());
		}
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		this.reports.writeXlsx(name, rows, out);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + ".xlsx\"")
			.body(out.toByteArray());
	}

}
