package city.quanzhou.pilotgraph.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import city.quanzhou.pilotgraph.entity.EntityKind;

/**
 * What a query says beyond its words. The graph is written in Chinese and BGE small Chinese barely links
 * English to it, so English domain terms are expanded with their Chinese (a bilingual term table of the
 * ecosystem's vocabulary: kinds, services, chains and links, places, the named universities and academies);
 * an English word one typo away from a term counts as that term. And a word that names a kind (基地, 研究院,
 * 基金...) says which kind the searcher wants.
 */
final class QueryTerms {

	private static final Map<String, String> ENGLISH = englishTerms();

	/** Longest first, so "lithium battery" wins over "battery". */
	private static final List<String> PHRASES = ENGLISH.keySet()
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	private static final Pattern LATIN_WORD = Pattern.compile("[a-z][a-z0-9'\\-]*");

	private static final Map<String, EntityKind> KIND_WORDS = kindWords();

	/**
	 * Words of what a searcher wants done rather than what about: a base's services and stages, and the
	 * generic words around them. They occur in the text of dozens of bases and hundreds of results, so
	 * they say little about which one is meant. Longest first, so 小批量试生产 goes before 小批量.
	 */
	private static final List<String> SERVICE_WORDS = List
		.of("小批量试生产", "小批量试制", "小批量试产", "中试熟化", "中试放大", "中试验证", "中试服务", "中试基地", "中试平台",
				"概念验证", "检验检测", "性能检测", "检测服务", "工艺验证", "工艺放大", "放大验证", "试验验证", "验证平台",
				"服务平台", "小批量", "试生产", "试制", "中试", "熟化", "放大", "服务", "平台", "基地", "验证", "检测", "测试")
		.stream()
		.sorted(Comparator.comparingInt(String::length).reversed())
		.toList();

	/** Particles that join a subject to its service: 的, 和, 与, 及. */
	private static final Pattern PARTICLES = Pattern.compile("[的和与及]");

	private QueryTerms() {
	}

	/** The text with the Chinese of its English terms appended; the text itself when it has none. */
	static String expand(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (lower.chars().noneMatch((c) -> c >= 'a' && c <= 'z')) {
			return text;
		}
		Set<String> chinese = new LinkedHashSet<>();
		List<String> tokens = new ArrayList<>(List.of(lower.replaceAll("[^a-z0-9'\\-]+", " ").strip().split(" ")));
		// Phrases word by word, a longer word of a phrase allowed one typo (Harbin Institue of Technology).
		for (String phrase : PHRASES) {
			String[] words = phrase.split(" ");
			for (int start = 0; start + words.length <= tokens.size(); start++) {
				if (phraseAt(tokens, start, words)) {
					chinese.add(ENGLISH.get(phrase));
					for (int i = start; i < start + words.length; i++) {
						tokens.set(i, "");
					}
				}
			}
		}
		String rest = " " + String.join(" ", tokens) + " ";
		Matcher words = LATIN_WORD.matcher(rest);
		while (words.find()) {
			String word = words.group();
			if (word.length() >= 5) {
				ENGLISH.entrySet()
					.stream()
					.filter((term) -> term.getKey().indexOf(' ') < 0 && oneEditApart(word, term.getKey()))
					.findFirst()
					.ifPresent((term) -> chinese.add(term.getValue()));
			}
		}
		return chinese.isEmpty() ? text : text + " " + String.join(" ", chinese);
	}

	private static boolean phraseAt(List<String> tokens, int start, String[] words) {
		if (words.length == 1) {
			return tokens.get(start).equals(words[0]);
		}
		for (int i = 0; i < words.length; i++) {
			String token = tokens.get(start + i);
			if (!token.equals(words[i]) && !(words[i].length() >= 5 && oneEditApart(token, words[i]))) {
				return false;
			}
		}
		return true;
	}

	/** Kinds the text names by a word such as 基地 or 研究院 (after expansion). */
	static Set<EntityKind> hintedKinds(String expanded) {
		Set<EntityKind> kinds = EnumSet.noneOf(EntityKind.class);
		KIND_WORDS.forEach((word, kind) -> {
			if (expanded.contains(word)) {
				kinds.add(kind);
			}
		});
		return kinds;
	}

