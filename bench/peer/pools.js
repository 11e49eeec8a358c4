// Variables of the pairs, drawn from the graph the same way every time (ordered queries, a fixed seed), so a run
// on the same graph asks the same questions.
const REAL_TIES = 'BROKERED|COOPERATES_WITH|COVERS|INVESTS_IN|OPERATED_BY|OWNED_BY|PILOTED|POSTED|SERVED|SERVES|SOLVES|TRANSFERRED_TO|WORKS_FOR';

function random(seed) {
  let state = seed >>> 0;
  return (n) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % n;
  };
}

async function ids(session, cypher, params = {}) {
  const result = await session.run(cypher, params);
  return result.records.map((record) => record.get('id'));
}

export async function drawPools(session) {
  const next = random(20261130);
  const draw = (list, count) => Array.from({ length: count }, () => list[next(list.length)]);
  const bases = await ids(session, 'MATCH (n:TestBase) RETURN n.id AS id ORDER BY id');
  const chains = await ids(session, 'MATCH (n:IndustryChain) RETURN n.id AS id ORDER BY id');
  const entities = [];
  for (const label of ['TestBase', 'Result', 'Institute']) {
    const all = await ids(session, `MATCH (n:${label}) RETURN n.id AS id ORDER BY id`);
    entities.push(...draw(all, 40));
  }
  // interleave the kinds, so that every stretch of requests sees all three
  const mixed = entities.map((id, i) => [(i % 40) * 3 + Math.floor(i / 40), id]).sort((a, b) => a[0] - b[0]).map(([, id]) => id);
  const results = await ids(session, 'MATCH (r:Result) RETURN r.id AS id ORDER BY id');
  const pathPairs = [];
  for (let attempt = 0; pathPairs.length < 40 && attempt < 800; attempt++) {
    const from = results[next(results.length)];
    const reachable = await ids(session, `MATCH (r:Result {id: $id})-[:${REAL_TIES}*1..3]-(e:Enterprise)
      WITH DISTINCT e LIMIT 100 RETURN e.id AS id ORDER BY id`, { id: from });
    if (reachable.length > 0) pathPairs.push({ from, to: reachable[next(reachable.length)] });
  }
  return { bases: draw(bases, 40), chains, entities: mixed, pathPairs };
}
