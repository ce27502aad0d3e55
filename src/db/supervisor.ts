import { log } from '../log';
import type { Availability } from './availability';
import { startEmbedded, type EmbeddedNeo4j, type EmbeddedOptions, type Exit } from './embedded';

/** Waits before restart attempts: 1, 2, 4, 8, 16, then 30 s. */
const BACKOFF_S = [1, 2, 4, 8, 16, 30];
/** A JVM that ran this long before dying starts the backoff from 1 s again; quicker deaths wait longer. */
const STABLE_AFTER_MS = 60_000;

/**
 * Keeps the embedded Neo4j running: when its JVM exits without our asking, the outage is
 * reported at once (requests get DATABASE_UNAVAILABLE, /ready 503) and the JVM is started
 * again on the same data directory and Bolt port, with backoff. The driver reconnects to
 * the same URI by itself, so the API never restarts. Our own stop() never restarts it.
 */
export class EmbeddedSupervisor {
  /** Restarts done so far (tests and the reliability benchmark read it). */
  restarts = 0;
  private current: EmbeddedNeo4j;
  private stopping = false;
  private failures = 0;
  private lastStartMs: number;
  private wait?: { timer: NodeJS.Timeout; wake: () => void };
  private restarting?: Promise<void>;

  private constructor(
    first: EmbeddedNeo4j,
    startMs: number,
    private readonly options: EmbeddedOptions,
    private readonly availability: Availability,
  ) {
    this.current = first;
    this.lastStartMs = startMs;
    this.watch(first, Date.now());
  }

  /** Starts the JVM (failing as startEmbedded does) and supervises it from then on. */
  static async start(options: EmbeddedOptions, availability: Availability): Promise<EmbeddedSupervisor> {
    const started = Date.now();
    const first = await startEmbedded(options);
    return new EmbeddedSupervisor(first, Date.now() - started, options, availability);
  }

  get uri(): string {
    return this.current.uri;
  }

  /** The pid of the JVM running now (it changes on each restart). */
  get pid(): number {
    return this.current.pid;
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.wait) this.wait.wake();
    await this.restarting;
    await this.current.stop();
  }

  private watch(jvm: EmbeddedNeo4j, startedAt: number): void {
    void jvm.exited.then((exit) => {
      if (this.stopping || jvm !== this.current) return;
      if (Date.now() - startedAt >= STABLE_AFTER_MS) this.failures = 0;
      log('neo4j', `embedded Neo4j (pid ${jvm.pid}) exited unexpectedly (${describe(exit)}); restarting it`);
      this.restarting = this.restart().finally(() => (this.restarting = undefined));
    });
  }

  /** Tries until a start succeeds or we are stopped, waiting longer after each failure. */
  private async restart(): Promise<void> {
    while (!this.stopping) {
      // Each attempt waits longer, until a JVM has stayed up for STABLE_AFTER_MS.
      const delayS = BACKOFF_S[Math.min(this.failures++, BACKOFF_S.length - 1)];
      this.availability.markRestarting(Date.now() + delayS * 1000 + this.lastStartMs);
      await this.sleep(delayS * 1000);
      if (this.stopping) return;
      const started = Date.now();
      try {
        const jvm = await startEmbedded(this.options);
        this.lastStartMs = Date.now() - started;
        this.current = jvm;
        this.restarts++;
        if (this.stopping) return; // stop() stops this.current after we return
        this.watch(jvm, Date.now());
        this.availability.markRestarted();
        log('neo4j', `embedded Neo4j back at ${jvm.uri} (pid ${jvm.pid}) after a ${(this.lastStartMs / 1000).toFixed(1)} s start`);
        return;
      } catch (e) {
        log('neo4j', `restarting embedded Neo4j failed: ${(e as Error).message}; next try in ${BACKOFF_S[Math.min(this.failures, BACKOFF_S.length - 1)]} s`);
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((wake) => {
      const timer = setTimeout(wake, ms);
      this.wait = { timer, wake: () => (clearTimeout(timer), wake()) };
    });
  }
}

function describe(exit: Exit): string {
  return exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
}
