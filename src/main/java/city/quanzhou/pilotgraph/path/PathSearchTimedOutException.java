package city.quanzhou.pilotgraph.path;

import java.time.Duration;

import city.quanzhou.pilotgraph.system.InvalidArgumentException;

/**
 * A search that the database ended at its time limit. It is reported like a bad argument, naming the hop
 * bound, because narrowing the search (fewer hops, fewer paths, a stricter filter) is what the caller
 * can do about it; the error is immediate and final, never a hung request.
 */
class PathSearchTimedOutException extends InvalidArgumentException {

	PathSearchTimedOutException(String argument, Duration limit, Throwable cause) {
		super(argument, "the search did not finish within its time limit of " + limit.toMillis()
				+ " ms; ask for fewer hops or fewer results, or narrow it with options");
		initCause(cause);
	}

}
