import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Writes the policy-instrument files of the seed data (voucher_grants, subsidies, assessments,
 * recognition_steps, training_events, training_participants, benefit_terms) from the entity files already in
 * seed-data/. Deterministic (fixed seed). The document's figures are reproduced exactly: 158 enterprises with
 * provincial vouchers of 523.5 万元, 4 agencies with 106.89 万元, 188.38 万元 of municipal 奖补, 5 broker
 * trainings; everything else is SYNTHETIC. Amounts are handled in hundredths of 万元 so the totals are exact.
 * Run from the repository root: java seed-data/tools/GeneratePolicySeed.java
 */
public class GeneratePolicySeed {

	static final Path DIR = Path.of("seed-data");

	static final String DOC = "泉科函〔2023〕63号";

	static final Random RANDOM = new Random(20230630L);

	public static void main(String[] args) throws IOException {
		List<Map<String, String>> enterprises = read("enterprises.csv");
		List<Map<String, String>> bases = read("test_bases.csv");
		List<Map<String, String>> agencies = read("transfer_agencies.csv");
		List<Map<String, String>> institutes = read("institutes.csv");
		List<Map<String, String>> brokers = read("brokers.csv");
		List<Map<String, String>> operating = bases.stream().filter((b) -> b.get("status").equals("OPERATING")).toList();
		List<Map<String, String>> inCity = institutes.stream().filter((i) -> i.get("inCity").equals("true")).toList();
		vouchers(enterprises, operating, inCity, agencies);
		List<String> excellent = assessments(operating);
		subsidies(enterprises, operating, agencies, inCity, excellent);
		recognition(bases);
		training(agencies, inCity, brokers, operating);
		terms(operating);
	}

