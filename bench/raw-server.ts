import neo4j from 'neo4j-driver';
import { createServer } from 'node:http';
import { RAW_PARAMS, rawStatement, type Variables } from './raw';

/**
 * The floor: a minimal HTTP endpoint over the hand-written statements of bench/raw/.
 * `POST /<operation>` with the operation's GraphQL variables as a JSON body runs its one
 * statement in one read transaction of its own session and answers `{"data": …}`.
 * Plain node:http, no framework. Started by bench/run.ts with BOLT_URI and PORT; prints
 * "ready <port>" once it listens on 127.0.0.1.
 */

/** Whole numbers go to Cypher as integers (LIMIT, list slices), as govgraph sends them. */
function asParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(asParams);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asParams(v)]));
  return value;
}

async function main(): Promise<void> {
  const boltUri = process.env.BOLT_URI;
  const port = Number(process.env.PORT);
  if (!boltUri || !port) throw new Error('BOLT_URI and PORT must be set (bench/run.ts starts this server)');
  const database = process.env.NEO4J_DATABASE ?? 'neo4j';
  // The pool govgraph's driver has (src/db/database.ts).
  const driver = neo4j.driver(boltUri, neo4j.auth.basic(process.env.NEO4J_USER ?? 'neo4j', process.env.NEO4J_PASSWORD ?? 'neo4j'), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
  });
  const statements = new Map(Object.keys(RAW_PARAMS).map((key) => [key, rawStatement(key)]));

  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', async () => {
      const key = (req.url ?? '/').slice(1);
      const text = statements.get(key);
      const answer = (status: number, body: unknown) => {
        const json = JSON.stringify(body);
        res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
        res.end(json);
      };
      if (req.method !== 'POST' || !text) return answer(404, { error: `POST /<operation>, one of ${[...statements.keys()].join(', ')}` });
      const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
      try {
        const variables = JSON.parse(Buffer.concat(chunks).toString('utf8') || '{}') as Variables;
        const params = asParams(RAW_PARAMS[key](variables)) as Variables;
        const result = await session.executeRead((tx) => tx.run(text, params));
        answer(200, { data: result.records[0]?.get('data') ?? null });
      } catch (e) {
        answer(500, { error: (e as Error).message });
      } finally {
        await session.close();
      }
    });
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  console.log(`ready ${port}`);
  const stop = () => server.close(() => driver.close().then(() => process.exit(0)));
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((e) => {
  console.error(`raw server failed: ${(e as Error).stack ?? e}`);
  process.exit(1);
});
