/**
 * Live updates: every committed write (an upsert, a delete, a tie made or removed, an import) is announced
 * as a {@link city.quanzhou.pilotgraph.live.Change} on the GraphQL subscription {@code changes}, carried
 * over graphql-ws (WebSocket), so dashboards refresh what changed without polling. Writes append their change
 * to a log in the database ({@link city.quanzhou.pilotgraph.live.ChangeLog}) in their own transaction; every
 * instance follows that log and announces what it reads, so behind a load balancer a subscriber on any
 * instance hears of the writes made through every instance.
 */
package city.quanzhou.pilotgraph.live;
