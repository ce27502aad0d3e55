import type { Response } from 'express';
import { NO_STORE } from '../server/caching';
import type { OperationResult } from './run';

/** An error in the GraphQL shape every route of this service uses; never cached. */
export function fail(res: Response, status: number, code: string, message: string, extensions: Record<string, unknown> = {}): void {
  res.setHeader('Cache-Control', NO_STORE);
  res.status(status).json({ errors: [{ message, extensions: { code, ...extensions } }] });
}

/** The HTTP status an error code means when Apollo answered 200 with errors in the body. */
const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, NOT_FOUND: 404, QUERY_TOO_COMPLEX: 400, REQUEST_TIMEOUT: 504, DATABASE_UNAVAILABLE: 503 };

/** Sends the errors of an operation that failed, with a status that says what kind of failure. */
export function failWith(res: Response, result: OperationResult): void {
  const code = result.errors?.[0]?.extensions?.code as string | undefined;
  const status = result.status >= 400 ? result.status : (STATUS[code ?? ''] ?? 500);
  res.setHeader('Cache-Control', NO_STORE);
  res
    .status(status)
    .type('application/json')
    .send(JSON.stringify({ errors: result.errors }));
}

/**
 * Sends a successful answer: the type, the cache policy Apollo gave its operations, and
 * the body through res.send, which adds the strong ETag and answers 304 to If-None-Match.
 */
export function sendCacheable(res: Response, type: string, cacheControl: string, body: string, filename?: string): void {
  res.setHeader('Cache-Control', cacheControl);
  if (filename) res.attachment(filename);
  res.type(type).send(body);
}

/** The least cacheable of several policies: any no-store wins, else the shortest max-age. */
export function leastCacheable(policies: string[]): string {
  if (policies.some((p) => p.includes('no-store'))) return NO_STORE;
  const ages = policies.map((p) => Number(/max-age=(\d+)/.exec(p)?.[1] ?? 0));
  const scope = policies.some((p) => p.includes('private')) ? 'private' : 'public';
  return `max-age=${Math.min(...ages)}, ${scope}`;
}
