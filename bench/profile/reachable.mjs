// Times reachableEnterprises over GraphQL for the given results, without a kind and through a broker and a base:
// one request first (its plan), then one per result; p50 and slowest per option, and the errors.
//   node bench/profile/reachable.mjs http://127.0.0.1:8080/graphql res-0181314 res-0052252 ...
// (docs/benchmarks.md used the results of the first 20 pairs `PathWays` draws.)
const [url, ...results] = process.argv.slice(2);
const query = `query R($id: ID!, $o: PathOptions) {
  reachableEnterprises(resultId: $id, options: $o, includeExisting: true, first: 10) { hops enterprise { id } }
}`;

async function run(id, options) {
  const started = performance.now();
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables: { id, o: options } }) });
  const body = await response.json();
  return [performance.now() - started, body.errors ? body.errors[0].message : null];
}

for (const through of [null, 'BROKER', 'TEST_BASE']) {
  const options = through ? { through } : null;
  await run(results[0], options);
  const times = [];
  let errors = 0;
  for (const id of results) {
    const [ms, error] = await run(id, options);
    times.push(ms);
    if (error) {
      errors++;
      console.log(through, id, error);
    }
  }
  times.sort((a, b) => a - b);
  console.log(`${String(through).padEnd(9)} p50 ${times[Math.floor(times.length / 2)].toFixed(1)} ms, slowest ${times.at(-1).toFixed(1)} ms, errors ${errors}`);
}
