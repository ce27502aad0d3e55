import { GraphQLError } from 'graphql';
import { log } from '../log';

/**
 * What the service knows about reaching its database. Two sources mark it down: the
 * supervisor of the embedded JVM (it sees the process exit, before any request does) and
 * the driver (a request failed to connect). While it is down, requests are refused at once
 * with DATABASE_UNAVAILABLE instead of waiting on the driver; /ready and /health report it.
 */
export type DatabaseState = 'up' | 'restarting' | 'unreachable';

/** The public view, for /health and /ready: no driver messages, hosts or paths. */
export interface AvailabilityReport {
  state: DatabaseState;
  /** Seconds since the outage began. */
  downForS?: number;
  /** When a client should try again. */
  retryAfterS?: number;
}

interface Outage {
  since: number;
  /** When the database is expected back (ms since epoch). */
  expectedAt: number;
}

/** How often a database that failed a request is probed until it answers again. */
const PROBE_EVERY_MS = 1000;
/** A probe that takes longer than this counts as a failure. */
const PROBE_TIMEOUT_MS = 2000;

/** Refused because the database cannot be reached now; the client should retry later. */
export class DatabaseUnavailableError extends GraphQLError {
  constructor(readonly retryAfterS: number) {
    super(`the database is unavailable; retry after ${retryAfterS} s`, {
      extensions: {
        code: 'DATABASE_UNAVAILABLE',
        retryAfterS,
        // Apollo Server takes status and headers from here and removes `http` from the body.
        http: { status: 503, headers: new Map([['retry-after', String(retryAfterS)]]) },
      },
    });
  }
}

/**
 * Driver errors that mean the database cannot be reached or is saturated, as opposed to a
 * query that failed: 'down' marks the database unavailable; 'busy' (no pooled connection
 * within the acquisition timeout) only refuses this request.
 */
export function classify(e: unknown): 'down' | 'busy' | undefined {
  if (!e || typeof e !== 'object' || e instanceof GraphQLError) return undefined;
  const { code, message = '' } = e as { code?: string; message?: string };
  if (/Connection acquisition timed out/.test(message)) return 'busy';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code === 'Neo.TransientError.General.DatabaseUnavailable') return 'down';
  if (/Failed to connect to server|Connection was closed by server|Failed to establish connection|ECONNREFUSED|ECONNRESET|EPIPE|Pool is closed/.test(message))
    return 'down';
  return undefined;
}

export class Availability {
  private restarting?: Outage;
  private unreachable?: Outage;
  private probeTimer?: NodeJS.Timeout;
  private monitorTimer?: NodeJS.Timeout;
  private closed = false;

  private probe?: () => Promise<unknown>;

  /** `probe` resolves when the database answers; it is how an outage the driver reported ends. */
  probeWith(probe: () => Promise<unknown>): void {
    this.probe = probe;
  }

  isDown(): boolean {
    return Boolean(this.restarting ?? this.unreachable);
  }

  report(): AvailabilityReport {
    const outage = this.restarting ?? this.unreachable;
    if (!outage) return { state: 'up' };
    return { state: this.restarting ? 'restarting' : 'unreachable', downForS: Math.round((Date.now() - outage.since) / 1000), retryAfterS: this.retryAfterS() };
  }

  /** Whole seconds until the database is expected back, from 1 to 60. */
  retryAfterS(): number {
    const outage = this.restarting ?? this.unreachable;
    const expectedAt = outage?.expectedAt ?? Date.now();
    return Math.min(60, Math.max(1, Math.ceil((expectedAt - Date.now()) / 1000)));
  }

  /** The supervisor's word: the embedded JVM is gone and should answer again at `expectedAt`. */
  markRestarting(expectedAt: number): void {
    this.restarting = { since: this.restarting?.since ?? Date.now(), expectedAt };
  }

  /** The supervisor's word: the JVM answers Bolt again. A driver outage clears on its next probe. */
  markRestarted(): void {
    this.restarting = undefined;
    if (this.unreachable) this.scheduleProbe(0);
  }

  /** Runs a driver call unless the database is known to be down; maps outages to DATABASE_UNAVAILABLE. */
  async guard<T>(work: () => Promise<T>): Promise<T> {
    if (this.isDown()) throw new DatabaseUnavailableError(this.retryAfterS());
    try {
      return await work();
    } catch (e) {
      const kind = classify(e);
      if (!kind) throw e;
      if (kind === 'down') this.markUnreachable((e as Error).message);
      throw new DatabaseUnavailableError(kind === 'busy' ? 1 : this.retryAfterS());
    }
  }

  /**
   * Pings the database every `everyMs` while it is up, so an outage is noticed (and /ready
   * says so) without waiting for a request. Only a connection failure counts: a ping that
   * waits behind a busy pool is not an outage.
   */
  monitor(everyMs = 2000): void {
    const tick = async () => {
      if (this.closed) return;
      if (this.probe && !this.isDown()) {
        try {
          await this.probe();
        } catch (e) {
          if (classify(e) === 'down') this.markUnreachable((e as Error).message);
        }
      }
      if (this.closed) return;
      this.monitorTimer = setTimeout(() => void tick(), everyMs);
      this.monitorTimer.unref();
    };
    this.monitorTimer = setTimeout(() => void tick(), everyMs);
    this.monitorTimer.unref();
  }

  /** Stops probing (the service is stopping). */
  close(): void {
    this.closed = true;
    clearTimeout(this.probeTimer);
    clearTimeout(this.monitorTimer);
  }

  private markUnreachable(detail: string): void {
    // While the supervisor restarts the JVM, its word stands: it reports when Bolt answers.
    if (this.restarting || this.unreachable || !this.probe || this.closed) return;
    this.unreachable = { since: Date.now(), expectedAt: Date.now() + 2 * PROBE_EVERY_MS };
    // The driver's own words go to the log only; clients get the coded error.
    const cause = /Caused by: ([^\n]+)/.exec(detail)?.[1] ?? detail.split(/\.\s|\n/)[0];
    log('db', `database unreachable (${cause.slice(0, 200)}); requests get DATABASE_UNAVAILABLE until it answers`);
    this.scheduleProbe(PROBE_EVERY_MS);
  }

  private scheduleProbe(delayMs: number): void {
    clearTimeout(this.probeTimer);
    this.probeTimer = setTimeout(() => void this.runProbe(), delayMs);
    this.probeTimer.unref();
  }

  private async runProbe(): Promise<void> {
    if (!this.unreachable || this.closed) return;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error('no answer')), PROBE_TIMEOUT_MS);
    });
    try {
      await Promise.race([this.probe!(), timeout]);
      if (this.restarting || this.closed) return;
      log('db', `database reachable again after ${((Date.now() - this.unreachable.since) / 1000).toFixed(1)} s`);
      this.unreachable = undefined;
    } catch {
      if (!this.unreachable || this.closed) return;
      this.unreachable.expectedAt = Date.now() + 2 * PROBE_EVERY_MS;
      this.scheduleProbe(PROBE_EVERY_MS);
    } finally {
      clearTimeout(timer);
    }
  }
}
