import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import { cypher } from './cypher';
import type { Deadline } from './deadline';

export type Row = Record<string, any>;

/** Runs named statements inside one write transaction (see Database.transaction). */
export interface Tx {
  run(name: string, params?: Row): Promise<Row[]>;
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

  constructor(
    readonly driver: Driver,
    readonly name: string,
    readonly deadline?: Deadline,
  ) {}

  /** A view for one request: same driver, its own round-trip count and deadline. */
  forRequest(deadline?: Deadline): Database {
    return new Database(this.driver, this.name, deadline);
  }

  async read(statement: string, params: Row = {}): Promise<Row[]> {
    const config = this.deadline?.transactionConfig();
    this.roundTrips++;
    const session = this.driver.session({ database: this.name, defaultAccessMode: neo4j.session.READ });
    try {
      // The deadline is checked again on the driver's retries of a transient error.
      return await session.executeRead((tx) => {
        this.deadline?.transactionConfig();
        return runNamed(tx, statement, params);
      }, config);
    } catch (e) {
      throw this.deadline ? this.deadline.explain(e) : e;
    } finally {
      await session.close();
    }
  }

  async write(statement: string, params: Row = {}): Promise<Row[]> {
    return this.transaction((tx) => tx.run(statement, params));
  }

  /** Several statements that commit together or not at all. */
  async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
    const config = this.deadline?.transactionConfig();
    const session = this.driver.session({ database: this.name });
    try {
      return await session.executeWrite(
        (tx) =>
          work({
            run: async (statement, params = {}) => {
              this.deadline?.transactionConfig(); // past the deadline: fail, and the whole transaction rolls back
              this.roundTrips++;
              return runNamed(tx, statement, params);
            },
          }),
        config,
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
      await session.run(text);
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

async function runNamed(tx: ManagedTransaction, statement: string, params: Row): Promise<Row[]> {
  const result = await tx.run(cypher(statement), asParams(params) as Row);
  return result.records.map((r) => r.toObject());
}

/** Creates the driver and waits until the server answers, or fails naming why. */
export async function connect(uri: string, user: string, password: string, database: string, timeoutS: number): Promise<Database> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), {
    disableLosslessIntegers: true,
    maxConnectionPoolSize: 50,
    connectionAcquisitionTimeout: 30_000,
  });
  const deadline = Date.now() + timeoutS * 1000;
  for (;;) {
    try {
      await driver.verifyConnectivity({ database });
      return new Database(driver, database);
    } catch (e) {
      if (Date.now() > deadline) {
        await driver.close();
        throw new Error(`database at ${uri} not ready after ${timeoutS} s: ${(e as Error).message}`);
      }
      await new Promise((r) => setTimeout(r, 1000));
    }
  }
}
