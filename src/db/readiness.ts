import type { Database } from './database';

/**
 * What /ready reports, at once and without a query: a probe per /ready call would queue
 * behind the requests under load and turn a busy instance "not ready". The state comes
 * from the supervisor (the JVM exited or is back), from requests (the driver could not
 * connect) and from a ping every 2 s (Availability.monitor). Migrations are applied
 * before the API is mounted, so a serving instance has them. The body never carries the
 * driver's words (they are in the log).
 */
export async function checkReady(db: Database): Promise<{ ready: boolean; status: string; retryAfterS?: number }> {
  if (db.availability.isDown()) return { ready: false, status: 'database unavailable', retryAfterS: db.availability.retryAfterS() };
  return { ready: true, status: 'ready' };
}
