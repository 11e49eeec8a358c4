package city.quanzhou.pilotgraph;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

import city.quanzhou.pilotgraph.ingest.DatasetImporter;
import city.quanzhou.pilotgraph.ingest.ImportReport;

/**
 * Starts the service; {@code import <directory> [--dry-run]} instead imports dataset files into the
 * configured database (embedded or external) and exits with 0 when they were valid. The command does not
 * embed: what it wrote stays queued in the graph, and the service embeds it in the background (at once when it
 * runs against the same external database, else on its next start).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PilotgraphApplication {

	public static void main(String[] args) {
		if (args.length > 0 && args[0].equals("import")) {
			System.exit(runImport(Arrays.asList(args).subList(1, args.length)));
		}
		SpringApplication.run(PilotgraphApplication.class, args);
	}

	private static int runImport(List<String> args) {
		List<String> paths = args.stream().filter((arg) -> !arg.startsWith("--")).toList();
		if (paths.size() != 1) {
			System.err.println("usage: import <directory with dataset files> [--dry-run]");
			return 2;
		}
		boolean dryRun = args.contains("--dry-run");
		String[] springArgs = args.stream().filter((arg) -> arg.startsWith("--") && !arg.equals("--dry-run")).toArray(String[]::new);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(PilotgraphApplication.class)
			.web(WebApplicationType.NONE)
			.properties("pilotgraph.seed=never", "pilotgraph.embedding.background=false")
			.run(springArgs)) {
			ImportReport report = context.getBean(DatasetImporter.class)
				.importDirectory(Path.of(paths.getFirst()), dryRun, "import:" + System.getProperty("user.name"));
			System.out.println(report);
			return report.problems().isEmpty() ? 0 : 1;
		}
	}

}