	/**
	 * What the query is about: the Chinese of the (expanded) text without service words, particles, Latin
	 * words and punctuation; empty when nothing is left ("中试平台"). "光刻胶 小批量试制" is about 光刻胶.
	 */
	static String subject(String expanded) {
		String rest = expanded.toLowerCase(Locale.ROOT);
		for (String word : SERVICE_WORDS) {
			rest = rest.replace(word, " ");
		}
		rest = PARTICLES.matcher(rest).replaceAll(" ");
		rest = rest.replaceAll("[a-z0-9'\\-]+", " ").replaceAll("[^\\p{IsHan}]+", " ").strip();
		return (rest.codePoints().filter(Character::isIdeographic).count() >= 2) ? rest : "";
	}

	static boolean oneEditApart(String a, String b) {
		if (Math.abs(a.length() - b.length()) > 1 || a.equals(b)) {
			return a.equals(b);
		}
		int i = 0;
		int j = 0;
		int edits = 0;
		while (i < a.length() && j < b.length()) {
			if (a.charAt(i) == b.charAt(j)) {
				i++;
				j++;
				continue;
			}
			if (++edits > 1) {
				return false;
			}
			if (a.length() > b.length()) {
				i++;
			}
			else if (a.length() < b.length()) {
				j++;
			}
			else {
				i++;
				j++;
			}
		}
		return edits + (a.length() - i) + (b.length() - j) <= 1;
	}

	private static Map<String, EntityKind> kindWords() {
		Map<String, EntityKind> words = new LinkedHashMap<>();
		// A base's services name a base too: who asks for 放大验证 wants a place to scale up.
		// So does a stage of piloting (中试, 小批量试制, 工艺放大): results and demands are what gets piloted, a
		// base is where.
		for (String word : List.of("中试基地", "中试平台", "验证平台", "服务平台", "基地", "验证中心", "检测中心", "放大验证",
				"中试验证", "试验验证", "概念验证", "中试熟化", "小批量试生产", "检验检测", "中试", "小批量", "试制", "工艺放大",
				"工艺验证", "检测服务", "性能检测")) {
			words.put(word, EntityKind.TEST_BASE);
		}
		for (String word : List.of("研究院", "研究所", "大学", "学院", "实验室", "研究中心", "院所", "科学院")) {
			words.put(word, EntityKind.INSTITUTE);
		}
		for (String word : List.of("基金", "创投", "资本")) {
			words.put(word, EntityKind.FUND);
		}
		for (String word : List.of("园区", "产业园", "孵化器", "科教园", "投资区")) {
			words.put(word, EntityKind.PARK);
		}
		for (String word : List.of("需求", "揭榜", "攻关")) {
			words.put(word, EntityKind.DEMAND);
		}
		words.put("产业链", EntityKind.INDUSTRY_CHAIN);
		words.put("环节", EntityKind.CHAIN_LINK);
		words.put("经纪人", EntityKind.BROKER);
		words.put("技术转移", EntityKind.TRANSFER_AGENCY);
		return words;
	}

