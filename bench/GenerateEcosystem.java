import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes a synthetic pilot-base ecosystem of a given size in the seed-data format (seed-data/FORMAT.md), split
 * into batches that the service's own import loads one after another (/admin/import or the import command).
 * <p>
 * Deterministic: a fixed seed, no clock, no hash ordering; the same size gives the same bytes. Shapes follow
 * the seed data: a few hub institutes, bases and funds draw most ties (power-law picks), most enterprises have
 * a handful; every chain is a line of links (upstream feeds midstream feeds downstream); bases cover only the
 * first two thirds of each chain's links, and only about half of them are operating, so there are real gaps;
 * results span every maturity; every text field is Chinese. Ids are the entities' kind prefix and a number.
 * <p>
 * Every node lands in the batch of its position in the write order (targets of references first), every tie in
 * the batch of its later end, so a batch only refers to itself and to earlier batches.
 * <p>
 * Run from the repository root (JDK only, no build needed):
 * <pre>
 * java bench/GenerateEcosystem.java S|M|L|&lt;node count&gt; &lt;output directory&gt; [nodes per batch]
 * </pre>
 * Writes {@code batch-001/}, {@code batch-002/}, ... and {@code manifest.txt} (counts per kind and tie file).
 */
public class GenerateEcosystem {

	static final long SEED = 20261128L;

	static final int DEFAULT_BATCH = 10_000;

	static final String NOTE = "synthetic benchmark data (bench/GenerateEcosystem.java)";

	/** Quanzhou's county-level divisions, as in seed-data/districts.csv. */
	static final String[][] DISTRICTS = { { "350502", "鲤城区" }, { "350503", "丰泽区" }, { "350504", "洛江区" },
			{ "350505", "泉港区" }, { "350521", "惠安县" }, { "350524", "安溪县" }, { "350525", "永春县" }, { "350526", "德化县" },
			{ "350527", "金门县" }, { "350581", "石狮市" }, { "350582", "晋江市" }, { "350583", "南安市" } };

	static final String[] PLACES = { "泉州", "晋江", "石狮", "南安", "惠安", "安溪", "永春", "德化", "丰泽", "鲤城", "洛江", "泉港" };

	/** Chains: name, then the topics its links are made of. */
	static final String[][] CHAINS = {
			{ "新能源", "锂电池", "正极材料", "负极材料", "电解液", "隔膜", "储能系统", "光伏组件", "氢燃料电池", "电池回收", "电池管理系统" },
			{ "纺织服装", "化学纤维", "功能面料", "无水染色", "印染助剂", "针织", "服装设计", "智能纺机", "产业用纺织品", "再生纤维", "检测认证" },
			{ "鞋业", "鞋材", "发泡材料", "鞋底模具", "智能制鞋", "运动鞋", "胶粘剂", "皮革", "鞋面编织", "缓震技术", "环保鞋材" },
			{ "石油化工", "炼化", "乙烯", "聚烯烃", "精细化工", "电子化学品", "催化剂", "化工新材料", "安全环保", "化工单体", "高分子助剂" },
			{ "建材家居", "石材加工", "陶瓷", "卫浴", "装配式建筑", "水泥制品", "人造石", "家居五金", "涂料", "智能家居", "建筑垃圾再生" },
			{ "集成电路", "半导体材料", "晶圆制造", "封装测试", "芯片设计", "化合物半导体", "半导体设备", "功率器件", "光刻胶", "特种气体", "先进封装" },
			{ "光电信息", "LED芯片", "激光器件", "光学元件", "显示面板", "光通信", "红外探测", "光学玻璃", "微型投影", "光电传感", "照明应用" },
			{ "智能装备", "工业机器人", "数控机床", "伺服电机", "减速器", "机器视觉", "智能产线", "工业软件", "传感器", "液压系统", "无人机" },
			{ "生物医药", "中药现代化", "生物制剂", "医疗器械", "体外诊断", "原料药", "医用材料", "基因检测", "药物制剂", "保健食品", "康复器械" },
			{ "食品饮料", "茶叶深加工", "休闲食品", "饮料", "冷链物流", "食品添加剂", "预制菜", "乳制品", "食品检测", "包装材料", "功能食品" },
			{ "工艺陶瓷", "德化白瓷", "釉料", "窑炉", "陶瓷3D打印", "日用陶瓷", "工艺美术", "特种陶瓷", "陶瓷装饰", "陶瓷检测", "文创设计" },
			{ "新材料", "碳纤维", "石墨烯", "稀土材料", "高性能合金", "复合材料", "纳米材料", "生物基材料", "功能膜", "磁性材料", "特种玻璃" },
			{ "电子信息", "电子元器件", "智能终端", "印制电路板", "通信设备", "物联网模组", "电声器件", "连接器", "车载电子", "安防设备", "工业互联网" },
			{ "海洋经济", "海洋生物", "水产养殖", "海洋装备", "海水淡化", "海藻加工", "船舶配套", "海洋监测", "渔业机械", "海洋药物", "港口物流" } };

