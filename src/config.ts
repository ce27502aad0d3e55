import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Everything the service reads from its environment, with the defaults README.md lists. */
/**
 * The repository's root, for files shipped with the code (cypher/, launcher/, seed/): the
 * nearest folder with a package.json, whether this runs from src/ (tests) or dist/src/.
 */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

export interface Config {
  /** HTTP port of the GraphQL service (PORT, 4000). */
  port: number;
  /** Interface the service listens on (HOST, 0.0.0.0). */
  host: string;
  /** External Neo4j (NEO4J_URI); when unset, an embedded Neo4j is started. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  embedded: {
    /** Data directory of the embedded database; survives restarts (NEO4J_DATA_DIR). */
    dataDir: string;
    boltPort: number;
    pageCacheMb: number;
    heapMb: number;
  };
  /** Seconds to wait for the database before giving up (NEO4J_READY_TIMEOUT_S). */
  readyTimeoutS: number;
  /** Directory of the seed files (SEED_DIR). */
  seedDir: string;
  /** Load the seed when the graph is empty at start-up (SEED_ON_START, true). */
  seedOnStart: boolean;
  /** Allowed CORS origins; '*' for any (CORS_ORIGIN). */
  corsOrigin: string;
  /** API tokens with roles, `token:role:name,…` (GOVGRAPH_TOKENS); none means read-only. */
  tokens?: string;
  /** Add `extensions.roundTrips` (statements sent to Neo4j) to each response (GOVGRAPH_REPORT_ROUND_TRIPS). */
  reportRoundTrips: boolean;
}

function integer(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    throw new Error(`${name} must be a positive whole number, got '${raw}'`);
  }
  return value;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const root = ROOT;
  return {
    port: integer(env, 'PORT', 4000),
    host: env.HOST || '0.0.0.0',
    neo4jUri: env.NEO4J_URI || undefined,
    neo4jUser: env.NEO4J_USER || 'neo4j',
    neo4jPassword: env.NEO4J_PASSWORD || 'neo4j',
    neo4jDatabase: env.NEO4J_DATABASE || 'neo4j',
    embedded: {
      dataDir: resolve(env.NEO4J_DATA_DIR || resolve(root, '.data', 'neo4j')),
      boltPort: integer(env, 'NEO4J_BOLT_PORT', 7687),
      pageCacheMb: integer(env, 'NEO4J_PAGE_CACHE_MB', 128),
      heapMb: integer(env, 'NEO4J_HEAP_MB', 768),
    },
    readyTimeoutS: integer(env, 'NEO4J_READY_TIMEOUT_S', 180),
    seedDir: resolve(env.SEED_DIR || resolve(root, 'seed')),
    seedOnStart: (env.SEED_ON_START ?? 'true') !== 'false',
    corsOrigin: env.CORS_ORIGIN || '*',
    tokens: env.GOVGRAPH_TOKENS,
    reportRoundTrips: env.GOVGRAPH_REPORT_ROUND_TRIPS === 'true',
  };
}

