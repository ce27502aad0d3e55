import type { Request } from 'express';
import { log } from '../log';
import type { Operation } from './catalogue';
import type { Runner } from './run';

/**
 * Runs every persisted operation once with its documented variables, one after another,
 * right after start: Neo4j plans each statement on first use, and on a busy machine a
 * cold page that asks for six analyses at once could otherwise meet the statement time
 * limit. Failures are logged, never fatal: the service serves meanwhile.
 */
export async function warmUp(catalogue: Map<string, Operation>, run: Runner): Promise<void> {
  const started = Date.now();
  const request = { headers: {} } as Request;
  const failed: string[] = [];
  for (const operation of catalogue.values()) {
    const result = await run(request, operation, operation.example).catch(() => undefined);
    if (!result || result.errors?.length) failed.push(operation.name);
  }
  const took = ((Date.now() - started) / 1000).toFixed(1);
  log(
    'http',
    `warmed ${catalogue.size - failed.length} of ${catalogue.size} persisted operations in ${took} s${failed.length ? ` (failed: ${failed.join(', ')})` : ''}`,
  );
}