	static final String[] STAGE_WORDS = { "关键材料", "核心部件", "工艺装备", "制造", "集成", "应用" };

	static final String[] SYLLABLES = { "华", "鑫", "泰", "盛", "恒", "源", "达", "宏", "瑞", "丰", "凯", "荣", "安", "新", "创", "信", "嘉",
			"诚", "宇", "昌", "晟", "隆", "德", "兴", "博", "联", "海", "峰", "远", "佳", "明", "益", "通", "骏", "祥", "富" };

	static final String[] SURNAMES = { "陈", "林", "黄", "王", "吴", "李", "张", "蔡", "许", "郑", "庄", "施", "洪", "苏", "杨", "刘" };

	static final String[] GIVEN = { "志", "伟", "明", "华", "建", "国", "文", "丽", "燕", "强", "杰", "斌", "鹏", "欣", "婷", "芳", "辉", "峰" };

	static final String[] METHODS = { "连续化", "低能耗", "高纯度", "绿色", "智能化", "高效", "精密", "低成本", "模块化", "一体化", "高稳定性",
			"可回收" };

	static final String[] PROCESSES = { "制备工艺", "合成技术", "成型技术", "检测方法", "控制系统", "改性技术", "回收技术", "表面处理技术",
			"放大工艺", "集成技术" };

	static final String[] MATURITIES = { "LAB", "BENCH", "PILOT", "INDUSTRIAL" };

	static final String[] BASE_STATUSES = { "OPERATING", "OPERATING", "OPERATING", "OPERATING", "OPERATING", "OPERATING",
			"OPERATING", "OPERATING", "OPERATING", "OPERATING", "OPERATING", "PLANNED", "PLANNED", "PLANNED", "PLANNED",
			"UNDER_CONSTRUCTION", "UNDER_CONSTRUCTION", "UNDER_CONSTRUCTION", "SUSPENDED", "SUSPENDED" };

	static final String[] SERVICES = { "CONCEPT_VERIFICATION", "PILOT_MATURATION", "SMALL_BATCH_TRIAL", "TESTING_CERTIFICATION" };

	/** Node files in write order (targets of references first) and their headers, as in FORMAT.md. */
	static final Map<String, String> NODE_HEADERS = headers(
			"industry_chains.csv", "id,name,aliases,description,source,sourceNote",
			"chain_links.csv", "id,chainId,name,stage,aliases,description,source,sourceNote",
			"parks.csv", "id,name,aliases,category,districtCode,description,source,sourceNote",
			"transfer_agencies.csv", "id,name,aliases,level,districtCode,description,source,sourceNote",
			"funds.csv", "id,name,aliases,category,level,description,source,sourceNote",
			"institutes.csv", "id,name,aliases,category,districtCode,inCity,description,source,sourceNote",
			"enterprises.csv", "id,name,aliases,districtCode,parkId,lead,description,source,sourceNote",
			"test_bases.csv", "id,name,aliases,status,openToPublic,services,recognition,operatingModel,districtCode,parkId,establishedYear,equipmentValue,description,source,sourceNote",
			"results.csv", "id,name,aliases,maturity,needsPilot,publishedOn,description,source,sourceNote",
			"brokers.csv", "id,name,level,agencyId,phone,email,description,source,sourceNote",
			"demands.csv", "id,name,enterpriseId,year,budget,challengeList,status,description,source,sourceNote");

