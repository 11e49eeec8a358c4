package city.quanzhou.pilotgraph.entity;

/** For the benchmark: the statements {@link EntityService} runs, to be sent straight to the database. */
public final class EntityCypher {

	public static final String BY_ID = EntityQueries.byId(EntityProjection.WHOLE);

	/** The first page of the unfiltered list of test bases by name, as the contract's TestBases asks. */
	public static final String PAGE = EntityQueries.countedPage(EntityKind.TEST_BASE, java.util.Map.of(),
			EntityOrder.BY_NAME, EntityProjection.WHOLE);

	public static final String OUTGOING = EntityQueries.OUTGOING;

	public static final String DISTRICTS = EntityQueries.DISTRICTS;

	private EntityCypher() {
	}

}
