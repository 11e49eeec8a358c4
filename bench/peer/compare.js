// Side-by-side comparison of our GraphQL service and the peer (@neo4j/graphql) over the same database.
//   node bench/peer/compare.js --ours http://127.0.0.1:8080/graphql --peer http://127.0.0.1:4000/ \
//        --bolt bolt://127.0.0.1:7687 --label main-S [--seconds 15] [--sequential 200] [--only A,B]
// For every pair (pairs.js): (a) both answers must carry the same data for every variable set of the check, else
// the pair is reported as differing and not timed; (b) statements per request as the database counts them
// (db.stats query collector); (c) one request at a time, ours and the peer's alternating on the same variables:
// p50/p90/p99; (d) throughput at 4 clients for --seconds each side. Writes out/<label>.json and out/<label>.md
// and prints the table. Nothing else may talk to the database meanwhile (the collector counts every statement).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { cpus, loadavg } from 'node:os';
import neo4j from 'neo4j-driver';
import { pairs } from './pairs.js';
import { drawPools } from './pools.js';

const here = dirname(fileURLToPath(import.meta.url));
const args = Object.fromEntries(process.argv.slice(2).reduce((acc, arg, i, all) => {
  if (arg.startsWith('--')) acc.push([arg.slice(2), all[i + 1]?.startsWith('--') || all[i + 1] === undefined ? 'true' : all[i + 1]]);
  return acc;
}, []));
const OURS = args.ours ?? 'http://127.0.0.1:8080/graphql';
const PEER = args.peer ?? 'http://127.0.0.1:4000/';
const BOLT = args.bolt ?? 'bolt://127.0.0.1:7687';
const LABEL = args.label ?? 'run';
const SECONDS = Number(args.seconds ?? 15);
const SEQUENTIAL = Number(args.sequential ?? 200);
const SEQUENTIAL_SECONDS = Number(args['sequential-seconds'] ?? 40);
const CLIENTS = Number(args.clients ?? 4);
const CHECKS = Number(args.checks ?? 5);
const WARMUP_SECONDS = Number(args['warmup-seconds'] ?? 30);
const ONLY = args.only ? new Set(args.only.split(',')) : null;
const contractDir = args.contract ?? join(here, '..', '..', '..', 'shared', 'contract', 'operations');
const nextDir = args.next ?? join(here, '..', '..', '..', 'shared', 'contract', 'next');

const load = () => loadavg().map((x) => x.toFixed(2)).join(', ');