	static final Map<String, String> TIE_HEADERS = headers(
			"link_feeds.csv", "fromLinkId,toLinkId",
			"result_owners.csv", "resultId,ownerId",
			"result_links.csv", "resultId,linkId",
			"base_covers.csv", "baseId,linkId",
			"base_operators.csv", "baseId,operatorId,role",
			"base_pilots.csv", "baseId,resultId,year",
			"base_serves.csv", "baseId,enterpriseId,year,projects",
			"enterprise_links.csv", "enterpriseId,linkId",
			"cooperations.csv", "instituteId,enterpriseId,projects,firstYear,lastYear",
			"broker_serves.csv", "brokerId,partyId,since",
			"broker_deals.csv", "brokerId,partyId,deals,lastYear",
			"transfers.csv", "resultId,enterpriseId,amount,year",
			"demand_links.csv", "demandId,linkId",
			"demand_solvers.csv", "demandId,solverId,year,funding",
			"investments.csv", "fundId,targetId,amount,year");

	/** How many nodes of each kind a size has; the counts add up to exactly {@code total}. */
	record Counts(int chains, int linksPerChain, int parks, int agencies, int funds, int institutes, int enterprises,
			int bases, int results, int brokers, int demands) {

		static Counts of(int total) {
			if (total < 200) {
				throw new IllegalArgumentException("at least 200 nodes, got " + total);
			}
			int chains = Math.min(CHAINS.length, Math.max(4, (int) Math.round(Math.sqrt(total) / 10)));
			int linksPerChain = Math.min(CHAINS[0].length * 3 - 3, Math.max(6, (int) Math.round(Math.sqrt(total) / 12)));
			int parks = Math.max(3, total / 500);
			int agencies = Math.max(2, total * 3 / 1000);
			int funds = Math.max(2, total / 100);
			int institutes = Math.max(5, total * 3 / 100);
			int bases = Math.max(5, total * 15 / 1000);
			int results = total / 4;
			int brokers = Math.max(3, total * 3 / 100);
			int demands = Math.max(3, total * 5 / 100);
			int rest = total - chains - chains * linksPerChain - parks - agencies - funds - institutes - bases - results
					- brokers - demands;
			return new Counts(chains, linksPerChain, parks, agencies, funds, institutes, rest, bases, results, brokers,
					demands);
		}

		int links() {
			return this.chains * this.linksPerChain;
		}

	}

	private final Random random = new Random(SEED);

	private final int batchSize;

	/** Batch number of every node id written so far. */
	private final Map<String, Integer> batchOf = new java.util.HashMap<>();

	/** Per batch, per file: its rows. TreeMap: batches and files in a fixed order. */
	private final TreeMap<Integer, Map<String, List<String>>> batches = new TreeMap<>();

	private final Set<String> pairs = new HashSet<>();

	private int written;

	GenerateEcosystem(int batchSize) {
		this.batchSize = batchSize;
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: java bench/GenerateEcosystem.java S|M|L|<node count> <output directory> [nodes per batch]");
			System.exit(2);
		}
		int total = switch (args[0].toUpperCase(Locale.ROOT)) {
			case "S" -> 10_000;
			case "M" -> 100_000;
			case "L" -> 1_000_000;
			default -> Integer.parseInt(args[0]);
		};
		int batch = (args.length > 2) ? Integer.parseInt(args[2]) : DEFAULT_BATCH;
		Path out = Path.of(args[1]);
		long started = System.nanoTime();
		GenerateEcosystem generator = new GenerateEcosystem(batch);
		String manifest = generator.generate(total);
		generator.write(out, manifest);
		System.out.printf(Locale.ROOT, "%,d nodes in %d batch(es) written to %s in %d ms%n", total, generator.batches.size(),
				out.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
	}

