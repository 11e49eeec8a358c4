// Statements timed straight over Bolt, for the figures of docs/benchmarks.md ("Coverage under an editor's writes"):
//   node bench/profile/statements.js <bolt url> coverage   chain coverage as one statement and as its two parts
//   node bench/profile/statements.js <bolt url> gaps       coverage gaps v2 and what it is made of
//   node bench/profile/statements.js <bolt url> shortest   the hops-only partner path against shortestPath()
//   node bench/profile/statements.js <bolt url> race       reads that find the log's counter at N but no change N
// The texts are copies of the service's statements as of 2026-12-01 (CoverageQueries, PathQueries); p50 of the
// client's time, a few untimed runs first. The driver's sockets get TCP_NODELAY, as the peer's do (bench/peer/nodelay.js).
import neo4j from '../peer/node_modules/neo4j-driver/lib/index.js';
import { withoutNagle } from '../peer/nodelay.js';

withoutNagle();

const [bolt, what] = process.argv.slice(2);
const driver = neo4j.driver(bolt);
const session = driver.session({ defaultAccessMode: neo4j.session.READ });
const meanings = { chainId: null, districtCode: null, sources: null, openToPublicOnly: false, operating: 'OPERATING',
  waitingMaturities: ['LAB', 'BENCH'], plannedStatuses: ['PLANNED', 'UNDER_CONSTRUCTION'], first: neo4j.int(50),
  waitingResultsFirst: neo4j.int(5), enterprisesFirst: neo4j.int(5) };

