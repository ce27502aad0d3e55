import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { Availability } from './availability';
import { cypher } from './cypher';
import { diagnose } from './diagnose';
import { log } from '../log';
import type { Deadline } from './deadline';
import type { StatementName } from './statements';

export type Row = Record<string, any>;

/**
 * Work outside a request (migrations, loading the seed at start-up) sets its own, long
 * timeout: Neo4j's default cap (db.transaction.timeout in the embedded launcher) is sized
 * for requests and would end it on a slow machine.
 */
const OUTSIDE_REQUEST = { timeout: 600_000 };

/** Runs named statements inside one write transaction (see Database.transaction). */
export interface Tx {
  run(name: StatementName, params?: Row): Promise<Row[]>;
}

/**
 * The only way code reaches Neo4j: named statements with parameters, reads through
 * executeRead and writes through executeWrite (they retry transient errors and route
 * to the right cluster member on neo4j:// URIs). Each request gets its own view, whose
 * `roundTrips` counts the statements it sent and whose deadline bounds them (Neo4j's
 * transaction timeout is what is left; none is set on the shared, request-less view).
 */
export class Database {
  roundTrips = 0;
  /**
   * Request-wide switches a statement may name as parameters: `$stated` (only stated facts,
   * src/server/stated-only.ts). A statement gets those its text names; false outside a request.
   */
  readonly switches: { stated: boolean } = { stated: false };
  /** Sees every statement this view and its request views send (test/cypher-snapshots.test.ts records them). */
  onStatement?: (name: string, params: Row, text: string) => void;

  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly deadline?: Deadline,
    /** Shared by every view: while the database is known to be down, calls fail at once. */
    readonly availability: Availability = new Availability(),
  ) {}

  /** A view for one request: same driver, its own round-trip count and deadline. */
  forRequest(deadline?: Deadline): Database {
    const view = new Database(this.driver, this.name, deadline, this.availability);
    view.onStatement = this.onStatement;
    return view;
  }

  async read(statement: StatementName, params: Row = {}): Promise<Row[]> {
    return this.readText(statement, cypher(statement), params);
  }

  /** A statement planned from the request (src/plan) rather than read from a file. */
  async readPlanned(text: string, params: Row = {}): Promise<Row[]> {
    return this.readText('planned', text, params);
  }

  private async readText(name: string, text: string, given: Row): Promise<Row[]> {
    const params = withSwitches(text, given, this.switches);
    const config = this.deadline?.transactionConfig() ?? OUTSIDE_REQUEST;
    this.roundTrips++;
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      // The deadline is checked again on the driver's retries of a transient error.
      return await this.availability.guard(() =>
        session.executeRead((tx) => {
          this.deadline?.transactionConfig();
          this.onStatement?.(name, params, text);
          return runText(tx, text, params);
        }, config),
      );
    } catch (e) {
      throw this.deadline ? this.deadline.explain(e) : e;
    } finally {
      await session.close();
    }
  }

  async write(statement: StatementName, params: Row = {}): Promise<Row[]> {
    return this.transaction((tx) => tx.run(statement, params));
  }

  /** Several statements that commit together or not at all. */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const config = this.deadline?.transactionConfig() ?? OUTSIDE_REQUEST;
    const session = this.driver.session({ database: this.name });
    try {
      return await this.availability.guard(() =>
        session.executeWrite(
          (tx) =>
            work({
              run: async (statement, given = {}) => {
                this.deadline?.transactionConfig(); // past the deadline: fail, and the whole transaction rolls back
                this.roundTrips++;
                // A write reads and changes every fact, stated or not, whatever the request asked to read.
                const params = withSwitches(cypher(statement), given, { stated: false });
                this.onStatement?.(statement, params, cypher(statement));
                return runText(tx, cypher(statement), params);
              },
            }),
          config,
        ),
      );
    } catch (e) {
      throw this.deadline ? this.deadline.explain(e) : e;
    } finally {
      await session.close();
    }
  }

  /** Schema commands (migrations) cannot share a transaction with data writes. */
  async runSchema(text: string): Promise<void> {
    const session = this.driver.session({ database: this.name });
    try {
      await session.run(text, {}, OUTSIDE_REQUEST);
    } finally {
      await session.close();
    }
  }
}

/**
 * JavaScript numbers reach Cypher as floats; whole numbers must be integers (LIMIT, list
 * indexes, counts stored in the graph), so they are sent as Neo4j integers.
 */
function asParams(value: unknown): unknown {
  if (typeof value === 'number' && Number.isInteger(value)) return neo4j.int(value);
  if (Array.isArray(value)) return value.map(asParams);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asParams(v)]));
  }
  return value;
}

/** The parameters plus the request-wide switches the statement's text names. */
function withSwitches(text: string, given: Row, switches: { stated: boolean }): Row {
  return text.includes('$stated') ? { ...given, stated: switches.stated } : given;
}

async function runText(tx: ManagedTransaction, text: string, params: Row): Promise<Row[]> {
  const result = await tx.run(text, asParams(params) as Row);
  return result.records.map((r) => r.toObject());
}

/**
 * Driver limits that make an unreachable database fail a request in seconds rather than a
 * minute (the driver's defaults are 30 s to connect, 60 s to get a pooled connection and
 * 30 s of retries); a reachable database still gets its transient errors retried.
 */
const DRIVER_LIMITS = {
  connectionTimeout: 3000,
  connectionAcquisitionTimeout: 5000,
  maxTransactionRetryTime: 2000,
};
/** While waiting for the database at start-up, a progress line this often. */
const PROGRESS_EVERY_MS = 10_000;

/**
 * Creates the driver and waits until the server answers, saying at once what is wrong and
 * what to check, then every 10 s while it keeps trying; wrong credentials fail at once.
 */
export async function connect(
  uri: string,
  user: string,
  password: string,
  database: string,
  timeoutS: number,
  options: { availability?: Availability } = {},
): Promise<Database> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    ...DRIVER_LIMITS,
  });
  const started = Date.now();
  const deadline = started + timeoutS * 1000;
  let reportedAt = 0;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      const availability = options.availability ?? new Availability();
      availability.probeWith(() => ping(driver, database));
      return new Database(driver, database, undefined, availability);
    } catch (e) {
      const problem = diagnose(uri, database, e);
      if (problem.fatal || Date.now() >= deadline) {
        await driver.close();
        throw new Error(
          problem.fatal ? `cannot use the database at ${uri}: ${problem.message}` : `database at ${uri} not ready after ${timeoutS} s: ${problem.message}`,
          { cause: e },
        );
      }
      if (Date.now() - reportedAt >= PROGRESS_EVERY_MS) {
        const waited = Math.round((Date.now() - started) / 1000);
        log(
          'db',
          reportedAt
            ? `still waiting for ${uri} (${waited} s of ${timeoutS} s): ${problem.message}`
            : `cannot reach ${uri} yet: ${problem.message}; retrying for up to ${timeoutS} s`,
        );
        reportedAt = Date.now();
      }
      await new Promise((r) => setTimeout(r, Math.max(0, Math.min(1000, deadline - Date.now()))));
    }
  }
}

/**
 * One trivial read: the availability probe. Through executeRead, so a pooled connection
 * left broken by a restarted database is retried on a fresh one, not taken for an outage.
 */
async function ping(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    await session.executeRead((tx) => tx.run(cypher('system/ping')), { timeout: 2000 });
  } finally {
    await session.close();
  }
}
