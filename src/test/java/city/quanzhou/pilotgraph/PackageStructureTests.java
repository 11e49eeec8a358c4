package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The package structure that keeps the code easy to carry on: packages form no cycle, the platform knows no
 * feature, no kind knows another, and only the composition root knows every kind. Reads the compiled main
 * classes, no Spring context.
 */
class PackageStructureTests {

	private static final String ROOT = "city.quanzhou.pilotgraph";

	/** The packages of the kinds of node: one or two kinds of entity each, and the districts. */
	private static final List<String> KINDS = List.of("base", "broker", "chain", "demand", "district", "enterprise",
			"fund", "institute", "park", "policy", "result");

	/** The compiled main classes only, read from where the application class was loaded: no jar is scanned. */
	private static final JavaClasses MAIN = new ClassFileImporter().importPath(mainClasses());

	@Test
	void packagesFormNoCycle() {
		slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(MAIN);
	}

	@Test
	void platformDependsOnNoFeature() {
		classes().that()
			.resideInAPackage(ROOT + ".system..")
			.should()
			.onlyDependOnClassesThat(not(resideInAPackage(ROOT + ".."))
				.or(resideInAnyPackage(ROOT + ".system..", ROOT + ".security..")))
			.check(MAIN);
	}

	@Test
	void noKindDependsOnAnotherKindOrThePlatform() {
		for (String kind : KINDS) {
			String[] others = Stream.concat(KINDS.stream().filter((other) -> !other.equals(kind)), Stream.of("system"))
				.map((other) -> ROOT + "." + other + "..")
				.toArray(String[]::new);
			noClasses().that()
				.resideInAPackage(ROOT + "." + kind + "..")
				.should()
				.dependOnClassesThat()
				.resideInAnyPackage(others)
				.check(MAIN);
		}
	}

	@Test
	void nothingImportsTheCompositionRoot() {
		noClasses().that()
			.resideOutsideOfPackage(ROOT + ".app..")
			.should()
			.dependOnClassesThat()
			.resideInAPackage(ROOT + ".app..")
			.check(MAIN);
	}

	@Test
	void everyPackageSaysWhatItIsFor() throws IOException {
		Path sources = Path.of("src/main/java", ROOT.split("\\."));
		try (Stream<Path> directories = Files.walk(sources)) {
			List<Path> withoutInfo = directories.filter(Files::isDirectory)
				.filter(PackageStructureTests::holdsJava)
				.filter((directory) -> !Files.exists(directory.resolve("package-info.java")))
				.toList();
			assertThat(withoutInfo).as("packages without package-info.java").isEmpty();
		}
	}

	private static Path mainClasses() {
		try {
			return Path.of(PilotgraphApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static boolean holdsJava(Path directory) {
		try (Stream<Path> files = Files.list(directory)) {
			return files.anyMatch((file) -> file.toString().endsWith(".java")
					&& !file.getFileName().toString().equals("package-info.java"));
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
