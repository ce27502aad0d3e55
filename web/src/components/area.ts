import { html, nothing, type TemplateResult } from 'lit';
import { explorerUrl, query, service } from '../api';
import { KIND } from '../labels';
import { AREA, AREA_COVERED_BY } from '../queries';
import { appendPage, cite, groupBy, hrefOf, link, nameOf, showMore, status, type Cite, type Paged, type Ref } from '../shared';
import { calendarHint, calendarLink, exportHref } from '../exports';
import { View } from '../view';

interface AreaData {
  id: string;
  name: string;
  code: string | null;
  level: string;
  parent: { id: string; name: string } | null;
  children: { id: string; name: string; code: string | null; level: string }[];
  /** Each named; a mandate by its text, with the body it belongs to. Paged: "Visa fler" appends the next page. */
  coveredByConnection: Paged<Ref & { text?: string | null; body?: { id: string; name: string } | null }>;
  sources: Cite[];
}
const COVERED: Record<string, string> = {
  Body: 'Organ med uppdrag här',
  Organisation: 'Organisationer här',
  Document: 'Dokument som gäller här',
  Item: 'Ärenden här',
  Commission: 'Uppdrag här',
  Mandate: 'Mandat här',
};
const LEVEL: Record<string, string> = { COUNTRY: 'Land', COUNTY: 'Län', COUNTY_PART: 'Länsdel', MUNICIPALITY: 'Kommun', LOCAL: 'Lokalt område' };

/**
 * An area: county → municipalities, and the bodies and organisations whose remit covers it.
 * <govgraph-area area="area-05"></govgraph-area>
 */
export class GovgraphArea extends View<AreaData> {
  static properties = { area: { type: String }, busy: { state: true } };
  declare area: string;
  /** A next page is being fetched. */
  declare busy: boolean;

  protected dataKey(): string | undefined {
    return this.area || undefined;
  }

  protected async fetchData(signal: AbortSignal): Promise<AreaData> {
    const data = await query<{ area: AreaData | null }>(AREA, { id: this.area }, signal);
    if (!data.area) throw new Error(`inget område med id ${this.area}`);
    return data.area;
  }

  /** "Visa fler": the next page of what covers the area, appended; focus stays on the button, or moves to the count when no page is left. */
  private async more(): Promise<void> {
    if (this.load.state !== 'done') return;
    const shown = this.load.data;
    this.busy = true;
    try {
      const data = await query<{ area: Pick<AreaData, 'coveredByConnection'> | null }>(AREA_COVERED_BY, {
        id: shown.id,
        after: shown.coveredByConnection.pageInfo.endCursor,
      });
      if (this.load.state !== 'done' || this.load.data !== shown || !data.area) return;
      this.load = { state: 'done', data: { ...shown, coveredByConnection: appendPage(shown.coveredByConnection, data.area.coveredByConnection) } };
    } catch {
      return; // the button stays: another click asks again
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    if (this.load.state === 'done' && !this.load.data.coveredByConnection.pageInfo.hasNextPage)
      this.renderRoot.querySelector<HTMLElement>('#fler-har')?.focus();
  }

  updated(): void {
    if (this.load.state === 'done' && service.ownsTitle) document.title = `${this.load.data.name} – govgraph`;
  }

  render(): TemplateResult {
    const pending = status(this.load, 'området');
    if (pending || this.load.state !== 'done') return pending!;
    const a = this.load.data;
    const covered = groupBy(a.coveredByConnection.nodes, (n) => n.__typename ?? '');
    return html`<article part="area">
      <p class="muted" style="margin:0">${LEVEL[a.level] ?? a.level}${a.code ? `, SCB-kod ${a.code}` : ''}</p>
      <h1 tabindex="-1">${a.name}</h1>
      ${a.parent ? html`<p>Ligger i ${link({ __typename: 'Area', ...a.parent })} ${cite(a.sources)}</p>` : cite(a.sources)}
      <p><a href=${explorerUrl(`/avtal?omrade=${encodeURIComponent(a.id)}`)}>Avtal i ${a.name}</a>${a.level === 'COUNTY' ? html` · <a href=${explorerUrl(`/overlapp?omrade=${encodeURIComponent(a.id)}`)}>Överlapp och luckor i ${a.name}</a>` : nothing}</p>
      <p>${calendarLink(exportHref(`/area/${encodeURIComponent(a.id)}.ics`), `Prenumerera på kalender (iCal) för ${a.name}`)} ${calendarHint()}</p>
      ${covered.map(
        (group) => html`<section class="covered">
        <h2>${COVERED[group[0].__typename ?? ''] ?? KIND[group[0].__typename ?? ''] ?? 'Övrigt'} (${group.length})</h2>
        <ul>${group.map((n) => html`<li>${n.body ? html`${link({ __typename: 'Body', ...n.body })}: ` : nothing}${hrefOf(n) ? link(n) : nameOf(n)}</li>`)}</ul>
      </section>`,
      )}
      ${showMore('fler-har', a.coveredByConnection, 'som verkar här', () => void this.more(), this.busy)}
      ${
        a.children.length
          ? html`<section><h2>Områden i ${a.name} (${a.children.length})</h2>
        <ul>${a.children.map((c) => html`<li>${link({ __typename: 'Area', ...c })}${c.code ? html` <span class="muted">(${c.code})</span>` : nothing}</li>`)}</ul></section>`
          : nothing
      }
    </article>`;
  }
}
customElements.define('govgraph-area', GovgraphArea);
