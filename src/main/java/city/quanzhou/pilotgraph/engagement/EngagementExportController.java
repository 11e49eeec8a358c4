package city.quanzhou.pilotgraph.engagement;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import city.quanzhou.pilotgraph.entity.GraphEntity;
import city.quanzhou.pilotgraph.entity.Page;
import city.quanzhou.pilotgraph.security.Roles;

/**
 * {@code GET /export/engagements.xlsx?status=...&handlerId=...}: the pipeline as a spreadsheet, one row per
 * engagement (at most {@link Page#MAX_FIRST}, as the query), for the roles that read engagements. Under
 * {@code /export/}, so an anonymous request is refused before it gets here; other roles are refused here.
 */
@RestController
class EngagementExportController {

	static final List<String> COLUMNS = List.of("id", "状态", "成果/需求", "对接方", "经纪人/机构", "最近记录日期", "最近记录",
			"下一步", "下一步日期", "技术合同金额（万元）", "记录人", "更新时间");

	private final EngagementService engagements;

	EngagementExportController(EngagementService engagements) {
		this.engagements = engagements;
	}

	@GetMapping("/export/engagements.xlsx")
	@PreAuthorize(Roles.READS_ENGAGEMENTS)
	ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) List<EngagementStatus> status,
			@RequestParam(required = false) String handlerId) {
		List<Engagement> rows = this.engagements.pipeline(status, handlerId, null, Page.MAX_FIRST);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"engagements.xlsx\"")
			.body((out) -> write(rows, out));
	}

	static void write(List<Engagement> engagements, OutputStream out) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			Sheet sheet = workbook.createSheet("对接记录");
			Row header = sheet.createRow(0);
			for (int i = 0; i < COLUMNS.size(); i++) {
				header.createCell(i).setCellValue(COLUMNS.get(i));
			}
			int r = 1;
			for (Engagement engagement : engagements) {
				Row row = sheet.createRow(r++);
				EngagementNote last = engagement.notes().isEmpty() ? null : engagement.notes().getLast();
				List<String> values = List.of(engagement.id(), engagement.status().label(), name(engagement.subject()),
						name(engagement.party()), name(engagement.handler()), (last == null) ? "" : last.on().toString(),
						(last == null || last.text() == null) ? "" : last.text(),
						(engagement.nextStep() == null) ? "" : engagement.nextStep(),
						(engagement.nextStepDue() == null) ? "" : engagement.nextStepDue().toString(),
						(engagement.contract() == null || engagement.contract().amount() == null) ? ""
								: engagement.contract().amount().toString(),
						engagement.recordedBy(), engagement.updatedAt().toString());
				for (int i = 0; i < values.size(); i++) {
					row.createCell(i).setCellValue(values.get(i));
				}
			}
			workbook.write(out);
		}
	}

	private static String name(GraphEntity entity) {
		return (entity == null) ? "（已删除）" : entity.name();
	}

}
