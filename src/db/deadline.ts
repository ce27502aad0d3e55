import { Neo4jError } from 'neo4j-driver';

/**
 * A request ran out of time: its deadline passed, or one statement outlived the most one
 * may run. `extensions` is what GraphQL reports for it (graphql-js takes an original
 * error's extensions), so the client sees code REQUEST_TIMEOUT either way.
 */
export class RequestTimeoutError extends Error {
  readonly extensions: { code: 'REQUEST_TIMEOUT'; limit: 'request' | 'statement'; timeoutMs: number };

  constructor(limit: 'request' | 'statement', timeoutMs: number) {
    super(
      (limit === 'request'
        ? `The request ran out of time: one request may take at most ${timeoutMs} ms. `
        : `The request ran out of time: one of its database statements ran longer than ${timeoutMs} ms, the most one may. `) +
        'Ask for less in one request: smaller pages (first/last), a shallower depth (chainUp/chainDown), fewer nested lists, or split it into several requests.',
    );
    this.extensions = { code: 'REQUEST_TIMEOUT', limit, timeoutMs };
  }
}

/**
 * A request needed more memory in Neo4j than one transaction may use
 * (db.memory.transaction.max, NEO4J_TX_MEMORY_MB) or than all together may. Neo4j ended it
 * and freed the memory; the client is told to ask for less, under the code of size limits.
 */
export class RequestMemoryError extends Error {
  readonly extensions = { code: 'QUERY_TOO_COMPLEX', limit: 'memory' };

  constructor() {
    super(
      "Query too complex: answering it needed more memory in the database than one request may use (limit 'memory'). " +
        'To fix: ask for smaller pages (first/last), a shallower depth, or fewer nested lists, or split it into several requests.',
    );
  }
}

/** Neo4j's errors for a transaction over its memory limit, or over the limit of all together. */
const OUT_OF_MEMORY = /^Neo\.\w+\.General\.(TransactionMemoryLimit|MemoryPoolOutOfMemoryError)/;

/** Neo4j's error for a transaction that outlived its timeout (5.x: …TransactionTimedOutClientConfiguration). */
const TIMED_OUT = /^Neo\.\w+\.Transaction\.TransactionTimedOut/;
/** Neo4j's errors for a transaction ended under it, which is what a timeout can also look like. */
const ENDED = /^Neo\.\w+\.Transaction\.(Terminated|LockClientStopped)/;

/**
 * One request's deadline. Every statement the request sends gets Neo4j's transaction
 * timeout set to what is left (at most `txTimeoutMs`), so Neo4j ends it and frees its
 * memory at the deadline; a statement asked for after the deadline fails at once.
 */
export class Deadline {
  private readonly at: number;

  constructor(
    readonly requestTimeoutMs: number,
    private readonly txTimeoutMs: number,
  ) {
    this.at = Date.now() + requestTimeoutMs;
  }

  /** The driver's transaction config for the next statement; RequestTimeoutError once time is up. */
  transactionConfig(): { timeout: number } {
    const left = this.at - Date.now();
    if (left <= 0) throw new RequestTimeoutError('request', this.requestTimeoutMs);
    return { timeout: Math.ceil(Math.min(this.txTimeoutMs, left)) };
  }

  /**
   * Neo4j's timeout (or a transaction ended under us after the deadline) as
   * RequestTimeoutError: the request's deadline if it has passed, else the statement's
   * own limit. Other errors as they are.
   */
  explain(error: unknown): unknown {
    if (!(error instanceof Neo4jError)) return error;
    if (OUT_OF_MEMORY.test(error.code)) return new RequestMemoryError();
    const late = Date.now() >= this.at;
    // Neo4j ends a transaction that outlived its timeout while it waited for a lock with
    // Terminated or LockClientStopped rather than TransactionTimedOut: the same cause.
    if (!TIMED_OUT.test(error.code) && !ENDED.test(error.code)) return error;
    return late ? new RequestTimeoutError('request', this.requestTimeoutMs) : new RequestTimeoutError('statement', this.txTimeoutMs);
  }
}
