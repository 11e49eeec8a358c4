// The training workload of the AOT cache: what the service is asked in production, for long enough that the JIT
// compiles the request path and the JVM records the method profiles the cache stores (JEP 515).
//   node bench/aot/workload.js --ours http://127.0.0.1:8080/graphql --bolt bolt://127.0.0.1:7687 [--seconds 180] [--clients 2]
// Our side of every pair of the peer comparison (bench/peer/pairs.js, variables from bench/peer/pools.js), and the
// contract reads that have no pair (PartnerPaths, BridgingBrokers, Search, BaseMatches), in turn, from a few
// clients at once. Reads only. Prints the requests sent and the errors; any error fails the command (exit 1).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import neo4j from '../peer/node_modules/neo4j-driver/lib/index.js';
import { pairs } from '../peer/pairs.js';
import { drawPools } from '../peer/pools.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, arg, i, all) => {
  if (arg.startsWith('--')) acc.push([arg.slice(2), all[i + 1]]);
  return acc;
}, []));
const OURS = args.ours ?? 'http://127.0.0.1:8080/graphql';
const SECONDS = Number(args.seconds ?? 180);
const CLIENTS = Number(args.clients ?? 2);
const contractDir = args.contract ?? join(here, '..', '..', '..', 'shared', 'contract', 'operations');
const nextDir = args.next ?? join(here, '..', '..', '..', 'shared', 'contract', 'next');
const contract = (name) => readFileSync(join(contractDir, `${name}.graphql`), 'utf8');

const driver = neo4j.driver(args.bolt ?? 'bolt://127.0.0.1:7687');
const session = driver.session();
const pools = await drawPools(session);
await session.close();
await driver.close();

const SEARCH_TEXTS = ['锂电池安全性放大验证', '纺织印染节水', '石材加工中试', 'pilot line for battery materials', '食品检测'];
const shapes = [
  ...pairs(contractDir, nextDir).filter((pair) => !pair.optional).map((pair) => ({
    name: pair.name, query: pair.ours.query,
    variables: (i) => { const v = pair.variables(pools, i); return pair.ours.variables ? pair.ours.variables(v) : v; },
  })),
  { name: 'PartnerPaths', query: contract('PartnerPaths'), variables: (i) => pools.pathPairs[i % pools.pathPairs.length] },
  { name: 'BridgingBrokers', query: contract('BridgingBrokers'),
    variables: (i) => { const p = pools.pathPairs[i % pools.pathPairs.length]; return { a: p.from, b: p.to }; } },
  { name: 'Search', query: contract('Search'), variables: (i) => ({ text: SEARCH_TEXTS[i % SEARCH_TEXTS.length] }) },
  { name: 'BaseMatches', query: contract('BaseMatches'), variables: (i) => ({ resultId: pools.pathPairs[i % pools.pathPairs.length].from }) },
];

const sent = Object.fromEntries(shapes.map((shape) => [shape.name, 0]));
const errors = [];
const deadline = performance.now() + SECONDS * 1000;
await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
  for (let i = c; performance.now() < deadline; i++) {
    const shape = shapes[i % shapes.length];
    const round = Math.floor(i / shapes.length);
    try {
      const response = await fetch(OURS, {
        method: 'POST', headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify({ query: shape.query, variables: shape.variables(round) }),
      });
      const body = await response.json();
      if (response.status !== 200 || body.errors) throw new Error(`${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 200)}`);
      sent[shape.name]++;
    }
    catch (error) {
      errors.push(`${shape.name}: ${error.message}`);
    }
  }
}));
const total = Object.values(sent).reduce((a, b) => a + b, 0);
console.log(`training workload: ${total} requests in ${SECONDS} s from ${CLIENTS} clients, ${errors.length} errors`);
console.log(Object.entries(sent).map(([name, n]) => `${name} ${n}`).join(', '));
if (errors.length) {
  console.error(errors.slice(0, 5).join('\n'));
  process.exit(1);
}
