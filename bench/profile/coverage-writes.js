// Coverage under an editor's writes: readers send the contract's ChainCoverage and CoverageGaps (v2 when
// ../shared/contract/next has it, else v1) in turn while one writer updates test bases through the contract's
// UpsertTestBase at a fixed rate. Prints each read's p50/p90/p99 and requests per second, the writes done, and the
// service's coverage cache hits and misses over the run (from /actuator/prometheus).
//
//   node bench/profile/coverage-writes.js <graphql url> <editor token> [seconds 60] [readers 4] [writes/s 2]
//
// READS=ChainCoverage (or CoverageGaps) sends that read alone.
// The service runs with the rate limit raised and the token as an EDITOR (PILOTGRAPH_TOKENS=<token>=EDITOR).
// The bases it updates are created first (four, named after the run), as the harness's UpsertTestBase does.
import { readFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const [url, token, seconds = '60', readers = '4', writesPerSecond = '2'] = process.argv.slice(2);
if (!url || !token) {
  console.error('usage: node coverage-writes.js <graphql url> <editor token> [seconds] [readers] [writes/s]');
  process.exit(2);
}
const contract = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'contract');
const operation = (name) => {
  const next = join(contract, 'next', `${name}.graphql`);
  return readFileSync(existsSync(next) ? next : join(contract, 'operations', `${name}.graphql`), 'utf8');
};
const reads = Object.fromEntries((process.env.READS ?? 'ChainCoverage,CoverageGaps').split(',')
  .map((name) => [name, operation(name)]));
const upsert = operation('UpsertTestBase');

async function post(query, variables, auth) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(auth ? { authorization: `Bearer ${auth}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 300)}`);
  }
  return body.data;
}

async function cacheCounts() {
  const text = await (await fetch(new URL('/actuator/prometheus', url))).text();
  const count = (result) => Number((text.match(new RegExp(`pilotgraph_coverage_cache_total\\{result="${result}"\\} (\\S+)`)) ?? [])[1] ?? NaN);
  return { hit: count('hit'), miss: count('miss') };
}

const baseInput = (id, name, link, description) => ({
  ...(id ? { id } : {}), name, status: 'OPERATING', openToPublic: true,
  services: ['PILOT_MATURATION', 'TESTING_CERTIFICATION'], districtCode: '350582', coversLinkIds: [link],
  operatorIds: [], description,
});

// the writes move bases onto links no base covers (so that coverage changes), then onto any link once runs
// before have covered those
const gaps = await post(operation('CoverageGaps'), { first: 50 });
const chains = await post('{ industryChains(first: 100) { edges { node { links { id } } } } }', {});
const links = [...new Set([...gaps.coverageGaps.map((gap) => gap.link.id),
  ...chains.industryChains.edges.flatMap((edge) => edge.node.links.map((link) => link.id))])];
const run = Math.floor(Date.now() / 1000) % 1_000_000;
const bases = [];
for (let i = 0; i < 4; i++) {
  const name = `写入负载测试基地${run}-${i}`;
  const data = await post(upsert, { input: baseInput(null, name, links[i % links.length], '写入负载测试用中试基地。') }, token);
  bases.push({ id: data.upsertTestBase.base.id, name, version: 1 });
}

// one untimed round of each read, so that the first timed ones are not the JVM's first
for (const query of Object.values(reads)) await post(query, {});

const times = Object.fromEntries(Object.keys(reads).map((name) => [name, []]));
let errors = 0;
let writes = 0;
const before = await cacheCounts();
const load = loadavg().map((value) => value.toFixed(2)).join(' ');
const end = Date.now() + Number(seconds) * 1000;

async function reader(index) {
  const names = Object.keys(reads);
  for (let i = index; Date.now() < end; i++) {
    const name = names[i % names.length];
    const started = performance.now();
    try {
      await post(reads[name], {});
      times[name].push(performance.now() - started);
    } catch (error) {
      errors++;
      console.error(name, error.message);
    }
  }
}

async function writer() {
  // 0 writes a second: readers alone (the bases are still created first)
  if (Number(writesPerSecond) === 0) return;
  const gap = 1000 / Number(writesPerSecond);
  for (let i = 0; Date.now() < end; i++) {
    const next = Date.now() + gap;
    const base = bases[i % bases.length];
    try {
      await post(upsert, { input: { ...baseInput(base.id, base.name, links[i % links.length], `写入负载第${i}次。`), version: base.version } }, token);
      base.version++;
      writes++;
    } catch (error) {
      errors++;
      console.error('UpsertTestBase', error.message);
    }
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, next - Date.now())));
  }
}

await Promise.all([writer(), ...Array.from({ length: Number(readers) }, (_, i) => reader(i))]);
const after = await cacheCounts();
const pct = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
console.log(`load average before: ${load}; after: ${loadavg().map((value) => value.toFixed(2)).join(' ')}`);
console.log(`${seconds} s, ${readers} readers, ${writes} writes (${(writes / Number(seconds)).toFixed(2)}/s), ${errors} errors`);
for (const [name, list] of Object.entries(times)) {
  list.sort((a, b) => a - b);
  console.log(`${name}: ${list.length} requests, ${(list.length / Number(seconds)).toFixed(1)} req/s, p50 ${pct(list, 0.5).toFixed(1)} ms, `
    + `p90 ${pct(list, 0.9).toFixed(1)} ms, p99 ${pct(list, 0.99).toFixed(1)} ms, max ${list.at(-1).toFixed(1)} ms, `
    + `${list.filter((ms) => ms > 250).length} over 250 ms`);
}
console.log(`coverage cache over the run: ${after.hit - before.hit} hits, ${after.miss - before.miss} misses`);
