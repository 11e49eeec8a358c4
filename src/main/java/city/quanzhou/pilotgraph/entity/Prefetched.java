package city.quanzhou.pilotgraph.entity;

import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

/**
 * Values of relationship fields that were read in the same statement as their parent entity, held for the
 * rest of one request. The field's data fetcher answers from here when its parent has a value under the
 * field's result key (the alias, else the name), and asks its batch loader otherwise. Keyed by the parent
 * record's identity: the same entity read at two places of one request may have been read with different
 * selections.
 */
public final class Prefetched {

	private static final String KEY = Prefetched.class.getName();

	/** Returned by {@link #lookup} when the parent was read without this field. */
	public static final Object ABSENT = new Object();

	private final Map<Object, Map<String, Object>> values = Collections.synchronizedMap(new IdentityHashMap<>());

	/** The request's store, made on first use. */
	public static Prefetched of(DataFetchingEnvironment environment) {
		return environment.getGraphQlContext().computeIfAbsent(KEY, (key) -> new Prefetched());
	}

	/** The value read for this field of this parent, or {@link #ABSENT}. */
	public static Object lookup(DataFetchingEnvironment environment) {
		Prefetched store = environment.getGraphQlContext().get(KEY);
		if (store == null) {
			return ABSENT;
		}
		Map<String, Object> fields = store.values.get(environment.getSource());
		if (fields == null) {
			return ABSENT;
		}
		String key = environment.getField().getResultKey();
		// a single neighbour or a district may have been read as null: that is a value too
		return fields.containsKey(key) ? fields.get(key) : ABSENT;
	}

	void put(Object parent, String resultKey, Object value) {
		this.values.computeIfAbsent(parent, (any) -> new HashMap<>()).put(resultKey, value);
	}

}
