// CPU per request, by process: what a request costs the machine, the figure that bounds throughput on two cores,
// and steadier than req/s on a busy machine. For each pair of bench/peer/pairs.js named, sends one side's requests
// (ours or the peer's) from a few clients for a fixed time after a warm-up, and reads the CPU time (user + system,
// all threads) that each given process used meanwhile from /proc/<pid>/stat:
//   node bench/profile/cpu.js <ours|peer> <url> <bolt url> <pairs, comma-separated> <pid>[,<pid>...] [seconds 20] [clients 4] [warm-up seconds 10]
// e.g. ours: the service's pid (it holds the database); the peer: the peer's pid and the service's (its database).
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j from '../peer/node_modules/neo4j-driver/lib/index.js';
import { pairs } from '../peer/pairs.js';
import { drawPools } from '../peer/pools.js';

const here = dirname(fileURLToPath(import.meta.url));
const [side, url, bolt, names, pids, seconds = '20', clients = '4', warm = '10'] = process.argv.slice(2);
const contract = process.env.CONTRACT_DIR ?? join(here, '..', '..', '..', 'shared', 'contract', 'operations');
const next = process.env.NEXT_DIR ?? join(here, '..', '..', '..', 'shared', 'contract', 'next');
const TICK_MS = 10; // USER_HZ = 100 on Linux
const cpu = (pid) => {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
};
const driver = neo4j.driver(bolt);
const session = driver.session({ defaultAccessMode: neo4j.session.READ });
const pools = await drawPools(session);
await session.close();
await driver.close();
const all = pairs(contract, next);
const processes = pids.split(',');

async function stream(pair, until) {
  let count = 0;
  let i = 0;
  while (Date.now() < until) {
    const request = pair[side];
    const v = pair.variables(pools, i++);
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: request.query, variables: request.variables ? request.variables(v) : v }),
    });
    const body = await response.json();
    if (response.status !== 200 || body.errors) throw new Error(`${pair.name}: ${response.status} ${JSON.stringify(body).slice(0, 300)}`);
    count++;
  }
  return count;
}

console.log(`side ${side}, ${clients} clients, ${seconds} s per pair after ${warm} s; load average ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
console.log(`| pair | requests/s | CPU ms per request (${processes.join(' + ')}) | total |`);
console.log('|---|---|---|---|');
for (const name of names.split(',')) {
  const pair = all.find((p) => p.name === name);
  if (!pair) throw new Error(`no pair ${name}`);
  await Promise.all(Array.from({ length: Number(clients) }, () => stream(pair, Date.now() + Number(warm) * 1000)));
  const before = processes.map(cpu);
  const started = performance.now();
  const counts = await Promise.all(Array.from({ length: Number(clients) }, () => stream(pair, Date.now() + Number(seconds) * 1000)));
  const elapsed = (performance.now() - started) / 1000;
  const requests = counts.reduce((a, b) => a + b, 0);
  const perRequest = processes.map((pid, k) => (cpu(pid) - before[k]) / requests);
  console.log(`| ${name} | ${(requests / elapsed).toFixed(1)} | ${perRequest.map((x) => x.toFixed(2)).join(' + ')} | ${perRequest.reduce((a, b) => a + b, 0).toFixed(2)} |`);
}
console.log(`load average after ${loadavg().map((x) => x.toFixed(2)).join(', ')}`);
