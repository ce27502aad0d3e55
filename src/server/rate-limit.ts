import type { Request, RequestHandler, Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import { getOperationAST, parse } from 'graphql';
import { actorOf, type Actor } from '../auth/tokens';
import type { Config } from '../config';
import { sendError } from './http';

/** Whether a POSTed GraphQL request is a mutation; anything unparsable counts as a read. */
function isMutation(req: Request, maxTokens: number): boolean {
  const body = req.body as { query?: unknown; operationName?: unknown } | undefined;
  if (req.method !== 'POST' || typeof body?.query !== 'string') return false;
  try {
    const operation = getOperationAST(parse(body.query, { maxTokens }), typeof body.operationName === 'string' ? body.operationName : undefined);
    return operation?.operation === 'mutation';
  } catch {
    return false;
  }
}

/** The 429 answer: which limit, and when to try again. */
function refuse(what: string, limit: number, windowS: number) {
  return (req: Request, res: Response) => {
    const reset = (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit?.resetTime;
    const retryAfter = Math.max(1, Math.ceil(((reset?.getTime() ?? Date.now() + windowS * 1000) - Date.now()) / 1000));
    sendError(
      res,
      429,
      'RATE_LIMITED',
      `too many ${what} from this client: at most ${limit} per ${windowS} s; wait ${retryAfter} s (see Retry-After) and send fewer requests`,
      {
        'Retry-After': String(retryAfter),
      },
    );
  };
}

function limiter(what: string, limit: number, windowS: number, options: Partial<Parameters<typeof rateLimit>[0]> = {}) {
  return rateLimit({
    windowMs: windowS * 1000,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    handler: refuse(what, limit, windowS),
    ...options,
  });
}

/**
 * Per-client limits for /graphql, in the order they apply: every request; mutations; and
 * requests with a wrong token. The last counts wrong tokens only, but once a client is
 * over it every request of that client carrying a token is refused, right or wrong, so a
 * lucky guess cannot be told from a wrong one by its answer.
 */
export function rateLimits(config: Pick<Config, 'rateLimits' | 'limits'>, tokens: Map<string, Actor>): RequestHandler[] {
  const { windowS, reads, writes, authFailures } = config.rateLimits;
  const wrongTokens = limiter('requests with a wrong token', authFailures, windowS, {
    skip: (req) => actorOf(req.headers.authorization, tokens) !== 'invalid',
  });
  // A right token is not counted, only checked against what the client's wrong ones used up.
  const rightTokenWhileBlocked: RequestHandler = async (req, res, next) => {
    if (!req.headers.authorization || actorOf(req.headers.authorization, tokens) === 'invalid') return next();
    const used = await wrongTokens.getKey(ipKeyGenerator(req.ip ?? ''));
    if (!used || used.totalHits <= authFailures) return next();
    (req as Request & { rateLimit?: { resetTime?: Date } }).rateLimit = { resetTime: used.resetTime };
    refuse('requests with a wrong token', authFailures, windowS)(req, res);
  };
  return [
    limiter('requests', reads, windowS),
    limiter('mutations', writes, windowS, { skip: (req) => !isMutation(req, config.limits.tokens) }),
    wrongTokens,
    rightTokenWhileBlocked,
  ];
}
