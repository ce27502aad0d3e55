import { bool, cleanEnv, makeValidator, port, str, EnvError } from 'envalid';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseTokens } from './auth/tokens';

/**
 * The repository's root, for files shipped with the code (cypher/, launcher/, seed/): the
 * nearest folder with a package.json, whether this runs from src/ (tests) or dist/src/.
 */
export const ROOT = (() => {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
})();

/** A whole number in [min, max]; the message says the range so the fix is plain. */
const whole = (min: number, max: number) =>
  makeValidator<number>((raw) => {
    const value = Number(raw);
    if (!/^\s*\d+\s*$/.test(raw) || !Number.isSafeInteger(value) || value < min || value > max) {
      throw new EnvError(`must be a whole number from ${min} to ${max}`);
    }
    return value;
  });

/** Token entries are checked here, so a weak token stops the service before Neo4j starts. */
const tokenList = makeValidator<string>((raw) => {
  try {
    parseTokens(raw);
  } catch (e) {
    throw new EnvError((e as Error).message.replace(/^GOVGRAPH_TOKENS:? ?/, ''));
  }
  return raw;
});

const neo4jUri = makeValidator<string>((raw) => {
  if (!/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^/\s:]+(:\d{1,5})?\/?$/.test(raw)) {
    throw new EnvError('must be bolt://host:port or neo4j://host:port (bolt+s/neo4j+s for TLS), with no path');
  }
  return raw;
});

/**
 * Every variable the service reads, with its default, a description and an example: the
 * table in README.md is this list. Each entry is checked before anything starts.
 */
