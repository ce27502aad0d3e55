/**
 * The explorer's shareable URLs. The server answers index.html for exactly these paths
 * (src/server/explorer.ts keeps the same list), so every view can be bookmarked and shared.
 */
export type Route =
  | { page: 'start' }
  | { page: 'search'; q: string }
  | { page: 'body'; id: string; per?: string; depth?: number }
  | { page: 'item'; id: string; per?: string }
  | { page: 'agreements'; per?: string; area?: string; noticeTo?: string; endsTo?: string; responsible?: string; sort?: string }
  | { page: 'area'; id: string }
  | { page: 'overlaps'; area?: string; topic?: string; per?: string }
  | { page: 'missing' };

export function parse(url: URL): Route {
  const p = url.searchParams;
  const get = (k: string) => p.get(k) || undefined;
  const [, first, id, extra] = url.pathname.split('/').map(decodeURIComponent);
  if (extra !== undefined) return { page: 'missing' };
  if (!first && !id) return { page: 'start' };
  if (first === 'sok' && !id) return { page: 'search', q: p.get('q') ?? '' };
  if (first === 'organ' && id) return { page: 'body', id, per: get('per'), depth: Number(get('djup')) || undefined };
  if (first === 'arende' && id) return { page: 'item', id, per: get('per') };
  if (first === 'avtal' && !id)
    return {
      page: 'agreements',
      per: get('per'),
      area: get('omrade'),
      noticeTo: get('uppsagning-tom'),
      endsTo: get('slut-tom'),
      responsible: get('ansvarig'),
      sort: get('sort'),
    };
  if (first === 'omrade' && id) return { page: 'area', id };
  if (first === 'overlapp' && !id) return { page: 'overlaps', area: get('omrade'), topic: get('amne'), per: get('per') };
  return { page: 'missing' };
}

/** Whether a path is one the explorer renders (others go to the server as usual). */
export const isExplorerPath = (path: string): boolean => /^\/(?:$|sok\/?$|avtal\/?$|overlapp\/?$|(?:organ|arende|omrade)\/[^/]+$)/.test(path);
