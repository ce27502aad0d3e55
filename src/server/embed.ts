import express, { type RequestHandler, type Response } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { compress, revalidateOnEtag } from './caching';
import { EXPLORER_DIR } from './explorer';
import { sendError } from './http';

/** The loader a portal includes (written by web/vite.config.mts next to the explorer). */
export const EMBED_SCRIPT = join(EXPLORER_DIR, 'embed.js');

/**
 * Any site may frame the /embed/ pages: they show public data, carry no session and change
 * nothing, so there is nothing for clickjacking to steal or trigger (and the same data is
 * open over the API anyway). A region that wants fewer framers can set its own
 * frame-ancestors in the proxy in front.
 */
const FRAME_ANYWHERE = 'frame-ancestors *';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (v: string) => DAY.test(v) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
const SORTS = ['uppsagning', 'slut', 'titel', 'status'];

/** What one query parameter of an embed page may be, and how to say it when it is not. */
interface Param {
  attribute: string;
  valid: (v: string) => boolean;
  expected: string;
}
const PARAMS: Record<string, Param> = {
  per: { attribute: 'as-of', valid: isDay, expected: 'ett datum ÅÅÅÅ-MM-DD, t.ex. per=2024-09-01' },
  depth: { attribute: 'depth', valid: (v) => /^[1-6]$/.test(v), expected: 'ett heltal 1–6, t.ex. depth=2' },
  area: { attribute: 'area', valid: (v) => /^[\w.-]{1,100}$/.test(v), expected: 'ett områdes-id, t.ex. area=area-05' },
  responsible: { attribute: 'responsible', valid: (v) => /^[\w.-]{1,100}$/.test(v), expected: 'ett organs-id, t.ex. responsible=body-svo' },
  'notice-to': { attribute: 'notice-to', valid: isDay, expected: 'ett datum ÅÅÅÅ-MM-DD, t.ex. notice-to=2025-06-30' },
  'ends-to': { attribute: 'ends-to', valid: isDay, expected: 'ett datum ÅÅÅÅ-MM-DD, t.ex. ends-to=2025-12-31' },
  sort: { attribute: 'sort', valid: (v) => SORTS.includes(v), expected: `en av ${SORTS.join(', ')}` },
};

/** One embeddable view: its element, the id in its path, the parameters it takes, its page in the explorer. */
interface View {
  path: string;
  title: string;
  /** A heading for views that have none of their own (the chain, the register). */
  heading?: string;
  element: string;
  idAttribute?: string;
  params: string[];
  explorer: (id: string, q: Record<string, string>) => string;
}
const VIEWS: View[] = [
  {
    path: '/embed/chain/:id',
    title: 'Rapporteringskedja',
    heading: 'Rapporteringskedja',
    element: 'govgraph-chain',
    idAttribute: 'body',
    params: ['depth', 'per'],
    explorer: (id, q) => withQuery(`/organ/${enc(id)}`, { per: q.per, djup: q.depth }),
  },
  {
    path: '/embed/item/:id',
    title: 'Ärende',
    element: 'govgraph-item',
    idAttribute: 'item',
    params: ['per'],
    explorer: (id, q) => withQuery(`/arende/${enc(id)}`, { per: q.per }),
  },
  {
    path: '/embed/body/:id',
    title: 'Organ',
    element: 'govgraph-body',
    idAttribute: 'body',
    params: ['depth', 'per'],
    explorer: (id, q) => withQuery(`/organ/${enc(id)}`, { per: q.per, djup: q.depth }),
  },
  { path: '/embed/area/:id', title: 'Område', element: 'govgraph-area', idAttribute: 'area', params: [], explorer: (id) => `/omrade/${enc(id)}` },
  {
    path: '/embed/agreements',
    title: 'Avtalsregistret',
    heading: 'Avtalsregistret',
    element: 'govgraph-agreements',
    params: ['area', 'per', 'notice-to', 'ends-to', 'responsible', 'sort'],
    explorer: (_id, q) =>
      withQuery('/avtal', { per: q.per, omrade: q.area, 'uppsagning-tom': q['notice-to'], 'slut-tom': q['ends-to'], ansvarig: q.responsible, sort: q.sort }),
  },
];

const enc = encodeURIComponent;
function withQuery(path: string, q: Record<string, string | undefined>): string {
  const search = new URLSearchParams(Object.entries(q).filter((e): e is [string, string] => !!e[1])).toString();
  return search ? `${path}?${search}` : path;
}

