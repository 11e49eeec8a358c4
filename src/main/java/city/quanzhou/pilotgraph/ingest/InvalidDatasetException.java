package city.quanzhou.pilotgraph.ingest;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A dataset with at least one bad row; nothing of it was written.
 */
public class InvalidDatasetException extends RuntimeException {

	private final List<RowProblem> problems;

	InvalidDatasetException(List<RowProblem> problems) {
		super(problems.size() + " problem(s) in the dataset, nothing written:\n"
				+ problems.stream().limit(50).map(RowProblem::toString).collect(Collectors.joining("\n")));
		this.problems = List.copyOf(problems);
	}

	public List<RowProblem> problems() {
		return this.problems;
	}

}
