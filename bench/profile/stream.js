// A steady stream of the contract's Entity and TestBases requests against one service, for profiling.
//   node bench/profile/stream.js <graphql url> <seconds> <clients> <entity id>...
// Each client alternates Entity (cycling through the ids) and TestBases (first 20); prints req/s at the end.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const here = dirname(fileURLToPath(import.meta.url));
const operations = join(here, '..', '..', '..', 'shared', 'contract', 'operations');
const contract = process.env.CONTRACT_DIR ?? operations;
const [url, seconds = '60', clients = '2', ...ids] = process.argv.slice(2);
const documents = {
  Entity: readFileSync(join(contract, 'Entity.graphql'), 'utf8'),
  TestBases: readFileSync(join(contract, 'TestBases.graphql'), 'utf8'),
};
let count = 0;
let errors = 0;
const deadline = Date.now() + Number(seconds) * 1000;

async function post(name, variables) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: documents[name], operationName: name, variables }),
  });
  const body = await response.json();
  if (response.status !== 200 || body.errors) {
    errors++;
    if (errors < 5) console.error(name, response.status, JSON.stringify(body).slice(0, 300));
  }
  count++;
}

async function client(offset) {
  for (let i = offset; Date.now() < deadline; i++) {
    await post('Entity', { id: ids[i % ids.length] });
    await post('TestBases', { first: 20 });
  }
}

const started = Date.now();
await Promise.all(Array.from({ length: Number(clients) }, (_, c) => client(c * 7)));
const elapsed = (Date.now() - started) / 1000;
console.log(`${count} requests in ${elapsed.toFixed(1)} s: ${(count / elapsed).toFixed(1)} req/s, ${errors} errors`);
