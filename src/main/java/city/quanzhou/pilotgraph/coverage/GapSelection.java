package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.Page;
import city.quanzhou.pilotgraph.entity.Prefetched;

/**
 * What a coverageGaps request asks of each gap, so that one statement reads exactly that: a projection per
 * entity field (null when the field is not selected), the longest list asked for under any alias, and
 * whether the enterprises are counted.
 */
record GapSelection(EntityProjection link, EntityProjection waitingResults, int waitingResultsFirst,
		EntityProjection enterprises, int enterprisesFirst, boolean countEnterprises, EntityProjection plannedBases,
		Prefetched store) {

	/** The default of {@code first} on a gap's lists. */
	static final int DEFAULT_FIRST = 10;

	/** Every list whole-entity and as long as the default, for callers without a selection set. */
	static final GapSelection WHOLE = new GapSelection(EntityProjection.WHOLE, EntityProjection.WHOLE, DEFAULT_FIRST,
			EntityProjection.WHOLE, DEFAULT_FIRST, true, EntityProjection.WHOLE, null);

	static GapSelection of(DataFetchingEnvironment environment) {
		List<SelectedField> waiting = environment.getSelectionSet().getFields("waitingResults");
		List<SelectedField> enterprises = environment.getSelectionSet().getFields("enterprises");
		return new GapSelection(orIdOnly(EntityProjection.at(environment, "link")), EntityProjection.of(waiting),
				largestFirst(waiting), EntityProjection.of(enterprises), largestFirst(enterprises),
				environment.getSelectionSet().contains("enterpriseCount"),
				EntityProjection.at(environment, "plannedBases"), Prefetched.of(environment));
	}

	private static EntityProjection orIdOnly(EntityProjection projection) {
		return (projection != null) ? projection : EntityProjection.ID_ONLY;
	}

	/** Checked here too, so that a bad {@code first} is refused before the statement runs. */
	private static int largestFirst(List<SelectedField> fields) {
		int largest = 0;
		for (SelectedField field : fields) {
			largest = Math.max(largest, limit((Integer) field.getArguments().get("first")));
		}
		return largest;
	}

	/** A list's {@code first}: the schema's default when absent, never negative, at most {@link Page#MAX_FIRST}. */
	static int limit(Integer first) {
		return Page.of((first != null) ? first : DEFAULT_FIRST, null).limit();
	}

}
