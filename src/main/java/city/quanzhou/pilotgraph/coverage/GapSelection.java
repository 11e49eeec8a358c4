package city.quanzhou.pilotgraph.coverage;

import java.util.List;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;

import city.quanzhou.pilotgraph.entity.Arguments;
import city.quanzhou.pilotgraph.entity.EntityProjection;
import city.quanzhou.pilotgraph.entity.Prefetched;
import city.quanzhou.pilotgraph.entity.SelectionCache;

/**
 * What a coverageGaps request asks of each gap, so that one statement reads exactly that: a projection per
 * entity field (null when the field is not selected), the longest list asked for under any alias, and
 * whether the enterprises are counted.
 */
record GapSelection(EntityProjection link, EntityProjection waitingResults, int waitingResultsFirst,
		EntityProjection enterprises, int enterprisesFirst, boolean countEnterprises, EntityProjection plannedBases,
		Prefetched store) {

	/** How long a gap's lists are for callers without a selection set: as long as the schema's default. */
	static final int WHOLE_LIST_LENGTH = 10;

	/** Every list whole-entity and {@link #WHOLE_LIST_LENGTH} long, for callers without a selection set. */
	static final GapSelection WHOLE = new GapSelection(EntityProjection.WHOLE, EntityProjection.WHOLE,
			WHOLE_LIST_LENGTH, EntityProjection.WHOLE, WHOLE_LIST_LENGTH, true, EntityProjection.WHOLE, null);

	static GapSelection of(DataFetchingEnvironment environment) {
		return SelectionCache.get(environment, "gap selection", GapSelection::compile)
			.with(Prefetched.of(environment));
	}

	private static GapSelection compile(DataFetchingEnvironment environment) {
		List<SelectedField> waiting = environment.getSelectionSet().getFields("waitingResults");
		List<SelectedField> enterprises = environment.getSelectionSet().getFields("enterprises");
		return new GapSelection(orIdOnly(EntityProjection.at(environment, "link")), EntityProjection.of(waiting),
				largestFirst(waiting), EntityProjection.of(enterprises), largestFirst(enterprises),
				environment.getSelectionSet().contains("enterpriseCount"),
				EntityProjection.at(environment, "plannedBases"), null);
	}

	/** This selection with the request's store of what is read along. */
	private GapSelection with(Prefetched store) {
		return new GapSelection(this.link, this.waitingResults, this.waitingResultsFirst, this.enterprises,
				this.enterprisesFirst, this.countEnterprises, this.plannedBases, store);
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

	/** A list's {@code first}, which arrives with the schema's default when the request leaves it out. */
	static int limit(Integer first) {
		return Arguments.first("first", first);
	}

}