	String generate(int total) {
		Counts counts = Counts.of(total);
		List<String> chains = new ArrayList<>();
		List<List<String>> linksByChain = new ArrayList<>();
		List<String> links = new ArrayList<>();
		// Links a base may cover: the first two thirds of each chain; the rest are gaps by construction.
		List<String> coverable = new ArrayList<>();
		List<String> linkChainNames = new ArrayList<>();
		for (int c = 0; c < counts.chains(); c++) {
			String[] chain = CHAINS[c];
			String id = id("chain", c, 3);
			chains.add(id);
			node("industry_chains.csv", id, csv(id, chain[0] + "产业链", chain[0], "泉州市重点培育的" + chain[0] + "产业链，涵盖"
					+ chain[1] + "、" + chain[2] + "、" + chain[3] + "等环节。", "SYNTHETIC", NOTE));
			List<String> own = new ArrayList<>();
			for (int l = 0; l < counts.linksPerChain(); l++) {
				String linkId = id("link", c * 100 + l, 5);
				int topic = 1 + (l % (chain.length - 1));
				int round = l / (chain.length - 1);
				String name = (round == 0) ? chain[topic] : chain[topic] + STAGE_WORDS[(round - 1 + topic) % STAGE_WORDS.length];
				String stage = (l < counts.linksPerChain() / 3) ? "UPSTREAM"
						: (l < 2 * counts.linksPerChain() / 3) ? "MIDSTREAM" : "DOWNSTREAM";
				node("chain_links.csv", linkId, csv(linkId, id, name, stage, "", chain[0] + "产业链中" + name + "环节的研发、生产与配套服务。",
						"SYNTHETIC", NOTE), id);
				own.add(linkId);
				links.add(linkId);
				linkChainNames.add(chain[0]);
				if (l < 2 * counts.linksPerChain() / 3) {
					coverable.add(linkId);
				}
			}
			linksByChain.add(own);
			for (int l = 0; l + 1 < own.size(); l++) {
				tie("link_feeds.csv", own.get(l), own.get(l + 1), "");
			}
		}
		List<String> parks = new ArrayList<>();
		for (int i = 0; i < counts.parks(); i++) {
			String id = id("park", i, 5);
			String place = PLACES[i % PLACES.length];
			String[] category = { "HIGH_TECH_PARK", "STANDARD_INDUSTRIAL_PARK", "INCUBATOR", "SCIENCE_PARK", "ADMIN_ZONE" };
			String name = place + word(2) + (i % 3 == 0 ? "科技园" : i % 3 == 1 ? "工业园区" : "孵化器");
			node("parks.csv", id, csv(id, name + i, "", category[i % category.length], district(), name + "，集聚中小科技企业和研发机构。",
					"SYNTHETIC", NOTE));
			parks.add(id);
		}
		List<String> agencies = new ArrayList<>();
		for (int i = 0; i < counts.agencies(); i++) {
			String id = id("agency", i, 5);
			String[] level = { "NATIONAL", "PROVINCIAL", "MUNICIPAL", "MUNICIPAL" };
			node("transfer_agencies.csv", id, csv(id, PLACES[i % PLACES.length] + word(2) + "技术转移中心" + i, "",
					level[i % level.length], district(), "提供成果评价、技术交易和技术经纪服务的技术转移机构。", "SYNTHETIC", NOTE));
			agencies.add(id);
		}
		List<String> funds = new ArrayList<>();
		for (int i = 0; i < counts.funds(); i++) {
			String id = id("fund", i, 5);
			String[] category = { "ANGEL", "VENTURE", "INDUSTRY" };
			String[] level = { "CITY", "COUNTY", "STATE_OWNED", "EXTERNAL" };
			String sector = CHAINS[i % counts.chains()][0];
			node("funds.csv", id, csv(id, PLACES[i % PLACES.length] + word(2) + sector + "产业投资基金" + i, "",
					category[i % category.length], level[i % level.length], "重点投资" + sector + "领域的成长期科技企业和中试平台。",
					"SYNTHETIC", NOTE));
			funds.add(id);
		}
		List<String> institutes = new ArrayList<>();
		for (int i = 0; i < counts.institutes(); i++) {
			String id = id("inst", i, 6);
			String[] category = { "UNIVERSITY", "RESEARCH_INSTITUTE", "RESEARCH_INSTITUTE", "LAB", "ACADEMY_BRANCH" };
			String cat = category[i % category.length];
			String[] chain = CHAINS[i % counts.chains()];
			boolean inCity = i % 7 != 0;
			String suffix = switch (cat) {
				case "UNIVERSITY" -> "大学" + chain[0] + "学院";
				case "LAB" -> chain[1] + "创新实验室";
				case "ACADEMY_BRANCH" -> "科学院" + chain[2] + "研究中心";
				default -> chain[0] + "技术研究院";
			};
			String name = (inCity ? PLACES[i % PLACES.length] : "福建") + word(2) + suffix + i;
			node("institutes.csv", id, csv(id, name, "", cat, inCity ? district() : "", Boolean.toString(inCity),
					"面向" + chain[0] + "产业开展" + chain[1] + "、" + chain[2] + "等方向的应用研究和工程化开发。", "SYNTHETIC", NOTE));
			institutes.add(id);
		}
		List<String> enterprises = new ArrayList<>();
		for (int i = 0; i < counts.enterprises(); i++) {
			String id = id("ent", i, 7);
			String[] chain = CHAINS[i % counts.chains()];
			String topic = chain[1 + this.random.nextInt(chain.length - 1)];
			boolean lead = i < counts.enterprises() / 200;
			String park = (this.random.nextInt(4) == 0) ? parks.get(skewed(parks.size())) : "";
			String name = PLACES[this.random.nextInt(PLACES.length)] + word(2) + topic + (lead ? "集团有限公司" : "科技有限公司") + i;
			node("enterprises.csv", id, csv(id, name, "", district(), park, Boolean.toString(lead),
					(lead ? chain[0] + "产业链龙头企业，" : "从事") + topic + "相关产品研发与生产" + (lead ? "，带动上下游配套企业。" : "的中小企业。"),
					"SYNTHETIC", NOTE), park.isEmpty() ? null : park);
			enterprises.add(id);
			int linksHere = 1 + this.random.nextInt(2);
			List<String> chainLinks = linksByChain.get(i % counts.chains());
			for (String link : distinct(linksHere, () -> chainLinks.get(this.random.nextInt(chainLinks.size())))) {
				tie("enterprise_links.csv", id, link, "");
			}
		}
		List<String> bases = new ArrayList<>();
		for (int i = 0; i < counts.bases(); i++) {
			String id = id("base", i, 6);
			int c = i % counts.chains();
			String[] chain = CHAINS[c];
			String status = BASE_STATUSES[this.random.nextInt(BASE_STATUSES.length)];
			List<String> services = new ArrayList<>();
			for (String service : SERVICES) {
				if (this.random.nextInt(2) == 0) {
					services.add(service);
				}
			}
			if (services.isEmpty()) {
				services.add("PILOT_MATURATION");
			}
			String topic = chain[1 + this.random.nextInt(chain.length - 1)];
			String[] recognition = { "NONE", "REGISTERED", "RECOGNISED", "PROVINCIAL" };
			String[] model = { "INSTITUTE_INCUBATOR", "ENTERPRISE_INSTITUTE", "INSTITUTE_INVESTOR", "OTHER" };
			String park = (this.random.nextInt(3) == 0) ? parks.get(skewed(parks.size())) : "";
			String name = PLACES[i % PLACES.length] + word(2) + topic + "中试基地" + i;
			node("test_bases.csv", id, csv(id, name, "", status, Boolean.toString(this.random.nextInt(3) > 0),
					String.join("|", services), recognition[this.random.nextInt(recognition.length)],
					model[this.random.nextInt(model.length)], district(), park, Integer.toString(2015 + this.random.nextInt(11)),
					Integer.toString(200 + this.random.nextInt(5000)),
					"面向" + chain[0] + "产业提供" + topic + "方向的小试放大、工艺验证和中试熟化服务，配备专业中试线和检测设备。", "SYNTHETIC", NOTE),
					park.isEmpty() ? null : park);
			bases.add(id);
			List<String> chainLinks = linksByChain.get(c);
			int coverableHere = Math.max(1, 2 * chainLinks.size() / 3);
			for (String link : distinct(1 + this.random.nextInt(3), () -> chainLinks.get(skewed(coverableHere)))) {
				tie("base_covers.csv", id, link, "");
			}
			String lead = (this.random.nextInt(3) > 0) ? institutes.get(skewed(institutes.size()))
					: enterprises.get(skewed(enterprises.size()));
			tie("base_operators.csv", id, lead, ",LEAD");
			if (this.random.nextInt(3) == 0) {
				String partner = enterprises.get(skewed(enterprises.size()));
				if (!partner.equals(lead)) {
					tie("base_operators.csv", id, partner, ",PARTNER");
				}
			}
			if (!status.equals("PLANNED") && !status.equals("UNDER_CONSTRUCTION")) {
				for (String enterprise : distinct(2 + this.random.nextInt(12), () -> enterprises.get(skewed(enterprises.size())))) {
					tie("base_serves.csv", id, enterprise, "," + (2021 + this.random.nextInt(5)) + "," + (1 + this.random.nextInt(6)));
				}
			}
		}
		List<String> results = new ArrayList<>();
		for (int i = 0; i < counts.results(); i++) {
			String id = id("res", i, 7);
			int c = i % counts.chains();
			String[] chain = CHAINS[c];
			String topic = chain[1 + this.random.nextInt(chain.length - 1)];
			String maturity = MATURITIES[this.random.nextInt(MATURITIES.length)];
			boolean needsPilot = (maturity.equals("LAB") || maturity.equals("BENCH")) ? this.random.nextInt(4) > 0
					: maturity.equals("PILOT") && this.random.nextBoolean();
			String title = METHODS[this.random.nextInt(METHODS.length)] + topic + PROCESSES[this.random.nextInt(PROCESSES.length)];
			String published = String.format(Locale.ROOT, "%d-%02d-%02d", 2016 + this.random.nextInt(10), 1 + this.random.nextInt(12),
					1 + this.random.nextInt(28));
			node("results.csv", id, csv(id, title + i, "", maturity, Boolean.toString(needsPilot), published,
					"针对" + chain[0] + "产业" + topic + "环节的共性难题，研发" + title + "，可提升产品一致性并降低生产成本。", "SYNTHETIC", NOTE));
			results.add(id);
			String owner = (this.random.nextInt(5) < 4) ? institutes.get(skewed(institutes.size()))
					: enterprises.get(skewed(enterprises.size()));
			tie("result_owners.csv", id, owner, "");
			if (this.random.nextInt(10) == 0) {
				String second = enterprises.get(skewed(enterprises.size()));
				tie("result_owners.csv", id, second, "");
			}
			List<String> chainLinks = linksByChain.get(c);
			for (String link : distinct(1 + this.random.nextInt(2), () -> chainLinks.get(this.random.nextInt(chainLinks.size())))) {
				tie("result_links.csv", id, link, "");
			}
			if (maturity.equals("PILOT") || maturity.equals("INDUSTRIAL")) {
				if (this.random.nextInt(3) > 0) {
					tie("base_pilots.csv", bases.get(skewed(bases.size())), id, "," + (2019 + this.random.nextInt(7)));
				}
				if (this.random.nextInt(3) == 0) {
					tie("transfers.csv", id, enterprises.get(skewed(enterprises.size())),
							"," + (20 + this.random.nextInt(980)) + "," + (2019 + this.random.nextInt(7)));
				}
			}
		}
		for (int i = 0; i < counts.institutes(); i++) {
			for (String enterprise : distinct(1 + this.random.nextInt(8), () -> enterprises.get(skewed(enterprises.size())))) {
				int first = 2015 + this.random.nextInt(8);
				tie("cooperations.csv", institutes.get(i), enterprise, "," + (1 + this.random.nextInt(6)) + "," + first + ","
						+ (first + this.random.nextInt(4)));
			}
		}
		// Hub institutes cooperate far more: the first few draw extra partners.
		for (int i = 0; i < Math.max(1, counts.institutes() / 100); i++) {
			for (String enterprise : distinct(40, () -> enterprises.get(this.random.nextInt(enterprises.size())))) {
				tie("cooperations.csv", institutes.get(i), enterprise, ",2,2020,2025");
			}
		}
		for (int i = 0; i < counts.brokers(); i++) {
			String id = id("broker", i, 6);
			String[] level = { "JUNIOR", "INTERMEDIATE", "SENIOR" };
			String[] chain = CHAINS[i % counts.chains()];
			String agency = agencies.get(skewed(agencies.size()));
			node("brokers.csv", id, csv(id, SURNAMES[this.random.nextInt(SURNAMES.length)] + GIVEN[this.random.nextInt(GIVEN.length)]
					+ GIVEN[this.random.nextInt(GIVEN.length)] + i, level[i % level.length], agency,
					String.format(Locale.ROOT, "139-%04d-%04d", (i / 10_000) % 10_000, i % 10_000), "bench" + i + "@example.org",
					"技术经纪人，主要对接" + chain[0] + "领域的成果转化与中试需求。", "SYNTHETIC", NOTE), agency);
			for (String party : distinct(1 + this.random.nextInt(4), () -> party(institutes, enterprises, bases))) {
				tie("broker_serves.csv", id, party, "," + (2018 + this.random.nextInt(8)));
			}
			for (String party : distinct(this.random.nextInt(3), () -> party(institutes, enterprises, bases))) {
				tie("broker_deals.csv", id, party, "," + (1 + this.random.nextInt(5)) + "," + (2020 + this.random.nextInt(6)));
			}
		}
		for (int i = 0; i < counts.demands(); i++) {
			String id = id("demand", i, 6);
			int c = i % counts.chains();
			String[] chain = CHAINS[c];
			String topic = chain[1 + this.random.nextInt(chain.length - 1)];
			String enterprise = enterprises.get(skewed(enterprises.size()));
			boolean challenge = i % 20 == 0;
			String[] status = { "OPEN", "OPEN", "FUNDED", "SOLVED" };
			node("demands.csv", id, csv(id, topic + METHODS[this.random.nextInt(METHODS.length)] + "关键技术攻关" + i, enterprise,
					Integer.toString(2020 + this.random.nextInt(6)), Integer.toString(20 + this.random.nextInt(300)),
					Boolean.toString(challenge), status[this.random.nextInt(status.length)],
					"企业提出的" + chain[0] + "产业" + topic + "环节技术需求，面向科研院所征集解决方案。", "SYNTHETIC", NOTE), enterprise);
			List<String> chainLinks = linksByChain.get(c);
			tie("demand_links.csv", id, chainLinks.get(this.random.nextInt(chainLinks.size())), "");
			if (this.random.nextInt(5) < 2) {
				tie("demand_solvers.csv", id, institutes.get(skewed(institutes.size())),
						"," + (2021 + this.random.nextInt(5)) + "," + (10 + this.random.nextInt(200)));
			}
		}
		for (String fund : funds) {
			for (String target : distinct(1 + this.random.nextInt(8), () -> (this.random.nextInt(10) == 0)
					? bases.get(skewed(bases.size())) : enterprises.get(skewed(enterprises.size())))) {
				tie("investments.csv", fund, target, "," + (100 + this.random.nextInt(5000)) + "," + (2018 + this.random.nextInt(8)));
			}
		}
		if (this.written != total) {
			throw new IllegalStateException("wrote " + this.written + " nodes, wanted " + total);
		}
		StringBuilder manifest = new StringBuilder();
		manifest.append("seed ").append(SEED).append(", ").append(total).append(" nodes, ").append(this.batches.size())
			.append(" batch(es) of at most ").append(this.batchSize).append(" nodes\n").append(counts).append('\n');
		Map<String, Integer> rows = new TreeMap<>();
		this.batches.values().forEach((files) -> files.forEach((file, lines) -> rows.merge(file, lines.size(), Integer::sum)));
		rows.forEach((file, count) -> manifest.append(file).append(' ').append(count).append('\n'));
		return manifest.toString();
	}