/** An attribute value for HTML. */
const escape = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Text for HTML (quotes may stay). */
const escapeText = (text: string): string => text.replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`);

/** The page around one view: no explorer chrome, only main and a footer link to the full page. */
function page(title: string, main: string, footer: string): string {
  return `<!doctype html>
<html lang="sv">
<head>
<meta charset="utf-8">
<link rel="icon" href="data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='8' cy='8' r='7' fill='%230b57a4'/%3E%3C/svg%3E">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeText(title)} – govgraph</title>
<base target="_top">
<style>
  body { margin: 0; padding: 0.5rem 0.75rem; font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif; color: #1b1b1b; background: #fff; line-height: 1.5; }
  h1 { font-size: 1.3rem; line-height: 1.25; margin: 0.2em 0 0.4em; }
  a { color: #0b57a4; }
  :focus-visible { outline: 3px solid #c2410c; outline-offset: 2px; }
  footer { border-top: 1px solid #d0d7de; margin-top: 1em; padding-top: 0.3em; font-size: 0.9em; color: #545b64; }
  footer p { margin: 0.3em 0; }
</style>
<script src="/embed.js" defer></script>
</head>
<body>
<main>
${main}
</main>
<footer>
${footer}
</footer>
</body>
</html>
`;
}

/** A wrong address says which parameter is wrong and what it must be, in the page a web editor sees. */
function refuse(res: Response, problem: string): void {
  res.status(400).setHeader('Cache-Control', 'private, no-store');
  res
    .type('html')
    .send(
      page(
        'Fel i adressen',
        `<h1>Fel i adressen</h1>\n<p>${escapeText(problem)}</p>`,
        '<p>Se README, <em>Embedding in your portal</em>, för adresserna och deras parametrar.</p>',
      ),
    );
}

function embedPage(view: View): RequestHandler {
  return (req, res) => {
    const id = typeof req.params.id === 'string' ? req.params.id : '';
    if (view.idAttribute && (id.length === 0 || id.length > 200))
      return refuse(res, `Id:t i adressen måste vara 1–200 tecken, t.ex. ${view.path.replace(':id', 'body-svo')}.`);
    const given: Record<string, string> = {};
    for (const [name, value] of Object.entries(req.query)) {
      if (!view.params.includes(name)) {
        const takes = view.params.length ? `tar bara ${view.params.join(', ')}` : 'tar inga parametrar';
        return refuse(res, `Okänd parameter "${name}": ${view.path.replace('/:id', '/…')} ${takes}.`);
      }
      if (typeof value !== 'string' || !PARAMS[name].valid(value))
        return refuse(res, `Parametern ${name} måste vara ${PARAMS[name].expected}; den var "${String(value)}".`);
      given[name] = value;
    }
    const attributes = [...(view.idAttribute ? [[view.idAttribute, id]] : []), ...Object.entries(given).map(([k, v]) => [PARAMS[k].attribute, v])];
    const element = `<${view.element} ${attributes.map(([k, v]) => `${k}="${escape(v)}"`).join(' ')}></${view.element}>`;
    const full = view.explorer(id, given);
    res.setHeader('Content-Security-Policy', FRAME_ANYWHERE);
    // Revalidated on each view (with its ETag), as the explorer's pages are: a new build shows at once.
    res.setHeader('Cache-Control', 'no-cache');
    res
      .type('html')
      .send(
        page(
          view.title,
          `${view.heading ? `<h1>${escapeText(view.heading)}</h1>\n` : ''}${element}`,
          `<p>Från <a href="${escape(full)}">govgraph</a>, öppna data om samverkan i vård och omsorg. Varje uppgift har en källa: välj <em>Källa</em>.</p>`,
        ),
      );
  };
}

/**
 * The embeds: the loader script at /embed.js (readable by pages on other origins, so it
 * also works as `type="module"`) and one page per view under /embed/ for iframes.
 */
export function serveEmbeds(app: express.Router, crossOrigin: RequestHandler): void {
  app.get('/embed.js', revalidateOnEtag, crossOrigin, compress, (_req, res) => {
    if (!existsSync(EMBED_SCRIPT)) {
      return sendError(res, 503, 'EXPLORER_NOT_BUILT', 'the embeds are not built; run `npm run build` (or `npm start`), then reload');
    }
    // A few hundred bytes revalidated on each page view (ETag, 304): it names the hashed
    // module of the current build, so it must never be stale (web/vite.config.mts says why).
    res.sendFile(EMBED_SCRIPT, { cacheControl: false, headers: { 'Cache-Control': 'no-cache', 'Content-Type': 'text/javascript; charset=utf-8' } });
  });
  for (const view of VIEWS) app.get(view.path, revalidateOnEtag, compress, embedPage(view));
}
