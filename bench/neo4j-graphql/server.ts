import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import neo4j from 'neo4j-driver';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/config';

/**
 * @neo4j/graphql 7 over the benchmark's database, as its documentation sets it up: the
 * library's schema from bench/neo4j-graphql/typeDefs.graphql, served by Apollo Server's
 * standalone HTTP server on 127.0.0.1. Started by bench/run.ts with BOLT_URI and PORT;
 * prints "ready <port>" once it answers.
 */
async function main(): Promise<void> {
  const boltUri = process.env.BOLT_URI;
  const port = Number(process.env.PORT);
  if (!boltUri || !port) throw new Error('BOLT_URI and PORT must be set (bench/run.ts starts this server)');
  // The pool govgraph's driver has (src/db/database.ts).
  const driver = neo4j.driver(boltUri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'neo4j'), {
    maxConnectionPoolSize: 50,
  });
  const typeDefs = readFileSync(join(ROOT, 'bench', 'neo4j-graphql', 'typeDefs.graphql'), 'utf8');
  const started = Date.now();
  const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
  const schemaMs = Date.now() - started;
  const server = new ApolloServer({ schema });
  await startStandaloneServer(server, { listen: { port, host: '127.0.0.1' } });
  console.log(`ready ${port} (schema built in ${schemaMs} ms)`);
  const stop = async () => {
    await server.stop();
    await driver.close();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e) => {
  console.error(`neo4j-graphql server failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