	void write(Path out, String manifest) throws IOException {
		Files.createDirectories(out);
		for (var batch : this.batches.entrySet()) {
			Path dir = out.resolve(String.format(Locale.ROOT, "batch-%03d", batch.getKey()));
			Files.createDirectories(dir);
			if (batch.getKey() == 1) {
				List<String> districts = new ArrayList<>();
				for (String[] district : DISTRICTS) {
					districts.add(district[0] + "," + district[1]);
				}
				writeFile(dir.resolve("districts.csv"), "code,name", districts);
			}
			for (var file : batch.getValue().entrySet()) {
				String header = NODE_HEADERS.containsKey(file.getKey()) ? NODE_HEADERS.get(file.getKey())
						: TIE_HEADERS.get(file.getKey());
				writeFile(dir.resolve(file.getKey()), header, file.getValue());
			}
		}
		Files.writeString(out.resolve("manifest.txt"), manifest, StandardCharsets.UTF_8);
	}

	private static void writeFile(Path path, String header, List<String> lines) throws IOException {
		try (PrintWriter file = new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8))) {
			file.print(header + "\n");
			for (String line : lines) {
				file.print(line + "\n");
			}
		}
	}

	/** A node row; it goes in the batch of its position, and never before a node it refers to. */
	private void node(String file, String id, String row, String... references) {
		int batch = 1 + this.written / this.batchSize;
		for (String reference : references) {
			if (reference != null && this.batchOf.get(reference) > batch) {
				throw new IllegalStateException(id + " refers to the later " + reference);
			}
		}
		this.written++;
		this.batchOf.put(id, batch);
		rows(batch, file).add(row);
	}

	/** A tie row, in the batch of its later end; a pair already written to the file is skipped (files hold distinct pairs). */
	private void tie(String file, String from, String to, String tail) {
		if (!this.pairs.add(file + ':' + from + ':' + to)) {
			return;
		}
		int batch = Math.max(this.batchOf.get(from), this.batchOf.get(to));
		rows(batch, file).add(from + "," + to + tail);
	}

	private List<String> rows(int batch, String file) {
		return this.batches.computeIfAbsent(batch, (key) -> new LinkedHashMap<>()).computeIfAbsent(file, (key) -> new ArrayList<>());
	}

	/** A power-law pick in [0, n): low indices (the hubs) are drawn far more often. */
	private int skewed(int n) {
		double u = this.random.nextDouble();
		return Math.min(n - 1, (int) (n * u * u * u));
	}

	private String party(List<String> institutes, List<String> enterprises, List<String> bases) {
		int kind = this.random.nextInt(10);
		return (kind < 3) ? institutes.get(skewed(institutes.size()))
				: (kind < 8) ? enterprises.get(skewed(enterprises.size())) : bases.get(skewed(bases.size()));
	}

	/** Up to {@code n} distinct picks (fewer when picks repeat), in the order drawn. */
	private static List<String> distinct(int n, java.util.function.Supplier<String> pick) {
		Set<String> seen = new HashSet<>();
		List<String> picked = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String value = pick.get();
			if (seen.add(value)) {
				picked.add(value);
			}
		}
		return picked;
	}

	private String district() {
		// 金门县 (350527) stays empty, as in the seed data
		String code;
		do {
			code = DISTRICTS[this.random.nextInt(DISTRICTS.length)][0];
		}
		while (code.equals("350527"));
		return code;
	}

	private String word(int length) {
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < length; i++) {
			word.append(SYLLABLES[this.random.nextInt(SYLLABLES.length)]);
		}
		return word.toString();
	}

	private static String id(String prefix, int number, int digits) {
		return prefix + "-" + String.format(Locale.ROOT, "%0" + digits + "d", number);
	}

	/** Fields joined by commas; generated text never holds a comma, quote or line break, so none is quoted. */
	private static String csv(String... fields) {
		for (String field : fields) {
			if (field.contains(",") || field.contains("\"") || field.contains("\n")) {
				throw new IllegalStateException("field needs quoting: " + field);
			}
		}
		return String.join(",", fields);
	}

	private static Map<String, String> headers(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

}
