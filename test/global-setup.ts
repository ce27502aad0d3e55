import 'reflect-metadata';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/config';
import { connect } from '../src/db/database';
import { startEmbedded } from '../src/db/embedded';
import { migrate } from '../src/db/migrate';
import { loadSeed } from '../src/seed/load';
import { freePort } from '../src/db/ports';

export { freePort };

/**
 * Starts a real Neo4j with the project's launcher in its own data directory and port,
 * applies the migrations and loads the seed. Tests read the URI from the environment.
 */
export default async function globalSetup(): Promise<void> {
  // Own directory per run, so parallel runs (and a developer's database) never collide.
  const dataDir = join(ROOT, '.data', `test-${process.pid}`);
  rmSync(dataDir, { recursive: true, force: true });
  const started = Date.now();
  process.stdout.write('\n[test setup] starting embedded Neo4j for the tests…\n');
  // The same caps as production (NEO4J_TX_TIMEOUT_MS, NEO4J_TX_MEMORY_MB defaults), so tests meet them.
  const neo4j = await startEmbedded({
    dataDir,
    boltPort: await freePort(),
    pageCacheMb: 64,
    heapMb: 768,
    readyTimeoutS: 180,
    txTimeoutMs: 5000,
    txMemoryMb: 256,
  });
  const db = await connect(neo4j.uri, 'neo4j', 'neo4j', 'neo4j', 60);
  await migrate(db);
  const loaded = await loadSeed(db, join(ROOT, 'seed'));
  await db.driver.close();
  process.stdout.write(
    `[test setup] Neo4j at ${neo4j.uri} with ${loaded.nodes} nodes, ${loaded.relationships} relationships (${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
  );
  process.env.GOVGRAPH_TEST_NEO4J_URI = neo4j.uri;
  (globalThis as any).__GOVGRAPH_NEO4J__ = neo4j;
  (globalThis as any).__GOVGRAPH_TEST_DIR__ = dataDir;
}
