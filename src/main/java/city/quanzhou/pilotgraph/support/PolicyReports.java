package city.quanzhou.pilotgraph.support;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import org.springframework.stereotype.Component;

import city.quanzhou.pilotgraph.assessment.AssessmentService;
import city.quanzhou.pilotgraph.assessment.BaseScore;
import city.quanzhou.pilotgraph.assessment.ScorePart;
import city.quanzhou.pilotgraph.entity.Page;

/**
 * The planners' questions on policy instruments as spreadsheets, one sheet each, with the same figures the
 * GraphQL queries answer: headers in Chinese for the bureau's staff, amounts and counts as numbers.
 */
@Component
class PolicyReports {

	/** The reports by the name in {@code /export/policy/<name>.xlsx}. */
	static final List<String> NAMES = List.of("support-and-delivery", "vouchers-by-chain", "vouchers-by-district",
			"vouchers-by-provider", "recognition-pipeline", "bases-never-assessed", "training-by-organiser",
			"base-ranking");

	private final SupportService support;

	private final AssessmentService assessment;

	PolicyReports(SupportService support, AssessmentService assessment) {
		this.support = support;
		this.assessment = assessment;
	}

	/** The rows of a report, header first; {@code year} is required where the question is about one year. */
	List<List<Object>> rows(String name, Integer year, String level) {
		List<List<Object>> rows = new ArrayList<>();
		switch (name) {
			case "support-and-delivery" -> {
				rows.add(List.of("基地编号", "基地名称", "年度", "补助（万元）", "创新券（万元）", "支持合计（万元）", "服务项目数", "服务企业数",
						"中试成果数", "每服务一家企业的支持（万元）", "每项中试的支持（万元）"));
				for (BaseSupport row : this.support.supportAndDelivery(required(year), Page.MAX_FIRST)) {
					rows.add(List.of(row.base().id(), row.base().name(), row.year(), row.subsidies(), row.vouchers(), row.support(),
							row.projects(), row.enterprisesServed(), row.pilots(), blankIfNull(row.costPerEnterprise()),
							blankIfNull(row.costPerPilot())));
				}
			}
			case "vouchers-by-chain", "vouchers-by-district", "vouchers-by-provider" -> {
				VoucherDimension by = VoucherDimension.valueOf(name.substring("vouchers-by-".length()).toUpperCase(java.util.Locale.ROOT));
				rows.add(List.of("编号", "名称", "创新券笔数", "企业数", "金额（万元）"));
				for (VoucherGroup group : this.support.vouchersBy(by, year, level)) {
					rows.add(List.of((group.key() == null) ? "" : group.key(), group.name(), group.grants(), group.enterprises(),
							group.amount()));
				}
			}
			case "recognition-pipeline" -> {
				rows.add(List.of("阶段", "基地编号", "基地名称", "自", "天数", "有待决申请"));
				for (PipelineStage stage : this.support.recognitionPipeline(LocalDate.now())) {
					for (PipelineEntry entry : stage.bases()) {
						rows.add(List.of(stage.step(), entry.base().id(), entry.base().name(),
								(entry.since() == null) ? "" : entry.since().toString(), blankIfNull(entry.days()),
								entry.pending() ? "是" : "否"));
					}
				}
			}
			case "bases-never-assessed" -> {
				rows.add(List.of("基地编号", "基地名称", "状态"));
				this.support.basesNeverAssessed(Page.MAX_FIRST)
					.forEach((base) -> rows.add(List.of(base.id(), base.name(), base.status())));
			}
			case "training-by-organiser" -> {
				rows.add(List.of("主办单位编号", "主办单位", "培训场次", "参训人数", "新增技术经纪人", "培训经纪人数", "参训基地数"));
				for (TrainingOrganiser row : this.support.training(year)) {
					rows.add(List.of(row.organiser().id(), row.organiser().name(), row.events(), row.participants(),
							row.newBrokers(), row.brokersTrained(), row.basesTrained()));
				}
			}
			case "base-ranking" -> {
				List<Object> header = new ArrayList<>(List.of("名次", "基地编号", "基地名称", "得分", "等级", "评价标准版本"));
				List<BaseScore> ranking = this.assessment.ranking(required(year), null);
				if (!ranking.isEmpty()) {
					ranking.getFirst().parts().forEach((part) -> header.add(part.label() + "（得分）"));
				}
				rows.add(header);
				for (BaseScore score : ranking) {
					List<Object> row = new ArrayList<>(List.of(score.rank(), score.base().id(), score.base().name(), score.score(),
							score.grade(), score.criteriaVersion()));
					score.parts().stream().map(ScorePart::points).forEach(row::add);
					rows.add(row);
				}
			}
			default -> throw new IllegalArgumentException(name + " is not a report; choose among " + NAMES);
		}
		return rows;
	}

	void writeXlsx(String name, List<List<Object>> rows, OutputStream out) {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			var sheet = workbook.createSheet(name);
			for (int r = 0; r < rows.size(); r++) {
				Row cells = sheet.createRow(r);
				List<Object> row = rows.get(r);
				for (int c = 0; c < row.size(); c++) {
					Object value = row.get(c);
					if (value instanceof Number number) {
						cells.createCell(c).setCellValue(number.doubleValue());
					}
					else if (!String.valueOf(value).isEmpty()) {
						cells.createCell(c).setCellValue(String.valueOf(value));
					}
				}
			}
			workbook.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static int required(Integer year) {
		if (year == null) {
			throw new city.quanzhou.pilotgraph.system.InvalidArgumentException("year", "is required for this report");
		}
		return year;
	}

	private static Object blankIfNull(Object value) {
		return (value == null) ? "" : value;
	}

}