	private static Map<String, String> englishTerms() {
		Map<String, String> terms = new LinkedHashMap<>();
		String[][] table = {
				// Kinds and roles
				{ "pilot base", "中试基地" }, { "pilot platform", "中试平台" }, { "test base", "中试基地" },
				{ "pilot", "中试" }, { "pilot-scale", "中试" }, { "platform", "平台" }, { "base", "基地" },
				{ "research institute", "研究院" }, { "institute", "研究院" }, { "university", "大学" },
				{ "college", "学院" }, { "laboratory", "实验室" }, { "lab", "实验室" }, { "research center", "研究中心" },
				{ "academy", "研究院" }, { "enterprise", "企业" }, { "company", "公司" }, { "fund", "基金" },
				{ "venture capital", "创投" }, { "angel", "天使" }, { "investment", "投资" }, { "park", "园区" },
				{ "industrial park", "产业园区" }, { "incubator", "孵化器" }, { "broker", "技术经纪人" },
				{ "technology transfer", "技术转移" }, { "demand", "技术需求" }, { "challenge", "揭榜挂帅" },
				{ "industry chain", "产业链" }, { "industrial chain", "产业链" }, { "research result", "科技成果" },
				{ "result", "成果" }, { "technology", "技术" },
				// Services and stages
				{ "concept verification", "概念验证" }, { "proof of concept", "概念验证" },
				{ "pilot maturation", "中试熟化" }, { "scale-up", "放大" }, { "scale up", "放大" },
				{ "small batch", "小批量试生产" }, { "trial production", "试生产" }, { "testing", "检验检测" },
				{ "inspection", "检验检测" }, { "certification", "认证" }, { "verification", "验证" },
				{ "validation", "验证" }, { "safety", "安全" },
				// Chains and links
				{ "semiconductor", "半导体" }, { "integrated circuit", "集成电路" }, { "chip", "芯片" },
				{ "wafer", "晶圆" }, { "packaging", "封装" }, { "photoresist", "光刻胶" },
				{ "silicon carbide", "碳化硅" }, { "sic", "碳化硅" }, { "gallium nitride", "氮化镓" }, { "gan", "氮化镓" },
				{ "power device", "功率器件" }, { "photonics", "光子技术" }, { "optoelectronics", "光电" },
				{ "optical", "光学" }, { "laser", "激光" }, { "display", "显示" }, { "lighting", "照明" },
				{ "smart equipment", "智能装备" }, { "intelligent equipment", "智能装备" }, { "robot", "机器人" },
				{ "robotics", "机器人" }, { "cnc", "数控" }, { "machine tool", "机床" }, { "servo", "伺服" },
				{ "reducer", "减速器" }, { "new materials", "新材料" }, { "polymer", "高分子" },
				{ "plastic", "塑料" }, { "biodegradable", "可降解" }, { "degradable", "可降解" },
				{ "ceramic", "陶瓷" }, { "ceramics", "陶瓷" }, { "composite", "复合材料" }, { "fiber", "纤维" },
				{ "fibre", "纤维" }, { "new energy", "新能源" }, { "energy storage", "储能" },
				{ "lithium battery", "锂电池" }, { "lithium-ion", "锂离子电池" }, { "lithium", "锂" },
				{ "battery", "电池" }, { "batteries", "电池" }, { "cathode", "正极材料" }, { "anode", "负极材料" },
				{ "separator", "隔膜" }, { "electrolyte", "电解液" }, { "cell", "电芯" },
				{ "battery management", "电池管理系统" }, { "recycling", "回收利用" }, { "sodium-ion", "钠离子电池" },
				{ "solid-state", "固态" }, { "hydrogen", "氢能" }, { "photovoltaic", "光伏" }, { "solar", "光伏" },
				{ "biomedicine", "生物医药" }, { "pharmaceutical", "医药" }, { "medical device", "医疗器械" },
				{ "drug", "药物" }, { "traditional chinese medicine", "中药" }, { "health", "大健康" },
				{ "textile", "纺织" }, { "garment", "服装" }, { "apparel", "服装" }, { "fabric", "面料" },
				{ "dyeing", "染色" }, { "waterless", "无水" }, { "supercritical", "超临界" },
				{ "carbon dioxide", "二氧化碳" }, { "co2", "二氧化碳" }, { "zipper", "拉链" },
				{ "footwear", "鞋服" }, { "shoe", "鞋" }, { "shoes", "鞋" }, { "sole", "鞋底" },
				{ "petrochemical", "石油化工" }, { "refining", "炼油" }, { "catalyst", "催化剂" },
				{ "fine chemicals", "精细化工" }, { "chemicals", "化学品" }, { "building materials", "建材" },
				{ "stone", "石材" }, { "sanitary", "卫浴" }, { "cleaning", "清洗" }, { "water-based", "水基" },
				// Academies and universities named in the city's document and seed data
				{ "chinese academy of sciences", "中国科学院" }, { "cas", "中科院" },
				{ "harbin institute of technology", "哈尔滨工业大学 哈工大" }, { "hit", "哈工大" },
				{ "tianjin university", "天津大学" }, { "tianjin", "天津" }, { "fuzhou university", "福州大学" },
				{ "xiamen university", "厦门大学" }, { "huaqiao university", "华侨大学" },
				{ "huazhong university of science and technology", "华中科技大学" }, { "hust", "华中科大" },
				{ "nanjing university", "南京大学" }, { "fujian", "福建" }, { "haixi", "海西" },
				{ "equipment", "装备" }, { "manufacturing", "制造" },
				// Places
				{ "quanzhou", "泉州" }, { "jinjiang", "晋江" }, { "shishi", "石狮" }, { "nan'an", "南安" },
				{ "nanan", "南安" }, { "quangang", "泉港" }, { "hui'an", "惠安" }, { "huian", "惠安" },
				{ "dehua", "德化" }, { "anxi", "安溪" }, { "yongchun", "永春" }, { "licheng", "鲤城" },
				{ "fengze", "丰泽" }, { "luojiang", "洛江" } };
		for (String[] row : table) {
			terms.put(row[0], row[1]);
		}
		return terms;
	}

}
