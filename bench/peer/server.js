// The peer: @neo4j/graphql on @apollo/server (standalone, plain HTTP), over the database pilotgraph embeds.
//   NEO4J_URI=bolt://127.0.0.1:7687 PORT=4000 node bench/peer/server.js
// No authentication on either side (the embedded database listens on loopback only).
// The driver's sockets get TCP_NODELAY (nodelay.js; PEER_NODELAY=0 leaves the driver's default, Nagle's algorithm on).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { withoutNagle } from './nodelay.js';

if (process.env.PEER_NODELAY !== '0') {
  withoutNagle();
}

const here = dirname(fileURLToPath(import.meta.url));
const typeDefs = readFileSync(join(here, 'typeDefs.graphql'), 'utf8');
const uri = process.env.NEO4J_URI ?? 'bolt://127.0.0.1:7687';
const port = Number(process.env.PORT ?? 4000);

const driver = neo4j.driver(uri, undefined, { maxConnectionPoolSize: 50 });
const neoSchema = new Neo4jGraphQL({ typeDefs, driver });
const schema = await neoSchema.getSchema();
const server = new ApolloServer({ schema });
const { url } = await startStandaloneServer(server, {
  listen: { port, host: '127.0.0.1' },
  context: async ({ req }) => ({ token: req.headers.authorization }),
});
console.log(`peer ready at ${url} over ${uri}`);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  });
}
