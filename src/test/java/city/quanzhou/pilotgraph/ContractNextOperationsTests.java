package city.quanzhou.pilotgraph;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import graphql.ExecutionInput;
import graphql.ParseAndValidate;
import graphql.ParseAndValidateResult;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.graphql.execution.GraphQlSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every operation of the contract, the current ones and those in {@code next/} that the schema has grown to
 * serve, validates against the schema unchanged. What each one answers is tested by its feature's tests.
 */
class ContractNextOperationsTests extends SeededGraphTest {

	@Autowired
	GraphQlSource graphQlSource;

	@Test
	void shouldValidateEveryCurrentOperation() throws IOException {
		assertValid(ContractOperations.DIRECTORY);
	}

	@Test
	void shouldValidateEveryNextOperation() throws IOException {
		assertValid(ContractOperations.NEXT);
	}

	private void assertValid(Path directory) throws IOException {
		Assumptions.assumeTrue(Files.isDirectory(directory), "../shared/contract/" + directory.getFileName()
				+ " not present: contract validation skipped (it runs where ../shared exists)");
		List<Path> operations;
		try (Stream<Path> files = Files.list(directory)) {
			operations = files.filter((file) -> file.toString().endsWith(".graphql")).sorted().toList();
		}
		assertThat(operations).as("operations in %s", directory).isNotEmpty();
		for (Path operation : operations) {
			String document = Files.readString(operation, StandardCharsets.UTF_8);
			ParseAndValidateResult result = ParseAndValidate.parseAndValidate(this.graphQlSource.schema(),
					ExecutionInput.newExecutionInput(document).build());
			assertThat(result.getErrors()).as(operation.getFileName().toString()).isEmpty();
		}
	}

}
