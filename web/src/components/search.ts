import { css, html, nothing, type TemplateResult } from 'lit';
import { explorerUrl, query } from '../api';
import { CLASSIFICATION, DOCUMENT_KIND, KIND, sv } from '../labels';
import { SEARCH } from '../queries';
import { base, hrefOf, link, links, nameOf, status, type Ref } from '../shared';
import { View } from '../view';

interface Hit {
  kind: string;
  score: number;
  node: Ref & Record<string, any>;
}

/**
 * Search across everything: a labelled search box (a plain GET form to /sok, so it works
 * as a link and without the router) and the hits with their kind and what they belong to.
 * <govgraph-search q="SVO"></govgraph-search>
 */
export class GovgraphSearch extends View<Hit[]> {
  static properties = { q: { type: String } };
  static styles = [
    base,
    css`
    form { display: flex; flex-wrap: wrap; gap: 0.5em; align-items: end; margin: 0.5em 0 1em; }
    label { font-weight: 600; display: block; }
    .field { flex: 1 1 16em; }
    input[type=search] { width: 100%; box-sizing: border-box; font-size: 1.1rem; }
    ol { list-style: none; padding: 0; }
    li.hit { padding: 0.6em 0; border-bottom: 1px solid #d0d7de; }
    .title { font-size: 1.05rem; font-weight: 600; }
    .context { margin: 0.2em 0 0; color: var(--govgraph-muted, #545b64); }
  `,
  ];
  declare q: string;

  protected dataKey(): string | undefined {
    return this.q?.trim() ? this.q.trim() : undefined;
  }

  protected async fetchData(signal: AbortSignal): Promise<Hit[]> {
    const data = await query<{ search: Hit[] }>(SEARCH, { text: this.q.trim(), first: 30 }, signal);
    return data.search;
  }

  private submit(e: Event): void {
    const text = new FormData(e.target as HTMLFormElement).get('q')?.toString().trim() ?? '';
    e.preventDefault();
    this.q = text;
    this.changed({ q: text });
  }

  render(): TemplateResult {
    const asked = this.q?.trim();
    return html`
      <form role="search" action="/sok" method="get" @submit=${this.submit} part="form">
        <div class="field">
          <label for="q">Sök organ, ärenden, avtal, uppdrag, personer…</label>
          <input id="q" name="q" type="search" .value=${asked ?? ''} autocomplete="off" aria-describedby="q-hint" />
        </div>
        <button type="submit">Sök</button>
        <p id="q-hint" class="muted" style="flex-basis:100%;margin:0">Till exempel <i>SVO</i>, <i>hemsjukvård</i> eller <i>nära vård</i>. Å, ä och ö kan utelämnas.</p>
      </form>
      ${asked ? this.results(asked) : nothing}`;
  }

  private results(asked: string): TemplateResult {
    const pending = status(this.load, 'sökträffar');
    if (pending || this.load.state !== 'done') return pending!;
    const hits = this.load.data;
    return html`
      <h2 id="hits" role="status">${hits.length === 0 ? 'Inga träffar' : `${hits.length} träffar`} för ”${asked}”</h2>
      <ol aria-labelledby="hits" part="results">
        ${hits.map(
          (h) => html`<li class="hit">
          <span class="badge" part="kind">${KIND[h.kind] ?? h.kind}</span>
          <span class="title">${this.hitTitle(h)}</span>
          <p class="context">${this.context(h)}</p>
        </li>`,
        )}
      </ol>`;
  }

  /** The hit's own page where it has one, else the page it belongs to. */
  private hitTitle(h: Hit): TemplateResult | typeof nothing {
    const n = h.node;
    switch (h.kind) {
      case 'Mandate':
        return html`${n.summary ?? n.text?.slice(0, 140) + (n.text?.length > 140 ? '…' : '')}`;
      case 'Commission':
        return n.item ? html`<a href=${explorerUrl(`/arende/${encodeURIComponent(n.item.id)}`)}>${n.title}</a>` : html`${n.title}`;
      // The kind is on the badge already, so a hit without a page of its own is plain text.
      default:
        return hrefOf({ ...n, __typename: h.kind }) ? link({ ...n, __typename: h.kind }) : html`${nameOf(n)}`;
    }
  }

  /** What the hit belongs to, in a line. */
  private context(h: Hit): TemplateResult | string {
    const n = h.node;
    switch (h.kind) {
      case 'Body':
        return html`${sv(CLASSIFICATION, n.classification)}${n.area ? ` · ${n.area.name}` : ''}${n.partOf ? html` · del av ${link({ __typename: 'Body', ...n.partOf })}` : ''}${n.organisation ? ` · ${n.organisation.name}` : ''}${n.altNames?.length ? ` · även ${n.altNames.join(', ')}` : ''}`;
      case 'Organisation':
        return html`${n.area?.name ?? ''}${n.partOf ? ` · del av ${n.partOf.name}` : ''}`;
      case 'Item':
        return html`Hos ${links(n.heldBy ? [n.heldBy] : [], 'okänt organ')} · bereds av ${links(n.preparedBy)}`;
      case 'Document':
        return html`${sv(DOCUMENT_KIND, n.docKind)}${n.parties?.length ? html` · parter: ${links(n.parties)}` : ''}`;
      case 'Commission':
        return html`Uppdrag från ${links(n.issuedBy)}${n.item ? html` · i ärendet ${n.item.title}` : ''}`;
      case 'Topic':
        return html`${n.broader ? `Del av ${n.broader.name}` : 'Ämne'}${n.ownedBy ? html` · hos ${link(n.ownedBy)}` : ''}`;
      case 'Mandate':
        return html`Mandat för ${link({ __typename: 'Body', ...n.body })}`;
      case 'Person':
        return html`${n.personTitle ? `${n.personTitle} · ` : ''}sitter i ${links((n.memberships ?? []).map((m: any) => ({ __typename: 'Body', ...m.body })))}`;
      case 'Indicator':
        return html`Följer upp ${(n.topics ?? []).map((t: any) => t.name).join(', ') || 'ej angivet ämne'}`;
      default:
        return '';
    }
  }
}
customElements.define('govgraph-search', GovgraphSearch);