async function time(name, cypher, parameters, runs = 20, untimed = 5) {
  const times = [];
  for (let i = 0; i < runs + untimed; i++) {
    const started = performance.now();
    await session.run(cypher, parameters);
    if (i >= untimed) times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  console.log(`${name}: p50 ${times[times.length >> 1].toFixed(2)} ms, p90 ${times[Math.floor(times.length * 0.9)].toFixed(2)} ms`);
}

const COVERED = `MATCH (l:ChainLink)-[:PART_OF]->(c)
  RETURN count(l) AS linkCount, count(CASE WHEN EXISTS { MATCH (l)<-[cover:COVERS]-(b:TestBase {status: $operating})
    WHERE (NOT $openToPublicOnly OR b.openToPublic = true) AND ($sources IS NULL OR coalesce(cover.source, 'IMPORT') IN $sources)
  } THEN 1 END) AS coveredLinkCount`;
const BASES = `MATCH (c)<-[:PART_OF]-(:ChainLink)<-[cover:COVERS]-(b:TestBase {status: $operating})
  WHERE (NOT $openToPublicOnly OR b.openToPublic = true) AND ($sources IS NULL OR coalesce(cover.source, 'IMPORT') IN $sources)
  RETURN count(DISTINCT b) AS operatingBaseCount`;
const WAITING = `MATCH (c)<-[:PART_OF]-(:ChainLink)<-[:APPLIES_TO]-(r:Result)
  WHERE r.needsPilot = true AND r.maturity IN $waitingMaturities RETURN count(DISTINCT r) AS waitingResultCount`;
const CHAINS = 'MATCH (c:IndustryChain) WHERE $chainId IS NULL OR c.id = $chainId';

const UNCOVERED = `MATCH (l:ChainLink)-[:PART_OF]->(c:IndustryChain)
WHERE ($chainId IS NULL OR c.id = $chainId)
  AND NOT EXISTS { MATCH (l)<-[cover:COVERS]-(b:TestBase {status: $operating})
    WHERE ($districtCode IS NULL OR EXISTS { (b)-[:LOCATED_IN]->(:District {code: $districtCode}) })
      AND ($sources IS NULL OR coalesce(cover.source, 'IMPORT') IN $sources) }`;
const WAITING_COUNT = `COUNT { MATCH (l)<-[:APPLIES_TO]-(r:Result) WHERE r.needsPilot = true AND r.maturity IN $waitingMaturities
  WITH DISTINCT r RETURN r }`;
const ENTERPRISE_COUNT = 'COUNT { MATCH (l)<-[:ACTIVE_IN]-(e:Enterprise) WITH DISTINCT e RETURN e }';
const LISTS = `, COLLECT { MATCH (l)<-[:APPLIES_TO]-(r:Result) WHERE r.needsPilot = true AND r.maturity IN $waitingMaturities
    WITH DISTINCT r ORDER BY r.name, r.id LIMIT $waitingResultsFirst RETURN r {.id, .name} } AS waitingResults
  , COLLECT { MATCH (l)<-[:ACTIVE_IN]-(e:Enterprise) WITH DISTINCT e ORDER BY e.name, e.id LIMIT $enterprisesFirst
    RETURN e {.id, .name} } AS enterprises
  , COLLECT { MATCH (l)<-[:COVERS]-(b:TestBase) WHERE b.status IN $plannedStatuses WITH DISTINCT b ORDER BY b.name, b.id
    RETURN b {.id, .name, .status} } AS plannedBases`;

const TIES = 'BROKERED|COOPERATES_WITH|COVERS|INVESTS_IN|OPERATED_BY|OWNED_BY|PILOTED|POSTED|SERVED|SERVES|SOLVES|TRANSFERRED_TO|WORKS_FOR';
const WALK = `(()-[:${TIES}]-(x WHERE NOT x:ChainLink AND NOT x.id IN $avoid
  AND (NOT $operatingBasesOnly OR NOT x:TestBase OR x.status = 'OPERATING'))){0,3}()`;
const ENDS = 'CYPHER 25 MATCH (a:Entity {id: $from}), (b:Entity {id: $to})';

if (what === 'coverage') {
  await time('chain coverage, one statement', `${CHAINS} CALL (c) { ${COVERED} } CALL (c) { ${BASES} } CALL (c) { ${WAITING} }
    RETURN c.id, linkCount, coveredLinkCount, operatingBaseCount, waitingResultCount`, meanings);
  await time('its links, covered links and operating bases', `${CHAINS} CALL (c) { ${COVERED} } CALL (c) { ${BASES} }
    RETURN c.id, linkCount, coveredLinkCount, operatingBaseCount`, meanings);
  await time('its waiting results', `${CHAINS} CALL (c) { ${WAITING} } RETURN c.id, waitingResultCount`, meanings);
} else if (what === 'gaps') {
  const counts = await session.run(`MATCH (l:ChainLink) RETURN l.id AS id, ${WAITING_COUNT} AS w, ${ENTERPRISE_COUNT} AS e`, meanings);
  const given = { ...meanings, w: Object.fromEntries(counts.records.map((r) => [r.get('id'), r.get('w')])),
    e: Object.fromEntries(counts.records.map((r) => [r.get('id'), r.get('e')])) };
  await time('coverage gaps v2, one statement', `${UNCOVERED} WITH l, ${WAITING_COUNT} AS w ORDER BY w DESC, l.name, l.id
    LIMIT $first RETURN w, l {.id, .name}, ${ENTERPRISE_COUNT} AS e ${LISTS}`, meanings, 8, 2);
  await time('the uncovered links alone', `${UNCOVERED} RETURN count(l)`, meanings, 8, 2);
  await time('both counts of every link', `MATCH (l:ChainLink) RETURN l.id, ${WAITING_COUNT} AS w, ${ENTERPRISE_COUNT} AS e`, meanings, 8, 2);
  await time('the page of gaps with its lists, counts given', `${UNCOVERED} WITH l, coalesce($w[l.id], 0) AS w
    ORDER BY w DESC, l.name, l.id LIMIT $first RETURN w, l {.id, .name}, coalesce($e[l.id], 0) AS e ${LISTS}`, given, 8, 2);
} else if (what === 'shortest') {
  const variants = {
    'ours (SHORTEST 1 GROUPS)': `${ENDS} MATCH p = SHORTEST 1 GROUPS (a)${WALK}-[:${TIES}]-(b)
      WHERE all(i IN range(1, length(p)) WHERE NOT nodes(p)[i] IN nodes(p)[0..i])
        AND ($through IS NULL OR any(n IN nodes(p)[1..-1] WHERE $through IN labels(n)))
      RETURN length(p) AS hops LIMIT 1`,
    'ours without the no-repeat check': `${ENDS} MATCH p = SHORTEST 1 GROUPS (a)${WALK}-[:${TIES}]-(b)
      WHERE ($through IS NULL OR any(n IN nodes(p)[1..-1] WHERE $through IN labels(n))) RETURN length(p) AS hops LIMIT 1`,
    'ours as ANY SHORTEST': `${ENDS} MATCH p = ANY SHORTEST (a)${WALK}-[:${TIES}]-(b) RETURN length(p) AS hops LIMIT 1`,
    'ours without the options': `${ENDS} MATCH p = SHORTEST 1 GROUPS (a)(()-[:${TIES}]-(x WHERE NOT x:ChainLink)){0,3}()-[:${TIES}]-(b)
      RETURN length(p) AS hops LIMIT 1`,
    // nodes(p)[1..-1] makes the planner add an exhaustive search for when the shortest path fails the predicate
    // (AntiConditionalApply over VarLengthExpand: every path of up to 4 hops when the ends are not linked);
    // a predicate on every node that lets the ends pass plans the breadth-first search alone
    'shortestPath() with our predicates, ends let pass': `${ENDS} MATCH p = shortestPath((a)-[:${TIES}*1..4]-(b))
      WHERE all(x IN nodes(p) WHERE x = a OR x = b OR (NOT x:ChainLink AND NOT x.id IN $avoid
        AND (NOT $operatingBasesOnly OR NOT x:TestBase OR x.status = 'OPERATING'))) RETURN length(p) AS hops`,
    "the peer's shortestPath()": `MATCH p = shortestPath((a:Entity {id: $from})-[:${TIES}*1..4]-(b:Entity {id: $to}))
      WHERE none(n IN nodes(p)[1..-1] WHERE n:ChainLink) RETURN length(p) AS hops`,
  };
  const results = (await session.run('MATCH (r:Result) RETURN r.id AS id ORDER BY id LIMIT 2000')).records.map((r) => r.get('id'));
  const pairs = [];
  for (let i = 0; pairs.length < 40 && i < 400; i++) {
    const from = results[(i * 7919) % results.length];
    const reach = (await session.run(`MATCH (r:Result {id: $id})-[:${TIES}*1..3]-(e:Enterprise) WITH DISTINCT e LIMIT 100
      RETURN e.id AS id ORDER BY id`, { id: from })).records;
    if (reach.length) pairs.push({ from, to: reach[(i * 31) % reach.length].get('id') });
  }
  const parameters = (pair) => ({ ...pair, avoid: [], operatingBasesOnly: false, through: null });
  for (const pair of pairs) {
    const hops = [];
    for (const cypher of Object.values(variants)) hops.push((await session.run(cypher, parameters(pair))).records[0]?.get('hops')?.toNumber() ?? null);
    if (new Set(hops).size > 1) console.log('answers differ', pair, hops);
  }
  for (let round = 1; round <= 3; round++) {
    for (const [name, cypher] of Object.entries(variants)) {
      const times = [];
      for (let i = 0; i < 400; i++) {
        const started = performance.now();
        await session.run(cypher, parameters(pairs[i % pairs.length]));
        if (i >= 40) times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      console.log(`round ${round}, ${name}: p50 ${times[times.length >> 1].toFixed(2)} ms over ${pairs.length} pairs`);
    }
  }
} else if (what === 'race') {
  // run while something writes through the service (bench/profile/coverage-writes.js)
  let unseen = 0;
  let reads = 0;
  for (const end = Date.now() + 20000; Date.now() < end; reads++) {
    const row = (await session.run(`OPTIONAL MATCH (log:ChangeLog {name: 'graph'}) WITH log.seq AS seq
      CALL (seq) { MATCH (c:Change) WHERE c.seq = seq RETURN count(c) AS found } RETURN found`)).records[0];
    if (row.get('found').toNumber() === 0) unseen++;
  }
  console.log(`${reads} reads in 20 s, ${unseen} found the counter at N but no change N through the index`);
} else {
  console.error('usage: node bench/profile/statements.js <bolt url> coverage|gaps|shortest|race');
  process.exitCode = 2;
}
await session.close();
await driver.close();
