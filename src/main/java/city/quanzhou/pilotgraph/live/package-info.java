/**
 * Live updates: every committed write (an upsert, a delete, a tie made or removed, an import) is announced
 * as a {@link city.quanzhou.pilotgraph.live.Change} on the GraphQL subscription {@code changes}, carried
 * over graphql-ws (WebSocket), so dashboards refresh what changed without polling. Announcements live in
 * this instance's memory only: a client of another instance behind a load balancer hears that instance's
 * writes.
 */
package city.quanzhou.pilotgraph.live;