const SPEC = {
  PORT: port({ default: 4000, desc: 'HTTP port', example: '4000' }),
  HOST: str({ default: '0.0.0.0', desc: 'interface to listen on', example: '127.0.0.1' }),
  NEO4J_URI: neo4jUri({ default: '', desc: 'an external Neo4j; unset starts the embedded one', example: 'bolt://localhost:7687' }),
  NEO4J_USER: str({ default: 'neo4j', desc: 'user for NEO4J_URI', example: 'neo4j' }),
  NEO4J_PASSWORD: str({ default: 'neo4j', desc: 'password for NEO4J_URI', example: 'change-me' }),
  NEO4J_DATABASE: str({ default: 'neo4j', desc: 'database name', example: 'neo4j' }),
  NEO4J_DATA_DIR: str({ default: '', desc: 'data directory of the embedded database (default .data/neo4j)', example: '/var/lib/govgraph' }),
  NEO4J_BOLT_PORT: port({ default: 7687, desc: 'Bolt port of the embedded database (loopback only)', example: '7687' }),
  NEO4J_PAGE_CACHE_MB: whole(16, 1_000_000)({ default: 128, desc: 'page cache of the embedded database, MB', example: '128' }),
  NEO4J_HEAP_MB: whole(256, 1_000_000)({ default: 768, desc: 'JVM heap of the embedded database, MB', example: '768' }),
  NEO4J_READY_TIMEOUT_S: whole(1, 3600)({ default: 180, desc: 'how long to wait for the database at start-up, seconds', example: '180' }),
  NEO4J_TX_TIMEOUT_MS: whole(100, 600_000)({ default: 5000, desc: 'longest a single read transaction may run in Neo4j, ms', example: '5000' }),
  NEO4J_TX_MEMORY_MB: whole(16, 100_000)({ default: 256, desc: 'memory one transaction may use in the embedded Neo4j, MB', example: '256' }),
  SEED_DIR: str({ default: '', desc: 'seed files (default seed/)', example: 'seed' }),
  SEED_ON_START: bool({ default: true, desc: 'load the seed when the graph is empty', example: 'true' }),
  CORS_ORIGIN: str({ default: '*', desc: 'allowed origins, comma-separated; never with credentials', example: 'https://www.regionostergotland.se' }),
  GOVGRAPH_TOKENS: tokenList({
    default: '',
    desc: 'API tokens for writes: token:role:name,… with role reader, editor or admin',
    example: 'a-long-secret:editor:alice',
  }),
  GOVGRAPH_REPORT_ROUND_TRIPS: bool({ default: false, desc: 'add extensions.roundTrips to responses', example: 'false' }),
  GOVGRAPH_QUIET: bool({ default: false, desc: 'silence the start-up log', example: 'false' }),
  GOVGRAPH_INTROSPECTION: bool({ default: true, desc: 'answer introspection queries (GraphiQL needs them)', example: 'true' }),
  GOVGRAPH_FIELD_SUGGESTIONS: bool({ default: true, desc: 'suggest field names in validation errors ("Did you mean …?")', example: 'true' }),
  GOVGRAPH_MAX_DEPTH: whole(1, 100)({ default: 15, desc: 'deepest nesting of fields an operation may have', example: '15' }),
  GOVGRAPH_MAX_ALIASES: whole(1, 1000)({ default: 15, desc: 'aliases an operation may use', example: '15' }),
  GOVGRAPH_MAX_TOKENS: whole(100, 100_000)({ default: 2000, desc: 'lexical tokens a document may have', example: '2000' }),
  GOVGRAPH_MAX_DIRECTIVES: whole(1, 1000)({ default: 50, desc: 'directives an operation may use', example: '50' }),
  GOVGRAPH_MAX_SELECTIONS: whole(
    100,
    10_000_000,
  )({ default: 20_000, desc: 'fields an operation may select once its fragments are expanded (fragment fan-out)', example: '20000' }),
  GOVGRAPH_MAX_COST: whole(
    10,
    10_000_000,
  )({ default: 10_000, desc: 'estimated cost of an operation: each field 1, multiplied by the list sizes above it', example: '10000' }),
  GOVGRAPH_LIST_CAP: whole(1, 100_000)({ default: 10, desc: 'size the cost estimate assumes for a nested list without first/last', example: '10' }),
  GOVGRAPH_MAX_IDS: whole(1, 10_000)({ default: 100, desc: 'ids one nodes(ids:) call may ask for', example: '100' }),
  GOVGRAPH_REQUEST_TIMEOUT_MS: whole(100, 600_000)({ default: 10_000, desc: 'deadline for one request, ms', example: '10000' }),
  GOVGRAPH_RATE_WINDOW_S: whole(1, 86_400)({ default: 60, desc: 'window of the rate limits, seconds', example: '60' }),
  GOVGRAPH_RATE_READS: whole(1, 10_000_000)({ default: 1200, desc: 'requests per client and window', example: '1200' }),
  GOVGRAPH_RATE_WRITES: whole(1, 10_000_000)({ default: 120, desc: 'mutations per client and window', example: '120' }),
  GOVGRAPH_RATE_AUTH_FAILURES: whole(1, 10_000_000)({ default: 20, desc: 'requests with a wrong token per client and window', example: '20' }),
  GOVGRAPH_CACHE_MAX_AGE_S: whole(
    0,
    31_536_000,
  )({ default: 300, desc: 'how long caches may keep a read (Cache-Control: public, max-age), seconds; 0 makes every answer no-store', example: '300' }),
  GOVGRAPH_TRUST_PROXY: str({
    default: 'false',
    desc: "Express's trust proxy: false, true, a hop count or addresses; set it behind a reverse proxy so rate limits see the client",
    example: '1',
  }),
};

/** Values never printed in errors. */
const SECRET = new Set(['NEO4J_PASSWORD', 'GOVGRAPH_TOKENS']);

type Env = ReturnType<typeof cleanEnv<typeof SPEC>>;

/** The configuration variables, for README and error messages: name, default, meaning. */
export const VARIABLES = Object.entries(SPEC).map(([name, spec]) => ({ name, default: (spec as any).default, desc: (spec as any).desc as string }));

export interface Config {
  port: number;
  host: string;
  /** External Neo4j (NEO4J_URI); when unset, an embedded Neo4j is started. */
  neo4jUri?: string;
  neo4jUser: string;
  neo4jPassword: string;
  neo4jDatabase: string;
  embedded: {
    dataDir: string;
    boltPort: number;
    pageCacheMb: number;
    heapMb: number;
    /** Memory one transaction may use (db.memory.transaction.max). */
    txMemoryMb: number;
  };
  readyTimeoutS: number;
  /** Longest one read transaction may run; the driver sends it with every transaction. */
  txTimeoutMs: number;
  seedDir: string;
  seedOnStart: boolean;
  corsOrigin: string;
  tokens?: string;
  reportRoundTrips: boolean;
  quiet: boolean;
  introspection: boolean;
  fieldSuggestions: boolean;
  /** How long caches may keep a read without a token (Cache-Control max-age, seconds). */
  cacheMaxAgeS: number;
  /** What one request may ask for; checked before any Cypher runs. */
  limits: {
    depth: number;
    aliases: number;
    tokens: number;
    directives: number;
    selections: number;
    cost: number;
    listCap: number;
    ids: number;
    requestTimeoutMs: number;
  };
  rateLimits: {
    windowS: number;
    reads: number;
    writes: number;
    authFailures: number;
    trustProxy: boolean | number | string;
  };
}

