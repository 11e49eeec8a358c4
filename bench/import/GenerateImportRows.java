import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Writes an import of exactly 100,000 rows in the seed-data format into a directory, referring to the seed
 * data's chain links, institutes and bases (so it is imported into a seeded database, as an agency's
 * spreadsheet would be): 10,000 enterprises, 30,000 enterprise_links, 30,000 cooperations, 30,000 base_serves.
 *
 * Run: java bench/import/GenerateImportRows.java <output directory>   (from the repository root)
 */
public class GenerateImportRows {

	public static void main(String[] args) throws IOException {
		Path out = Path.of(args.length > 0 ? args[0] : "target/bench-import");
		Files.createDirectories(out);
		List<String> links = column(Path.of("seed-data/chain_links.csv"));
		List<String> institutes = column(Path.of("seed-data/institutes.csv"));
		List<String> bases = column(Path.of("seed-data/test_bases.csv"));
		String[] districts = { "350502", "350503", "350504", "350505", "350521", "350581", "350582", "350583" };
		String[] trades = { "新能源科技", "纺织科技", "鞋业", "石材", "智能装备", "新材料", "生物科技", "光电科技", "化工", "电子" };
		Random random = new Random(20261128);
		int enterprises = 10_000;
		try (PrintWriter file = writer(out.resolve("enterprises.csv"))) {
			file.println("id,name,aliases,districtCode,parkId,lead,description,source,sourceNote");
			for (int i = 0; i < enterprises; i++) {
				String trade = trades[i % trades.length];
				file.printf("bench-ent-%05d,泉州测试%05d%s有限公司,,%s,,false,从事%s相关产品研发与生产的中小企业。,SYNTHETIC,import benchmark%n", i, i,
						trade, districts[random.nextInt(districts.length)], trade);
			}
		}
		writePairs(out.resolve("enterprise_links.csv"), "enterpriseId,linkId", enterprises, links, 30_000, random, false, "");
		writePairs(out.resolve("cooperations.csv"), "instituteId,enterpriseId,projects,firstYear,lastYear", enterprises,
				institutes, 30_000, random, true, ",%d,2019,2025");
		writePairs(out.resolve("base_serves.csv"), "baseId,enterpriseId,year,projects", enterprises, bases, 30_000, random,
				true, ",2024,%d");
		System.out.println("100000 rows written to " + out.toAbsolutePath());
	}

	/** Distinct (enterprise, other) pairs; {@code otherFirst} when the file lists the other id first. */
	private static void writePairs(Path path, String header, int enterprises, List<String> others, int count, Random random,
			boolean otherFirst, String tail) throws IOException {
		Set<String> seen = new HashSet<>();
		try (PrintWriter file = writer(path)) {
			file.println(header);
			while (seen.size() < count) {
				String enterprise = String.format("bench-ent-%05d", random.nextInt(enterprises));
				String other = others.get(random.nextInt(others.size()));
				if (seen.add(enterprise + other)) {
					String pair = otherFirst ? other + "," + enterprise : enterprise + "," + other;
					file.println(pair + (tail.isEmpty() ? "" : String.format(tail, 1 + random.nextInt(5))));
				}
			}
		}
	}

	private static List<String> column(Path csv) throws IOException {
		List<String> ids = new ArrayList<>();
		List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
		for (String line : lines.subList(1, lines.size())) {
			ids.add(line.substring(0, line.indexOf(',')));
		}
		return ids;
	}

	private static PrintWriter writer(Path path) throws IOException {
		return new PrintWriter(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
	}

}
