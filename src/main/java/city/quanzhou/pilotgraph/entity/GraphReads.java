package city.quanzhou.pilotgraph.entity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.neo4j.driver.Record;
import org.neo4j.driver.Session;
import org.neo4j.driver.TransactionConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import city.quanzhou.pilotgraph.system.GraphSessions;
import city.quanzhou.pilotgraph.system.PilotgraphProperties;

/**
 * Runs a read of one statement. On its own it runs as an auto-commit transaction of a read session: one Bolt
 * exchange instead of three (begin, run, commit), which measured 0.4 ms of a short read (docs/benchmarks.md),
 * still with the transaction time limit and in the causal chain of every other transaction of this instance
 * ({@link GraphSessions}); on a cluster it may go to a secondary. Called inside a transaction (an edit reading
 * back what it wrote), it runs in that transaction, so that it sees the writes not yet committed.
 * <p>
 * At DEBUG every statement is logged, at TRACE with its parameters, as one JSON object per line (what
 * {@code bench/direct} replays to compare a GraphQL request with the same statements sent directly).
 */
@Component
public class GraphReads {

	private static final Logger log = LoggerFactory.getLogger(GraphReads.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GraphSessions sessions;

	private final Neo4jClient client;

	private final TransactionConfig config;

	GraphReads(GraphSessions sessions, Neo4jClient client, PilotgraphProperties properties) {
		this.sessions = sessions;
		this.client = client;
		this.config = TransactionConfig.builder().withTimeout(properties.transactionTimeout()).build();
	}

	/** Every row of the statement, each read by {@code row}. */
	public <T> List<T> list(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
		logged(cypher, parameters);
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			List<Object> rows = List.copyOf(this.client.query(cypher)
				.bindAll(parameters)
				.fetchAs(Object.class)
				.mappedBy((types, record) -> row.apply(record))
				.all());
			@SuppressWarnings("unchecked")
			List<T> typed = (List<T>) rows;
			return typed;
		}
		try (Session session = this.sessions.readSession()) {
			return session.run(cypher, parameters, this.config).list(row::apply);
		}
	}

	/** The one row of the statement, if it returns one; more than one is a mistake in the statement. */
	public <T> Optional<T> one(String cypher, Map<String, Object> parameters, Function<Record, T> row) {
		List<T> rows = list(cypher, parameters, row);
		if (rows.size() > 1) {
			throw new IllegalStateException("expected at most one row, got " + rows.size());
		}
		return rows.stream().findFirst();
	}

	/** Parameters by name and value, in pairs; unlike {@code Map.of}, a value may be null (an unset filter). */
	public static Map<String, Object> parameters(Object... namesAndValues) {
		Map<String, Object> parameters = new java.util.HashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
		}
		return parameters;
	}

	private static void logged(String cypher, Map<String, Object> parameters) {
		if (log.isTraceEnabled()) {
			Map<String, Object> statement = new java.util.LinkedHashMap<>();
			statement.put("cypher", cypher);
			statement.put("parameters", parameters);
			log.trace("read {}", JSON.writeValueAsString(statement));
		}
		else if (log.isDebugEnabled()) {
			log.debug("read {}", JSON.writeValueAsString(Map.of("cypher", cypher)));
		}
	}

}
