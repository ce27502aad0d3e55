import { css, html, nothing, type TemplateResult } from 'lit';
import { explorerUrl, query } from './api';
import { AGREEMENT_STATUS, KIND } from './labels';
import { SOURCES } from './queries';

export interface Cite {
  sourceId: string;
  locator: string;
}

export interface Ref {
  __typename?: string;
  id: string;
  name?: string | null;
  title?: string | null;
  meetingTitle?: string | null;
}

interface SourceDoc {
  id: string;
  title: string;
  file: string;
  date: string | null;
}

/** The source documents, fetched once per page load and shared by every view. */
let sourcesLoaded: Promise<Map<string, SourceDoc>> | undefined;
let sourceTitles = new Map<string, SourceDoc>();
export function loadSources(): Promise<Map<string, SourceDoc>> {
  sourcesLoaded ??= query<{ sources: { nodes: SourceDoc[] } }>(SOURCES).then(
    (d) => (sourceTitles = new Map(d.sources.nodes.map((s) => [s.id, s]))),
    // A view still shows its facts (citations then name the source by id), and the next
    // view asks again instead of failing on a remembered error.
    () => {
      sourcesLoaded = undefined;
      return sourceTitles;
    },
  );
  return sourcesLoaded;
}

/**
 * Where a fact comes from, one click away: a disclosure listing each source document's
 * title and the locator inside it. Views load the sources before they render.
 */
export function cite(cites: Cite[] | null | undefined, label = 'Källa', open = false): TemplateResult | typeof nothing {
  if (!cites?.length) return nothing;
  return html`<details class="cite" part="source" ?open=${open}>
    <summary>${label}<span class="visually-hidden"> (${cites.length})</span></summary>
    <ul>
      ${cites.map((c) => html`<li><cite>${sourceTitles.get(c.sourceId)?.title ?? c.sourceId}</cite>${sourceTitles.get(c.sourceId)?.date ? html` (${sourceTitles.get(c.sourceId)!.date})` : nothing}: <q>${c.locator}</q></li>`)}
    </ul>
  </details>`;
}

/** The explorer page of a node, where it has one (on the service's origin when embedded). */
export function hrefOf(ref: Ref): string | undefined {
  const id = encodeURIComponent(ref.id);
  switch (ref.__typename) {
    case 'Body':
      return explorerUrl(`/organ/${id}`);
    case 'Item':
      return explorerUrl(`/arende/${id}`);
    case 'Area':
      return explorerUrl(`/omrade/${id}`);
    default:
      return undefined;
  }
}

/** A node's name or title; a mandate, which has neither, by its Swedish text. */
export const nameOf = (ref: Ref & { text?: string | null }): string => ref.name ?? ref.title ?? ref.meetingTitle ?? ref.text ?? ref.id;

/** A node as a link to its page, or as plain text with its kind where it has none. */
export function link(ref: Ref | null | undefined): TemplateResult | typeof nothing {
  if (!ref) return nothing;
  const href = hrefOf(ref);
  if (href) return html`<a href=${href}>${nameOf(ref)}</a>`;
  return html`<span>${nameOf(ref)}${ref.__typename && ref.__typename !== 'Organisation' ? html` <small>(${KIND[ref.__typename] ?? ref.__typename})</small>` : nothing}</span>`;
}

/** A comma-separated list of links, or a dash for "none recorded". */
export function links(refs: Ref[] | null | undefined, none = 'Ingen uppgift'): TemplateResult {
  if (!refs?.length) return html`<span class="muted">${none}</span>`;
  return html`${refs.map((r, i) => html`${i ? ', ' : ''}${link(r)}`)}`;
}

/** Today as YYYY-MM-DD in the browser's time zone. */
export function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * The "as of" date of the body and item pages: a labelled date field that hands `set` a
 * complete day only (a half-typed date is ignored, not sent to the API).
 */
export function dayPicker(day: string, set: (day: string) => void): TemplateResult {
  const changed = (e: Event) => {
    const value = (e.target as HTMLInputElement).value;
    if (/^\d{4}-\d{2}-\d{2}$/.test(value)) set(value);
  };
  return html`<div class="date">
    <label for="per">Visa läget per datum</label>
    <input id="per" type="date" .value=${day} @change=${changed} />
  </div>`;
}

/** The state of a view's data: loading, loaded or failed with a message to show. */
export type Load<T> = { state: 'loading' } | { state: 'done'; data: T } | { state: 'error'; message: string };

export function status<T>(load: Load<T>, what: string): TemplateResult | undefined {
  if (load.state === 'loading') return html`<p role="status" class="muted">Hämtar ${what}…</p>`;
  if (load.state === 'error') return html`<p role="alert" class="error">Kunde inte hämta ${what}: ${load.message}</p>`;
  return undefined;
}

/**
 * The look every view shares, themable by the host page through custom properties
 * (--govgraph-accent, --govgraph-text, --govgraph-bg, --govgraph-muted, --govgraph-font).
 */