	static void vouchers(List<Map<String, String>> enterprises, List<Map<String, String>> operating,
			List<Map<String, String>> institutes, List<Map<String, String>> agencies) throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("id,name,recipientId,providerId,year,amount,service,level,programme,description,source,sourceNote");
		List<Map<String, String>> shuffled = new ArrayList<>(enterprises);
		Collections.shuffle(shuffled, RANDOM);
		// 158 enterprises, 523.5 万元 = 52350 hundredths, in steps of 0.1 万元 (10 hundredths)
		long[] amounts = split(158, 52350, 150, 500, 100, 1000, 10);
		for (int i = 0; i < 158; i++) {
			rows.add(voucher(String.format("voucher-2022-%03d", i + 1), shuffled.get(i), 2022, amounts[i], "PROVINCIAL",
					"福建省科技创新券", operating, institutes, agencies, "SOURCE_DOCUMENT",
					DOC + "：158家企业获省级创新券补助523.5万元；受助企业、单笔金额与服务机构为本数据集假设"));
		}
		for (int year = 2023; year <= 2024; year++) {
			Collections.shuffle(shuffled, RANDOM);
			for (int i = 0; i < 40; i++) {
				long amount = 50 + 10 * RANDOM.nextInt(26);
				rows.add(voucher(String.format("voucher-%d-%03d", year, i + 1), shuffled.get(i), year, amount, "MUNICIPAL",
						"泉州市科技创新券", operating, institutes, agencies, "SYNTHETIC", "本数据集假设的市级创新券兑付记录"));
			}
		}
		write("voucher_grants.csv", rows);
	}

	static String voucher(String id, Map<String, String> enterprise, int year, long amount, String level,
			String programme, List<Map<String, String>> operating, List<Map<String, String>> institutes,
			List<Map<String, String>> agencies, String source, String note) {
		int pick = RANDOM.nextInt(100);
		String providerId;
		String service;
		if (pick < 60) {
			Map<String, String> base = operating.get(RANDOM.nextInt(operating.size()));
			String[] services = base.get("services").split("\\|");
			providerId = base.get("id");
			service = services[RANDOM.nextInt(services.length)];
		}
		else if (pick < 85) {
			providerId = institutes.get(RANDOM.nextInt(institutes.size())).get("id");
			service = "RESEARCH_DEVELOPMENT";
		}
		else {
			providerId = agencies.get(RANDOM.nextInt(agencies.size())).get("id");
			service = "TECHNICAL_CONSULTING";
		}
		String levelName = level.equals("PROVINCIAL") ? "省级" : "市级";
		return String.join(",", id, year + "年" + levelName + "科技创新券·" + enterprise.get("name"), enterprise.get("id"),
				providerId, String.valueOf(year), wan(amount), service, level, programme, "", source, note);
	}

	/** Recorded assessments for 2023 and 2024 of 18 operating bases; the rest are never assessed. */
	static List<String> assessments(List<Map<String, String>> operating) throws IOException {
		List<String> rows = new ArrayList<>();
		List<String> excellent = new ArrayList<>();
		rows.add("id,name,baseId,year,score,grade,criteriaVersion,description,source,sourceNote");
		List<Map<String, String>> assessed = new ArrayList<>(operating);
		Collections.shuffle(assessed, RANDOM);
		assessed = assessed.subList(0, 18);
		assessed.sort((a, b) -> a.get("id").compareTo(b.get("id")));
		int n = 1;
		for (int year = 2023; year <= 2024; year++) {
			for (Map<String, String> base : assessed) {
				double score = 55 + RANDOM.nextInt(400) / 10.0;
				String grade = score >= 85 ? "EXCELLENT" : score >= 70 ? "GOOD" : score >= 60 ? "PASS" : "FAIL";
				if (year == 2023 && grade.equals("EXCELLENT")) {
					excellent.add(base.get("id"));
				}
				rows.add(String.join(",", String.format("assess-%d-%03d", year, n++), year + "年运行服务绩效考核评价·" + base.get("name"),
						base.get("id"), String.valueOf(year), String.valueOf(score), grade, "1", "", "SYNTHETIC",
						"本数据集假设的考核结果（" + DOC + "：对中试平台运行服务绩效进行考核评价）"));
			}
		}
		write("assessments.csv", rows);
		return excellent;
	}

	static void subsidies(List<Map<String, String>> enterprises, List<Map<String, String>> operating,
			List<Map<String, String>> agencies, List<Map<String, String>> institutes, List<String> excellent)
			throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("id,name,recipientId,subsidyKind,level,programme,year,amount,basisAmount,description,source,sourceNote");
		// 4 agencies, 106.89 万元
		List<Map<String, String>> provincial = agencies.stream().filter((a) -> a.get("level").equals("PROVINCIAL")).toList();
		long[] agencyAmounts = { 3000, 2850, 2589, 2250 };
		for (int i = 0; i < 4; i++) {
			Map<String, String> agency = provincial.get(i);
			rows.add(String.join(",", String.format("subsidy-agency-2022-%02d", i + 1),
					"2022年省技术转移服务机构补助·" + agency.get("name"), agency.get("id"), "TRANSFER_AGENCY", "PROVINCIAL",
					"福建省技术转移服务机构补助资金", "2022", wan(agencyAmounts[i]), "", "", "SOURCE_DOCUMENT",
					DOC + "：4家单位获省技术转移服务机构补助资金106.89万元；受助机构与单笔金额为本数据集假设"));
		}
		// 188.38 万元 of municipal 奖补 to 12 enterprises and institutes
		long[] awards = split(12, 18838, 800, 2400, 300, 4000, 1);
		List<Map<String, String>> recipients = new ArrayList<>(enterprises.subList(0, 8));
		recipients.addAll(institutes.subList(0, 4));
		for (int i = 0; i < 12; i++) {
			Map<String, String> recipient = recipients.get(i);
			rows.add(String.join(",", String.format("subsidy-award-2022-%02d", i + 1),
					"2022年市级科技成果转化奖补·" + recipient.get("name"), recipient.get("id"), "TRANSFER_AWARD", "MUNICIPAL",
					"泉州市科技成果转化奖补", "2022", wan(awards[i]), "", "", "SOURCE_DOCUMENT",
					DOC + "：兑现市级奖补资金188.38万元；受助单位与单笔金额为本数据集假设"));
		}
		// equipment subsidies: 20% of the non-fiscal equipment investment, SYNTHETIC
		List<Map<String, String>> equipped = new ArrayList<>(operating);
		Collections.shuffle(equipped, RANDOM);
		for (int i = 0; i < 12; i++) {
			Map<String, String> base = equipped.get(i);
			double value = base.get("equipmentValue").isEmpty() ? 800 : Double.parseDouble(base.get("equipmentValue"));
			long basis = Math.round(value * (40 + RANDOM.nextInt(41))); // hundredths: 40%..80% of the equipment value
			basis -= basis % 100;
			long amount = basis / 5;
			int year = 2023 + RANDOM.nextInt(3);
			rows.add(String.join(",", String.format("subsidy-equipment-%02d", i + 1), year + "年中试平台设备购置补贴·" + base.get("name"),
					base.get("id"), "EQUIPMENT", "MUNICIPAL", "中试平台设备购置补贴", String.valueOf(year), wan(amount), wan(basis),
					"按非财政资金设备投入的20%补贴", "SYNTHETIC",
					"本数据集假设（" + DOC + "：对中试平台设备购置费用按非财政资金投入的一定比例给予补贴）"));
		}
		// rewards in 2024 for the bases graded EXCELLENT in 2023, and operation subsidies, SYNTHETIC
		for (int i = 0; i < excellent.size(); i++) {
			String baseId = excellent.get(i);
			rows.add(String.join(",", String.format("subsidy-reward-2024-%02d", i + 1), "2024年中试平台绩效奖励·" + nameOf(operating, baseId),
					baseId, "REWARD", "MUNICIPAL", "中试平台运行服务绩效择优奖励", "2024", wan(3000 + 500 * RANDOM.nextInt(5)), "",
					"2023年度考核优秀", "SYNTHETIC", "本数据集假设（" + DOC + "：择优给予奖励补助）"));
		}
		for (int i = 0; i < 5; i++) {
			Map<String, String> base = equipped.get(12 + i);
			rows.add(String.join(",", String.format("subsidy-operation-2024-%02d", i + 1), "2024年中试平台运行补助·" + base.get("name"),
					base.get("id"), "OPERATION", "COUNTY", "县级中试平台运行补助", "2024", wan(1000 + 500 * RANDOM.nextInt(3)), "", "",
					"SYNTHETIC", "本数据集假设的县级运行补助"));
		}
		write("subsidies.csv", rows);
	}

	/** The steps that lead to each base's recognition attribute in test_bases.csv, and some pending applications. */
	static void recognition(List<Map<String, String>> bases) throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("id,name,baseId,step,decidedOn,decision,document,description,source,sourceNote");
		int n = 1;
		for (Map<String, String> base : bases) {
			String recognition = base.get("recognition");
			List<String> steps = switch (recognition) {
				case "REGISTERED" -> List.of("APPLIED", "REGISTERED");
				case "RECOGNISED" -> List.of("APPLIED", "REGISTERED", "ASSESSED", "RECOGNISED");
				case "PROVINCIAL" -> List.of("APPLIED", "REGISTERED", "ASSESSED", "RECOGNISED", "PROVINCIAL");
				default -> base.get("status").equals("OPERATING") ? List.of("APPLIED") : List.of();
			};
			int month = 2 + RANDOM.nextInt(3);
			for (String step : steps) {
				boolean pending = recognition.equals("NONE");
				String document = switch (step) {
					case "REGISTERED", "RECOGNISED" -> "泉科规〔2025〕1号";
					case "PROVINCIAL" -> "福建省2025年制造业中试服务平台名单";
					default -> "";
				};
				String date = String.format("2025-%02d-%02d", Math.min(month, 12), 1 + RANDOM.nextInt(28));
				rows.add(String.join(",", String.format("recog-%03d", n++), base.get("name") + "·" + stepName(step), base.get("id"),
						step, pending ? "" : date, pending ? "PENDING" : "APPROVED", document, "", "SYNTHETIC",
						"按泉科规〔2025〕1号入库培育—评估认定两步路径排列；日期与结果为本数据集假设"));
				month += 2;
			}
		}
		write("recognition_steps.csv", rows);
	}

	static String stepName(String step) {
		return switch (step) {
			case "APPLIED" -> "申请入库";
			case "REGISTERED" -> "入库培育";
			case "ASSESSED" -> "评估";
			case "RECOGNISED" -> "认定";
			default -> "省级认定";
		};
	}

	/** Who attended which training: the document gives only totals, so every participant tie is assumed. */
	private static final String WHO_ATTENDED = "SYNTHETIC,本数据集假设：文件只给出培训场次与人数";

	static void training(List<Map<String, String>> agencies, List<Map<String, String>> institutes,
			List<Map<String, String>> brokers, List<Map<String, String>> operating) throws IOException {
		List<String> rows = new ArrayList<>();
		List<String> ties = new ArrayList<>();
		rows.add("id,name,organiserId,heldOn,audience,level,participants,newBrokers,description,source,sourceNote");
		ties.add("trainingId,participantId,source,sourceNote");
		int[] newBrokers = { 86, 82, 80, 78, 84 };
		String[] levels = { "JUNIOR", "JUNIOR", "JUNIOR", "INTERMEDIATE", "INTERMEDIATE" };
		String[] dates = { "2022-04-16", "2022-06-11", "2022-08-20", "2022-10-15", "2022-12-03" };
		for (int i = 0; i < 5; i++) {
			String id = String.format("training-2022-%02d", i + 1);
			rows.add(String.join(",", id, "2022年泉州市" + (levels[i].equals("JUNIOR") ? "初级" : "中级") + "技术经纪人培训（第" + (i + 1) + "期）",
					agencies.get(i).get("id"), dates[i], "BROKERS", levels[i], String.valueOf(newBrokers[i] + 6 + RANDOM.nextInt(10)),
					String.valueOf(newBrokers[i]), "", "SOURCE_DOCUMENT",
					DOC + "：举办5场初（中）级技术经纪人培训、新增技术经纪人400多名；日期、主办机构与人数为本数据集假设"));
		}
		int junior = 0;
		int intermediate = 0;
		for (Map<String, String> broker : brokers) {
			if (broker.get("level").equals("JUNIOR")) {
				ties.add(String.format("training-2022-%02d,%s,%s", 1 + (junior++ % 3), broker.get("id"), WHO_ATTENDED));
			}
			else if (broker.get("level").equals("INTERMEDIATE")) {
				ties.add(String.format("training-2022-%02d,%s,%s", 4 + (intermediate++ % 2), broker.get("id"), WHO_ATTENDED));
			}
		}
		for (int i = 0; i < 2; i++) {
			String id = String.format("training-2024-%02d", i + 1);
			rows.add(String.join(",", id, "2024年中试基地运营管理人才培训（第" + (i + 1) + "期）", institutes.get(i).get("id"),
					i == 0 ? "2024-05-18" : "2024-11-09", "BASE_STAFF", "", String.valueOf(30 + RANDOM.nextInt(20)), "0", "", "SYNTHETIC",
					"本数据集假设（" + DOC + "：面向中试基地建设运营所需复合型人才开展定制化培训）"));
			for (int j = 0; j < 8; j++) {
				ties.add(id + "," + operating.get(i * 8 + j).get("id") + "," + WHO_ATTENDED);
			}
		}
		write("training_events.csv", rows);
		write("training_participants.csv", ties);
	}

	static void terms(List<Map<String, String>> operating) throws IOException {
		List<String> rows = new ArrayList<>();
		rows.add("id,name,baseId,ipOwnership,inventorShare,baseShare,marketOperated,description,source,sourceNote");
		String[] owners = { "INSTITUTE", "BASE", "CLIENT", "SHARED", "BY_CONTRACT" };
		for (int i = 0; i < 12; i++) {
			Map<String, String> base = operating.get(i);
			int inventor = 50 + 5 * RANDOM.nextInt(7);
			rows.add(String.join(",", String.format("terms-%02d", i + 1), base.get("name") + "·知识产权和利益共享", base.get("id"),
					owners[RANDOM.nextInt(owners.length)], String.valueOf(inventor), String.valueOf(Math.min(100 - inventor, 10 + 5 * RANDOM.nextInt(5))),
					String.valueOf(RANDOM.nextBoolean()), "", "SYNTHETIC",
					"本数据集假设（" + DOC + "：鼓励中试基地探索市场化运营、知识产权和利益共享等机制）"));
		}
		write("benefit_terms.csv", rows);
	}

	/**
	 * {@code count} amounts drawn from low..high in steps, then moved (within floor..ceiling, by whole steps)
	 * until they sum to exactly {@code total}.
	 */
	static long[] split(int count, long total, long low, long high, long floor, long ceiling, long step) {
		long[] amounts = new long[count];
		long sum = 0;
		for (int i = 0; i < count; i++) {
			amounts[i] = low + step * RANDOM.nextInt((int) ((high - low) / step) + 1);
			sum += amounts[i];
		}
		int i = 0;
		while (sum != total) {
			long move = (sum < total) ? step : -step;
			if (amounts[i] + move >= floor && amounts[i] + move <= ceiling) {
				amounts[i] += move;
				sum += move;
			}
			i = (i + 1) % count;
		}
		return amounts;
	}

	static String wan(long hundredths) {
		return (hundredths % 100 == 0) ? String.valueOf(hundredths / 100)
				: String.format("%d.%02d", hundredths / 100, hundredths % 100).replaceAll("0$", "");
	}

	static String nameOf(List<Map<String, String>> rows, String id) {
		return rows.stream().filter((row) -> row.get("id").equals(id)).findFirst().orElseThrow().get("name");
	}

	static List<Map<String, String>> read(String file) throws IOException {
		List<String> lines = Files.readAllLines(DIR.resolve(file), StandardCharsets.UTF_8);
		String[] header = lines.get(0).replace("\uFEFF", "").split(",", -1);
		List<Map<String, String>> rows = new ArrayList<>();
		for (String line : lines.subList(1, lines.size())) {
			if (line.isBlank()) {
				continue;
			}
			String[] cells = line.split(",", -1);
			if (cells.length != header.length) {
				throw new IllegalStateException(file + ": a quoted or short row, which this tool does not read: " + line);
			}
			Map<String, String> row = new LinkedHashMap<>();
			for (int i = 0; i < header.length; i++) {
				row.put(header[i], cells[i]);
			}
			rows.add(row);
		}
		return rows;
	}

	static void write(String file, List<String> rows) throws IOException {
		Files.writeString(DIR.resolve(file), String.join("\n", rows) + "\n", StandardCharsets.UTF_8);
	}

}
