import express, { type Request, type Response } from 'express';
import type { Operation } from './catalogue';
import { fail, sendCacheable } from './respond';
import type { Runner } from './run';

/** The base of persisted operations: `GET /api/q/<name>?variables=<json>`. */
export const PERSISTED_PATH = '/api/q';

/** The catalogue as a client reads it: name, what it answers, variables, an example URL. */
function listing(catalogue: Map<string, Operation>) {
  return [...catalogue.values()].map(({ name, description, variables, example }) => ({
    name,
    description,
    variables,
    example: `${PERSISTED_PATH}/${name}?variables=${encodeURIComponent(JSON.stringify(example))}`,
  }));
}

/**
 * Reads `variables` from the query string: a JSON object, or nothing. Any other parameter
 * is refused, so a typo (`?variable=`) is not silently ignored and cached.
 */
export function variablesOf(req: Request, res: Response): Record<string, unknown> | undefined {
  const unknown = Object.keys(req.query).filter((k) => k !== 'variables');
  if (unknown.length) {
    fail(
      res,
      400,
      'BAD_USER_INPUT',
      `unknown query parameter ${unknown.map((k) => `"${k}"`).join(', ')}: a persisted operation takes only ?variables=<JSON object>`,
      { field: unknown[0] },
    );
    return undefined;
  }
  const raw = req.query.variables;
  if (raw === undefined) return {};
  let parsed: unknown;
  try {
    parsed = typeof raw === 'string' ? JSON.parse(raw) : undefined;
  } catch {
    parsed = undefined;
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    fail(res, 400, 'BAD_USER_INPUT', 'variables must be one JSON object, URL-encoded, e.g. ?variables=%7B%22id%22%3A%22body-svo%22%7D for {"id":"body-svo"}', {
      field: 'variables',
    });
    return undefined;
  }
  return parsed as Record<string, unknown>;
}

/**
 * Named, persisted queries over GET: the catalogue at /api/q, each operation at
 * /api/q/<name>. The answer is exactly what POST /graphql gives for the same text and
 * variables, with its Cache-Control, a strong ETag and 304 on revalidation.
 */
export function persistedQueries(catalogue: Map<string, Operation>, run: Runner, maxAgeS: number): express.Router {
  const router = express.Router();
  router.get('/', (_req, res) => sendCacheable(res, 'application/json', `max-age=${maxAgeS}, public`, JSON.stringify({ operations: listing(catalogue) })));
  router.get('/:name', async (req, res) => {
    const operation = catalogue.get(req.params.name);
    if (!operation) {
      return fail(res, 404, 'NOT_FOUND', `no persisted operation named "${req.params.name}"; GET ${PERSISTED_PATH} lists them`, {
        names: [...catalogue.keys()],
      });
    }
    const variables = variablesOf(req, res);
    if (!variables) return;
    const result = await run(req, operation, variables);
    res.status(result.status);
    sendCacheable(res, 'application/json', result.cacheControl, result.body);
  });
  return router;
}
