// Fixed cost of a request, layer by layer: one client, one request at a time, alternating in a fixed order between
// requests that each add one layer to the one before, on a warm service (and the peer, for the same floor):
//   node bench/profile/layers.js <our base URL> <peer URL or -> <bolt URL> <entity id> [rounds, default 2000] [warm-up rounds, 500]
//   1. GET  /actuator/health/liveness   Tomcat, servlet filters, Spring Security, Spring MVC, Jackson (no GraphQL)
//   2. POST /graphql { __typename }     + Spring for GraphQL, graphql-java, its instrumentation, DataLoader registry
//   3. POST /graphql Entity(id)         + one statement over Bolt (the driver, its observation) and its fields
//   4. the same statement sent straight over Bolt from this client (the database and the loopback round trip)
//   5. the peer's { __typename }        (Apollo Server on Node: the floor of the other side)
// Prints p50 / p90 per step and the differences of p50 between consecutive steps, with the load average.
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import neo4j from '../peer/node_modules/neo4j-driver/lib/index.js';

const [base, peer, bolt, entityId, rounds = '2000', warm = '500'] = process.argv.slice(2);
const entity = `query Entity($id: ID!) { entity(id: $id) { id kind name ... on TestBase { status covers { id name } } } }`;
const post = async (url, body) => {
  const r = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const text = await r.text();
  if (r.status !== 200 || text.includes('"errors"')) throw new Error(`${url}: ${r.status} ${text.slice(0, 200)}`);
};
const driver = neo4j.driver(bolt);
const session = driver.session({ defaultAccessMode: neo4j.session.READ });
const statement = `MATCH (n:Entity {id: $id}) RETURN n {.id, .name, .status, labels: labels(n), _covers: COLLECT { MATCH (n)-[:COVERS]->(t:Entity) WITH t ORDER BY t.name, t.id RETURN t {.id, .name, labels: labels(t)} }} AS n`;
const steps = [
  ['liveness (HTTP, filters, security, MVC, JSON)', async () => { const r = await fetch(`${base}/actuator/health/liveness`); await r.text(); if (r.status !== 200) throw new Error(String(r.status)); }],
  ['{ __typename } (+ GraphQL)', () => post(`${base}/graphql`, { query: '{ __typename }' })],
  ['Entity, one statement (+ Bolt, driver, fields)', () => post(`${base}/graphql`, { query: entity, variables: { id: entityId } })],
  ['the statement straight over Bolt', async () => { await session.run(statement, { id: entityId }); }],
  ...(peer && peer !== '-' ? [["the peer's { __typename }", () => post(peer, { query: '{ __typename }' })]] : []),
];
const times = steps.map(() => []);
for (let i = 0; i < Number(warm) + Number(rounds); i++) {
  for (let s = 0; s < steps.length; s++) {
    const t = performance.now();
    await steps[s][1]();
    if (i >= Number(warm)) times[s].push(performance.now() - t);
  }
}
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil(p / 100 * sorted.length) - 1)];
let previous = null;
console.log(`load average ${loadavg().map((x) => x.toFixed(2)).join(', ')}; ${rounds} rounds after ${warm} warm-up rounds`);
steps.forEach(([name], s) => {
  const sorted = times[s].sort((a, b) => a - b);
  const p50 = pct(sorted, 50);
  console.log(`${name}: p50 ${p50.toFixed(3)} ms, p90 ${pct(sorted, 90).toFixed(3)} ms${previous !== null && s < 3 ? `, +${(p50 - previous).toFixed(3)} ms over the step before` : ''}`);
  previous = p50;
});
await session.close();
await driver.close();
