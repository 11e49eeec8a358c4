package city.quanzhou.pilotgraph.matching;

import java.time.LocalDate;
import java.util.List;

import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class MatchingController {

	private final MatchingService matching;

	MatchingController(MatchingService matching) {
		this.matching = matching;
	}

	@QueryMapping
	List<BaseMatch> baseMatches(@Argument String resultId, @Argument Integer first) {
		return this.matching.baseMatches(resultId, first);
	}

	@QueryMapping
	MatchReport<BaseMatch> baseMatchReport(@Argument String resultId, @Argument Integer first) {
		return this.matching.baseMatchReport(resultId, first);
	}

	@QueryMapping
	MatchReport<SolverMatch> demandSolverReport(@Argument String demandId, @Argument Integer first) {
		return this.matching.demandSolverReport(demandId, first);
	}

	@QueryMapping
	List<ResultMatch> baseDigest(@Argument String baseId, @Argument LocalDate since, @Argument Integer first) {
		return this.matching.baseDigest(baseId, since, first);
	}

	@QueryMapping
	List<SolverMatch> demandSolvers(@Argument String demandId, @Argument Integer first) {
		return this.matching.demandSolvers(demandId, first);
	}

}