async function post(url, { query, variables }) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body;
  try {
    body = JSON.parse(text);
  }
  catch {
    throw new Error(`${url} answered ${response.status}: ${text.slice(0, 300)}`);
  }
  if (response.status !== 200 || body.errors) {
    throw new Error(`${url} answered ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  return body.data;
}

const request = (side, v) => ({ query: side.query, variables: side.variables ? side.variables(v) : v });

function firstDifference(a, b, path = '') {
  if (isDeepStrictEqual(a, b)) return null;
  if (Array.isArray(a) && Array.isArray(b)) {
    if (a.length !== b.length) return `${path}: ${a.length} vs ${b.length} items`;
    for (let i = 0; i < a.length; i++) {
      const d = firstDifference(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    for (const key of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference(a[key], b[key], `${path}.${key}`);
      if (d) return d;
    }
  }
  return `${path}: ${JSON.stringify(a)?.slice(0, 200)} vs ${JSON.stringify(b)?.slice(0, 200)}`;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

function summary(millis) {
  const sorted = [...millis].sort((a, b) => a - b);
  return { n: sorted.length, p50: percentile(sorted, 50), p90: percentile(sorted, 90), p99: percentile(sorted, 99) };
}

async function statements(session, times, work) {
  await session.run("CALL db.stats.stop('QUERIES')");
  await session.run("CALL db.stats.clear('QUERIES')");
  await session.run("CALL db.stats.collect('QUERIES')");
  for (let i = 0; i < times; i++) await work(i);
  await session.run("CALL db.stats.stop('QUERIES')");
  const result = await session.run(`CALL db.stats.retrieve('QUERIES') YIELD data
    WITH data WHERE NOT data.query CONTAINS 'db.stats'
    RETURN sum(data.invocationSummary.invocationCount) AS n`);
  return Number(result.records[0].get('n')) / times;
}

async function throughput(url, side, pair, pools) {
  const latencies = [];
  let errors = 0;
  let count = 0;
  const deadline = performance.now() + SECONDS * 1000;
  const started = performance.now();
  await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
    for (let i = c * 1000; performance.now() < deadline; i++) {
      const t = performance.now();
      try {
        await post(url, request(side, pair.variables(pools, i)));
        latencies.push(performance.now() - t);
      }
      catch {
        errors++;
      }
      count++;
    }
  }));
  const elapsed = (performance.now() - started) / 1000;
  return { ...summary(latencies), perSecond: latencies.length / elapsed, errors, count };
}

async function measure(pair, pools, session) {
  const result = { name: pair.name, title: pair.title, loadBefore: load() };
  // (a) the same data on both sides, for several variable sets
  for (let i = 0; i < CHECKS; i++) {
    const v = pair.variables(pools, i);
    let ours;
    try {
      ours = pair.sameOurs(await post(OURS, request(pair.ours, v)));
    }
    catch (error) {
      if (pair.optional) {
        result.skipped = `ours does not serve it (${error.message.replace(/^.*?"message":"/, "").slice(0, 100)})`;
      }
      else {
        result.failed = `ours, variables ${JSON.stringify(v)}: ${error.message.slice(0, 300)}`;
      }
      return result;
    }
    let peer;
    try {
      peer = pair.samePeer(await post(PEER, request(pair.peer, v)));
    }
    catch (error) {
      result.failed = `variables ${JSON.stringify(v)}: ${error.message.slice(0, 300)}`;
      return result;
    }
    const difference = firstDifference(ours, peer);
    if (difference) {
      result.differs = `variables ${JSON.stringify(v)}: ${difference}`;
      return result;
    }
    if (ours === null || (Array.isArray(ours) && ours.length === 0)) result.emptyChecks = (result.emptyChecks ?? 0) + 1;
  }
  result.sameData = CHECKS;
  // warm-up: plans cached, JIT warm on both sides
  const warmUpErrors = [];
  for (let i = 0; i < 20; i++) {
    const v = pair.variables(pools, i);
    for (const [url, side] of [[OURS, pair.ours], [PEER, pair.peer]]) {
      try {
        await post(url, request(side, v));
      }
      catch (error) {
        warmUpErrors.push(`${url}: ${error.message.slice(0, 200)}`);
      }
    }
  }
  if (warmUpErrors.length) result.warmUpErrors = warmUpErrors;
  // (b) statements per request, counted by the database
  const quietly = (url, side, i) => post(url, request(side, pair.variables(pools, i))).catch((error) => {
    result.statementErrors = [...(result.statementErrors ?? []), error.message.slice(0, 200)];
  });
  result.statementsOurs = await statements(session, 5, (i) => quietly(OURS, pair.ours, i));
  result.statementsPeer = await statements(session, 5, (i) => quietly(PEER, pair.peer, i));
  // (c) one at a time, alternating
  const ours = [];
  const peer = [];
  const deadline = performance.now() + SEQUENTIAL_SECONDS * 1000;
  for (let i = 0; i < SEQUENTIAL && performance.now() < deadline; i++) {
    const v = pair.variables(pools, i);
    for (const [url, side, into] of (i % 2 === 0 ? [[OURS, pair.ours, ours], [PEER, pair.peer, peer]]
      : [[PEER, pair.peer, peer], [OURS, pair.ours, ours]])) {
      const t = performance.now();
      try {
        await post(url, request(side, v));
        into.push(performance.now() - t);
      }
      catch (error) {
        result.sequentialErrors = [...(result.sequentialErrors ?? []), `${url}: ${error.message.slice(0, 200)}`];
      }
    }
  }
  result.sequentialOurs = summary(ours);
  result.sequentialPeer = summary(peer);
  result.loadAfterSequential = load();
  // (d) throughput at CLIENTS clients, ours then the peer's
  result.concurrentOurs = await throughput(OURS, pair.ours, pair, pools);
  result.concurrentPeer = await throughput(PEER, pair.peer, pair, pools);
  result.loadAfter = load();
  return result;
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '–');

function markdown(run) {
  const lines = [];
  lines.push(`Run \`${run.label}\`, ${run.started} to ${run.finished}; ours ${run.ours}, peer ${run.peer}, database ${run.bolt}; `
    + `${run.cores} cores; load average before ${run.loadBefore}, after ${run.loadAfter}. One at a time: up to ${SEQUENTIAL} `
    + `requests per side (alternating, same variables, at most ${SEQUENTIAL_SECONDS} s), after a warm-up of both sides `
    + `(${run.warmUp ? `${run.warmUp.requests} requests, every pair in turn, in ${run.warmUp.seconds} s${run.warmUp.clients ? `, half of each pair's share one at a time, half at ${run.warmUp.clients} clients per side` : ''}` : 'none'}); then ${CLIENTS} clients for ${SECONDS} s per side.`);
  lines.push('');
  lines.push('| pair | same data | statements ours / peer | ours p50 / p90 / p99 ms | peer p50 / p90 / p99 ms | **p50 ours ÷ peer** (target ≤ 0.9) '
    + `| req/s @${CLIENTS} ours / peer | **req/s ours ÷ peer** (target ≥ 1.2) | load avg (1 min) after one-at-a-time / after @${CLIENTS} |`);
  lines.push('|---|---|---|---|---|---|---|---|---|');
  for (const r of run.results) {
    if (r.skipped || r.differs || r.failed) {
      const why = r.skipped ? `not measured: ${r.skipped}` : r.differs ? `**differs**: ${r.differs}` : `**failed**: ${r.failed}`;
      lines.push(`| ${r.name} | ${why} | | | | | | | |`);
      continue;
    }
    const so = r.sequentialOurs;
    const sp = r.sequentialPeer;
    const p50 = so.p50 / sp.p50;
    const rps = r.concurrentOurs.perSecond / r.concurrentPeer.perSecond;
    lines.push(`| ${r.name} | yes (${r.sameData}${r.emptyChecks ? `, ${r.emptyChecks} empty` : ''}) | ${f1(r.statementsOurs)} / ${f1(r.statementsPeer)} `
      + `| ${f1(so.p50)} / ${f1(so.p90)} / ${f1(so.p99)} | ${f1(sp.p50)} / ${f1(sp.p90)} / ${f1(sp.p99)} `
      + `| **${f2(p50)}** ${p50 <= 0.9 ? 'met' : 'missed'} | ${f1(r.concurrentOurs.perSecond)} / ${f1(r.concurrentPeer.perSecond)} `
      + `| **${f2(rps)}** ${rps >= 1.2 ? 'met' : 'missed'} | ${r.loadAfterSequential.split(',')[0]} / ${r.loadAfter.split(',')[0]} |`);
  }
  const errors = run.results.reduce((n, r) => n + (r.concurrentOurs?.errors ?? 0) + (r.concurrentPeer?.errors ?? 0), 0);
  lines.push('');
  const sequential = run.results.reduce((n, r) => n + (r.sequentialErrors?.length ?? 0), 0);
  lines.push(`Errors under ${CLIENTS} clients: ${errors}; in the one-at-a-time phase: ${sequential} (left out of its percentiles).`);
  return lines.join('\n');
}

/**
 * Both servers, ours on the JVM and the peer on V8, compile their hot paths only after thousands of requests; a
 * freshly started JVM measured first would lose to its own cold start (a first run measured the first five pairs
 * cold and every later pair warm). So each selected pair is sent to both sides, unmeasured, for its share of
 * --warmup-seconds before the first pair is timed: a share each, so that one slow pair cannot starve the others.
 * Half of a pair's share is one request at a time, the sides alternating; the other half is the load of the
 * throughput phase, --clients at a time, first ours and then the peer's for a quarter each. After a warm-up of one
 * request at a time, the JVM was still compiling when the first pair was timed at 4 clients: a fresh run's
 * compilation log shows 70 C2 compilations per 10 s at the end of the warm-up, 471 and 297 in the 20 s in which
 * Bases20 was timed, and 113 methods deoptimised there (docs/benchmarks.md, seventh round). Errors are counted
 * here; the pair's own check reports them.
 */
async function warmUp(selected, pools) {
  const share = (WARMUP_SECONDS * 1000) / Math.max(1, selected.length);
  let requests = 0;
  let errors = 0;
  const send = async (url, side, pair, i) => {
    await post(url, request(side, pair.variables(pools, i))).catch(() => errors++);
    requests++;
  };
  for (const pair of selected) {
    const alternating = performance.now() + share / 2;
    for (let i = 0; performance.now() < alternating; i++) {
      await send(OURS, pair.ours, pair, i);
      await send(PEER, pair.peer, pair, i);
    }
    for (const [url, side] of [[OURS, pair.ours], [PEER, pair.peer]]) {
      const deadline = performance.now() + share / 4;
      await Promise.all(Array.from({ length: CLIENTS }, async (_, c) => {
        for (let i = c * 1000; performance.now() < deadline; i++) await send(url, side, pair, i);
      }));
    }
  }
  return { seconds: WARMUP_SECONDS, requests, errors, clients: CLIENTS };
}

const driver = neo4j.driver(BOLT);
const session = driver.session();
const run = {
  label: LABEL, ours: OURS, peer: PEER, bolt: BOLT, cores: cpus().length,
  started: new Date().toISOString(), loadBefore: load(), results: [],
};
try {
  const pools = await drawPools(session);
  console.error(`pools: ${Object.entries(pools).map(([k, v]) => `${k} ${v.length}`).join(', ')}`);
  const selected = pairs(contractDir, nextDir).filter((pair) => !ONLY || ONLY.has(pair.name));
  run.warmUp = await warmUp(selected, pools);
  console.error(`warm-up: ${run.warmUp.requests} requests in ${WARMUP_SECONDS} s, ${run.warmUp.errors} errors (load ${load()})`);
  for (const pair of selected) {
    const result = await measure(pair, pools, session);
    run.results.push(result);
    mkdirSync(join(here, 'out'), { recursive: true });
    writeFileSync(join(here, 'out', `${LABEL}.partial.json`), JSON.stringify(run, null, 2));
    console.error(`${pair.name}: ${result.skipped ?? result.differs ?? result.failed ?? `ours p50 ${f1(result.sequentialOurs.p50)} peer ${f1(result.sequentialPeer.p50)}, `
      + `ours ${f1(result.concurrentOurs.perSecond)}/s peer ${f1(result.concurrentPeer.perSecond)}/s, statements ${result.statementsOurs} / ${result.statementsPeer}`} (load ${load()})`);
  }
}
finally {
  await session.close();
  await driver.close();
}
run.finished = new Date().toISOString();
run.loadAfter = load();
const out = join(here, 'out');
mkdirSync(out, { recursive: true });
writeFileSync(join(out, `${LABEL}.json`), JSON.stringify(run, null, 2));
const table = markdown(run);
writeFileSync(join(out, `${LABEL}.md`), `${table}\n`);
console.log(table);
process.exit(run.results.some((r) => r.differs) ? 1 : 0);
