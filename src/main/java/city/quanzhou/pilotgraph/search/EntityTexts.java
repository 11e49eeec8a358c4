package city.quanzhou.pilotgraph.search;

import java.util.List;
import java.util.Map;

/**
 * The Chinese words for enumerations, shared by embedded texts and by the reasons matching gives, so that
 * a broker reads the same terms everywhere.
 */
public final class EntityTexts {

	public static final Map<String, String> SERVICES = Map.of("CONCEPT_VERIFICATION", "概念验证", "PILOT_MATURATION", "中试熟化",
			"SMALL_BATCH_TRIAL", "小批量试生产", "TESTING_CERTIFICATION", "检验检测");

	public static final Map<String, String> MATURITY = Map.of("LAB", "实验室阶段", "BENCH", "小试阶段", "PILOT", "中试阶段",
			"INDUSTRIAL", "产业化阶段");

	public static final Map<String, String> BASE_STATUS = Map.of("PLANNED", "规划中", "UNDER_CONSTRUCTION", "建设中", "OPERATING",
			"运行中", "SUSPENDED", "暂停运营");

	private EntityTexts() {
	}

	/**
	 * Adds what a kind's name and description rarely say but a searcher asks about: what a base offers and
	 * for which links, how far a result has come and where it applies, which chain a link belongs to.
	 */
	static void appendContext(StringBuilder text, String label, List<String> services, String maturity,
			List<String> links, List<String> chains, String ownChain) {
		switch (label) {
			case "TestBase" -> {
				if (!services.isEmpty()) {
					text.append("。提供服务：").append(String.join("、", services.stream().map(SERVICES::get).toList()));
				}
				appendLinks(text, "覆盖环节", links, chains);
			}
			case "Result" -> {
				if (maturity != null) {
					text.append("。成熟度：").append(MATURITY.getOrDefault(maturity, maturity));
				}
				appendLinks(text, "应用环节", links, chains);
			}
			case "Demand", "Enterprise" -> appendLinks(text, "所属环节", links, chains);
			case "ChainLink" -> {
				if (ownChain != null) {
					text.append("。所属产业链：").append(ownChain);
				}
			}
			default -> {
			}
		}
	}

	private static void appendLinks(StringBuilder text, String heading, List<String> links, List<String> chains) {
		if (!links.isEmpty()) {
			text.append('。').append(heading).append('：').append(String.join("、", links));
			if (!chains.isEmpty()) {
				text.append("（").append(String.join("、", chains)).append("产业链）");
			}
		}
	}

}