export const base = css`
  :host {
    display: block;
    font-family: var(--govgraph-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    color: var(--govgraph-text, #1b1b1b);
    line-height: 1.5;
  }
  a { color: var(--govgraph-accent, #0b57a4); text-underline-offset: 2px; }
  a:hover { text-decoration-thickness: 2px; }
  :focus-visible { outline: 3px solid var(--govgraph-focus, #c2410c); outline-offset: 2px; }
  h1, h2, h3 { line-height: 1.25; margin: 1.2em 0 0.4em; }
  h1 { font-size: 1.6rem; margin-top: 0.2em; }
  h2 { font-size: 1.25rem; border-bottom: 1px solid #d0d7de; padding-bottom: 0.2em; }
  h3 { font-size: 1.05rem; }
  ul { padding-left: 1.2em; }
  li { margin: 0.2em 0; }
  .muted { color: var(--govgraph-muted, #545b64); }
  .error { color: #a1001f; font-weight: 600; }
  .badge { display: inline-block; border-radius: 3px; padding: 0 0.4em; font-size: 0.85em; background: #eef2f6; color: #1b1b1b; border: 1px solid #c9d1d9; }
  .badge.warn { background: #fff1e0; border-color: #b35c00; color: #6b3500; }
  .badge.bad { background: #fde8ea; border-color: #a1001f; color: #7a0018; }
  .badge.ok { background: #e6f4ea; border-color: #2f7d45; color: #1c4d2a; }
  details.cite { display: inline-block; font-size: 0.9em; margin-left: 0.3em; vertical-align: top; }
  details.cite > summary { cursor: pointer; color: var(--govgraph-accent, #0b57a4); text-decoration: underline; text-underline-offset: 2px; }
  details.cite[open] { display: block; background: #f6f8fa; border-left: 3px solid var(--govgraph-accent, #0b57a4); padding: 0.3em 0.6em; margin: 0.3em 0; }
  details.cite ul { margin: 0.3em 0; }
  q { font-style: italic; }
  dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3em 1em; margin: 0.5em 0; }
  dl.facts dt { font-weight: 600; }
  dl.facts dd { margin: 0; }
  .date { display: flex; gap: 0.5em; align-items: center; flex-wrap: wrap; margin: 0.5em 0; }
  .hint { display: block; font-size: 0.9em; }
  @media (max-width: 600px) { dl.facts { grid-template-columns: 1fr; } dl.facts dd { margin-bottom: 0.4em; } }
  .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; padding: 0.4em 0.5em; border-bottom: 1px solid #d0d7de; }
  th { background: #f6f8fa; }
  input, select, button { font: inherit; }
  input, select { padding: 0.3em 0.4em; border: 1px solid #6e7781; border-radius: 4px; background: #fff; color: inherit; }
  button { padding: 0.35em 0.9em; border: 1px solid var(--govgraph-accent, #0b57a4); border-radius: 4px; background: var(--govgraph-accent, #0b57a4); color: #fff; cursor: pointer; }
`;

/** Rows grouped by a key, in first-seen order. */
export function groupBy<T>(rows: T[], key: (row: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    groups.set(k, [...(groups.get(k) ?? []), row]);
  }
  return [...groups.values()];
}

/** An agreement status as a Swedish badge, coloured by urgency (and worded, not colour alone): the API's `label` when given, else the explorer's own. */
export function statusBadge(code: string, label?: string): TemplateResult {
  const tone =
    code === 'IN_NOTICE_WINDOW'
      ? 'warn'
      : code === 'EXPIRED' || code === 'TERMINATED'
        ? 'bad'
        : code === 'ACTIVE' || code === 'UNTIL_FURTHER_NOTICE'
          ? 'ok'
          : '';
  return html`<span class="badge ${tone}" data-status=${code}>${label ?? AGREEMENT_STATUS[code] ?? code}</span>`;
}

/** Rows per page of the long lists the explorer pages (the operations' default `first`). */
export const PAGE = 50;

/** A page of a list the API pages (a connection): the rows shown so far, how many in all, and where the next page starts. */
export interface Paged<T> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: T[];
}

/** The rows shown with the next page's appended: what the list is after "Visa fler". */
export const appendPage = <T>(shown: Paged<T>, next: Paged<T>): Paged<T> => ({
  totalCount: next.totalCount,
  pageInfo: next.pageInfo,
  nodes: [...shown.nodes, ...next.nodes],
});

/**
 * Under a list longer than one page: how many of how many are shown (a polite live region,
 * so a screen reader hears the new count after each page) and "Visa fler", which fetches the
 * next page. `id` names the paragraph, so focus can land on it when the last page is in and
 * the button is gone.
 */
export function showMore(id: string, list: Paged<unknown>, what: string, more: () => void, busy: boolean): TemplateResult | typeof nothing {
  if (list.totalCount <= PAGE && !list.pageInfo.hasNextPage) return nothing;
  return html`<p class="more" id=${id} tabindex="-1"><span role="status">Visar ${list.nodes.length} av ${list.totalCount} ${what}.</span>
    ${list.pageInfo.hasNextPage ? html`<button type="button" aria-disabled=${busy ? 'true' : 'false'} @click=${() => busy || more()}>${busy ? 'Hämtar…' : `Visa fler ${what}`}</button>` : nothing}</p>`;
}
