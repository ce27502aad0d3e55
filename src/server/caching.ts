import type { ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControl } from '@apollo/server/plugin/cacheControl';
import compression from 'compression';
import type { RequestHandler } from 'express';

/** What a response that must not be kept says: no cache, shared or private, may store it. */
export const NO_STORE = 'private, no-store';

/**
 * Headers a cross-origin page may read: the ETag (to revalidate with If-None-Match), and
 * what the limits say (when to retry, how much is left).
 */
export const EXPOSED_HEADERS = ['ETag', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'Content-Disposition'];

/**
 * Reads are public data: every query without a token is cacheable for `maxAgeS` seconds
 * (Apollo's cache-control plugin gives each field that default unless a hint says less,
 * and the response the smallest). Mutations and token-bearing requests are restricted to
 * 0 before they run, so the plugin marks them `no-store`; so it does for any response
 * with errors. "no-store" is then written `private, no-store`, so that no cache, shared or
 * not, keeps an answer meant for one caller.
 */
export function cachePlugins(maxAgeS: number): ApolloServerPlugin[] {
  const neverShared: ApolloServerPlugin = {
    async requestDidStart({ request }) {
      const tokenBearing = request.http?.headers.get('authorization') !== undefined;
      return {
        async didResolveOperation({ operation, overallCachePolicy }) {
          if (tokenBearing || operation?.operation !== 'query') overallCachePolicy.restrict({ maxAge: 0 });
        },
        async willSendResponse({ response }) {
          if (response.http.headers.get('cache-control') === 'no-store') response.http.headers.set('cache-control', NO_STORE);
        },
      };
    },
  };
  // Order matters: the cache-control plugin writes the header before neverShared reads it.
  return [ApolloServerPluginCacheControl({ defaultMaxAge: maxAgeS }), neverShared];
}

/**
 * Until a handler says a response may be cached, it may not: errors from rate limits,
 * body parsing or unknown names answered before Apollo runs are never stored.
 */
export const noStoreUntilCacheable: RequestHandler = (_req, res, next) => {
  res.setHeader('Cache-Control', NO_STORE);
  next();
};

/**
 * A conditional GET is answered on its validator alone. Express's freshness check refuses
 * 304 whenever the request says `Cache-Control: no-cache`, and fetch() adds exactly that
 * to every request that carries If-None-Match, so a portal revalidating in script would
 * never get a 304. no-cache asks caches to revalidate with the origin; this is the origin,
 * and an unchanged ETag is that revalidation.
 */
export const revalidateOnEtag: RequestHandler = (req, _res, next) => {
  if (req.headers['if-none-match'] && /no-cache/.test(req.headers['cache-control'] ?? '')) delete req.headers['cache-control'];
  next();
};

/**
 * gzip or br as the client accepts (Vary: Accept-Encoding). The strong ETag Express puts
 * on each response is computed from the uncompressed body, before compression.
 */
export const compress: RequestHandler = compression();
