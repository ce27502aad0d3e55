import type { Database } from './database';
import { migrationsComplete } from './migrate';

/** /ready answers within a second: a slower database counts as unavailable for this answer. */
const CHECK_TIMEOUT_MS = 800;

/**
 * What /ready reports. A known outage answers at once without touching the driver;
 * otherwise one bounded read checks the database answers and is migrated. The body never
 * carries the driver's words (they are in the log).
 */
export async function checkReady(db: Database): Promise<{ ready: boolean; status: string; retryAfterS?: number }> {
  const unavailable = () => ({ ready: false, status: 'database unavailable', retryAfterS: db.availability.retryAfterS() });
  if (db.availability.isDown()) return unavailable();
  let timer: NodeJS.Timeout | undefined;
  try {
    const ready = await Promise.race([
      migrationsComplete(db),
      new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('no answer in time')), CHECK_TIMEOUT_MS);
      }),
    ]);
    return ready ? { ready, status: 'ready' } : { ready, status: 'migrations pending', retryAfterS: 5 };
  } catch {
    return unavailable();
  } finally {
    clearTimeout(timer);
  }
}
