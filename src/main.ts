import 'reflect-metadata';
import { readConfig, type Config } from './config';
import { Availability } from './db/availability';
import { connect, type Database } from './db/database';
import { EmbeddedSupervisor } from './db/supervisor';
import { migrate } from './db/migrate';
import { log } from './log';
import { seedIfEmpty } from './seed/load';
import { mountApi, type RunningServer } from './server/app';
import { listen } from './server/http';

/** A running govgraph: database, GraphQL server and how to stop them in order. */
export interface Service {
  db: Database;
  server: RunningServer;
  /** The embedded Neo4j and its supervisor (restarts it when its JVM dies); absent with NEO4J_URI. */
  embedded?: EmbeddedSupervisor;
  stop(): Promise<void>;
}

/**
 * Neo4j's own transaction timeout is this much longer than the driver's per-transaction
 * one (NEO4J_TX_TIMEOUT_MS), so the driver's, with its clear REQUEST_TIMEOUT, fires first;
 * Neo4j's is the backstop for any transaction that sets no timeout of its own.
 */
const SERVER_TX_TIMEOUT_MARGIN_MS = 1000;

/** Start-up does the whole job: database, migrations, seed, GraphQL. One log line a step. */
export async function startService(config: Config): Promise<Service> {
  // The port first: a conflict is reported before Neo4j spends seconds starting.
  const shell = await listen(config);
  log('http', `listening on ${config.host}:${config.port} (${shell.url}); /health answers, the API follows once the database is ready`);
  // Shared by the supervisor, the driver and the probes: while the database is down, requests are refused at once.
  const availability = new Availability();
  let embedded: EmbeddedSupervisor | undefined;
  let uri = config.neo4jUri;
  if (!uri) {
    const started = Date.now();
    log('neo4j', `starting embedded Neo4j 5.26 (data ${config.embedded.dataDir}, bolt port ${config.embedded.boltPort})`);
    try {
      embedded = await EmbeddedSupervisor.start(
        { ...config.embedded, readyTimeoutS: config.readyTimeoutS, txTimeoutMs: config.txTimeoutMs + SERVER_TX_TIMEOUT_MARGIN_MS },
        availability,
      );
    } catch (e) {
      await shell.close();
      throw e;
    }
    uri = embedded.uri;
    log('neo4j', `embedded Neo4j ready at ${uri} in ${((Date.now() - started) / 1000).toFixed(1)} s (pid ${embedded.pid})`);
  }
  try {
    const db = await connect(uri, config.neo4jUser, config.neo4jPassword, config.neo4jDatabase, config.readyTimeoutS, { availability });
    log('db', `connected to ${uri}, database '${config.neo4jDatabase}'`);
    const applied = await migrate(db);
    log('db', applied.length ? `applied migrations ${applied.join(', ')}` : 'migrations up to date');
    if (config.seedOnStart) {
      const seeded = await seedIfEmpty(db, config.seedDir);
      log(
        'seed',
        seeded ? `loaded ${seeded.nodes} nodes and ${seeded.relationships} relationships from ${config.seedDir}` : 'graph already holds data; seed not loaded',
      );
    }
    const server = await mountApi(shell, db, config);
    availability.monitor();
    log('http', `GraphQL at ${server.url}/graphql`);
    void server.warmUp();
    const stop = async () => {
      availability.close();
      await server.stop();
      await db.driver.close();
      await embedded?.stop();
    };
    return { db, server, embedded, stop };
  } catch (e) {
    await shell.close();
    await embedded?.stop();
    throw e;
  }
}

async function main(): Promise<void> {
  let service: Service | undefined;
  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log('service', `${signal} received; stopping`);
    await service?.stop();
    log('service', 'stopped');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  try {
    const config = readConfig();
    service = await startService(config);
  } catch (e) {
    console.error(`govgraph failed to start: ${(e as Error).message}`);
    process.exit(1);
  }
}

if (require.main === module) void main();