/** Raised when the environment is wrong; lists every problem at once. */
export class ConfigError extends Error {}

function trustProxy(raw: string): boolean | number | string {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^\d+$/.test(raw)) return Number(raw);
  return raw;
}

/**
 * Reads and checks the whole environment before anything starts. Every problem is
 * reported at once: the variable, what is wrong with its value, and an example.
 */
export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set", as in a compose file's `FOO=`.
  const given = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const e: Env = cleanEnv(given, SPEC, {
    reporter: ({ errors }) => {
      const problems = Object.entries(errors).map(([name, error]) => {
        const spec = (SPEC as any)[name];
        const shown = SECRET.has(name) ? '(hidden)' : JSON.stringify(given[name] ?? '');
        return `  ${name}=${shown}: ${describe(error as Error)} (${spec.desc}; e.g. ${name}=${spec.example})`;
      });
      if (problems.length) throw new ConfigError(`configuration: ${problems.length} problem(s):\n${problems.join('\n')}`);
    },
  });
  return {
    port: e.PORT,
    host: e.HOST,
    neo4jUri: e.NEO4J_URI || undefined,
    neo4jUser: e.NEO4J_USER,
    neo4jPassword: e.NEO4J_PASSWORD,
    neo4jDatabase: e.NEO4J_DATABASE,
    embedded: {
      dataDir: resolve(e.NEO4J_DATA_DIR || resolve(ROOT, '.data', 'neo4j')),
      boltPort: e.NEO4J_BOLT_PORT,
      pageCacheMb: e.NEO4J_PAGE_CACHE_MB,
      heapMb: e.NEO4J_HEAP_MB,
      txMemoryMb: e.NEO4J_TX_MEMORY_MB,
    },
    readyTimeoutS: e.NEO4J_READY_TIMEOUT_S,
    txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
    seedDir: resolve(e.SEED_DIR || resolve(ROOT, 'seed')),
    seedOnStart: e.SEED_ON_START,
    corsOrigin: e.CORS_ORIGIN,
    tokens: e.GOVGRAPH_TOKENS || undefined,
    reportRoundTrips: e.GOVGRAPH_REPORT_ROUND_TRIPS,
    quiet: e.GOVGRAPH_QUIET,
    introspection: e.GOVGRAPH_INTROSPECTION,
    fieldSuggestions: e.GOVGRAPH_FIELD_SUGGESTIONS,
    cacheMaxAgeS: e.GOVGRAPH_CACHE_MAX_AGE_S,
    limits: {
      depth: e.GOVGRAPH_MAX_DEPTH,
      aliases: e.GOVGRAPH_MAX_ALIASES,
      tokens: e.GOVGRAPH_MAX_TOKENS,
      directives: e.GOVGRAPH_MAX_DIRECTIVES,
      selections: e.GOVGRAPH_MAX_SELECTIONS,
      cost: e.GOVGRAPH_MAX_COST,
      listCap: e.GOVGRAPH_LIST_CAP,
      ids: e.GOVGRAPH_MAX_IDS,
      requestTimeoutMs: e.GOVGRAPH_REQUEST_TIMEOUT_MS,
    },
    rateLimits: {
      windowS: e.GOVGRAPH_RATE_WINDOW_S,
      reads: e.GOVGRAPH_RATE_READS,
      writes: e.GOVGRAPH_RATE_WRITES,
      authFailures: e.GOVGRAPH_RATE_AUTH_FAILURES,
      trustProxy: trustProxy(e.GOVGRAPH_TRUST_PROXY),
    },
  };
}

/** envalid's own words ("Invalid bool input") name no fix; say what is accepted. */
function describe(error: Error): string {
  if (/Invalid bool/.test(error.message)) return 'must be true or false (also yes/no, 1/0, on/off)';
  if (/Invalid port/.test(error.message)) return 'must be a port number from 1 to 65535';
  return error.message.replace(/^Invalid \w+ input: .*$/, 'is not valid');
}
