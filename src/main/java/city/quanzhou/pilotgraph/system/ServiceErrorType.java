package city.quanzhou.pilotgraph.system;

import graphql.ErrorClassification;

/**
 * Error classifications beyond Spring for GraphQL's own, for failures that are not the client's doing and
 * that a client can act on: try again later.
 */
public enum ServiceErrorType implements ErrorClassification {

	/** The database could not be reached, or no connection to it came free in time. */
	UNAVAILABLE,

	/** The database gave up on the transaction and rolled it back (a deadlock, say): trying again may succeed. */
	TRANSIENT,

	/** The request ran past the request time limit. */
	TIMEOUT,

	/** The client sent more than its budget allows (pilotgraph.rate-limit.*): wait, then send again. */
	RATE_LIMITED,

	/** Too little free space for the database to write safely (pilotgraph.disk.min-free): reads still answer. */
	INSUFFICIENT_STORAGE

}
