// Answers and times of reachableEnterprises over GraphQL for the given results, with first 3 and 10, with and
// without existing partners, without a kind and through a broker; the second of two passes is kept. The answers go
// to <out.json>, so that two jars can be compared on the same graph:
//   node bench/profile/reachable-compare.mjs http://127.0.0.1:8080/graphql before.json res-0181314 res-0052252 ...
import fs from 'fs';
const url = process.argv[2], out = process.argv[3];
const results = process.argv.slice(4);
const q = `query R($id: ID!, $first: Int, $ie: Boolean, $o: PathOptions) { reachableEnterprises(resultId: $id, includeExisting: $ie, first: $first, options: $o) { hops strength enterprise { id } path { nodes { id } } } }`;
const answers = {}, times = [];
for (let pass = 0; pass < 2; pass++) for (const id of results) for (const first of [3, 10]) for (const ie of [true, false]) for (const through of [null, 'BROKER']) {
  const t = performance.now();
  const j = await (await fetch(url, {method: 'POST', headers: {'content-type': 'application/json'}, body: JSON.stringify({query: q, variables: {id, first, ie, o: through ? {through} : null}})})).json();
  if (pass) { times.push(performance.now() - t); answers[[id, first, ie, through].join(' ')] = j.errors ? 'ERR ' + j.errors[0].message : JSON.stringify(j.data.reachableEnterprises); }
}
fs.writeFileSync(out, JSON.stringify(answers));
times.sort((a, b) => a - b);
console.log('requests', times.length, 'p50', times[times.length >> 1].toFixed(1), 'p90', times[Math.floor(times.length * 0.9)].toFixed(1), 'max', times.at(-1).toFixed(1));
