import { css, html, nothing, type TemplateResult } from 'lit';
import { query } from '../api';
import { DOCUMENT_KIND, sv } from '../labels';
import { AGREEMENT_DETAIL, AGREEMENTS, AREAS } from '../queries';
import { base, cite, links, status, statusBadge, today, type Cite, type Ref } from '../shared';
import { calendarHint, calendarLink, downloadLink, exportHref } from '../exports';
import { View } from '../view';

interface Row {
  document: {
    id: string;
    title: string;
    docKind: string;
    terms: { text: string; autoRenewal: boolean; renewalMonths: number | null; noticeMonths: number | null; untilFurtherNotice: boolean } | null;
  };
  /** The status and why, in Swedish, as the API words them (AgreementState.statusLabel, explanationText). */
  state: { status: string; effectiveEnd: string | null; noticeDeadline: string | null; statusLabel: { sv: string }; explanationText: { sv: string } };
}
interface Detail {
  registryNumbers: string[];
  responsible: Ref[];
  parties: Ref[];
  sources: Cite[];
}
interface Register {
  rows: Row[];
}

const SORTS: Record<string, [string, (a: Row, b: Row) => number]> = {
  uppsagning: ['Sista uppsägningsdag', () => 0],
  slut: ['Gäller t.o.m.', (a, b) => (a.state.effectiveEnd ?? '9999').localeCompare(b.state.effectiveEnd ?? '9999')],
  titel: ['Titel', (a, b) => a.document.title.localeCompare(b.document.title, 'sv')],
  status: ['Status', (a, b) => a.state.status.localeCompare(b.state.status)],
};

/** A cell whose details are still coming (undefined) or could not be fetched (null). */
const pendingCell = (d: null | undefined): TemplateResult =>
  d === null ? html`<span class="error">Kunde inte hämtas</span>` : html`<span class="muted pending">Hämtar…</span>`;

/** The renewal terms in a phrase. */
function renewal(t: Row['document']['terms']): string {
  if (!t) return 'Inga villkor angivna';
  const base = t.untilFurtherNotice
    ? 'Tills vidare'
    : t.autoRenewal
      ? `Förlängs automatiskt${t.renewalMonths ? ` med ${t.renewalMonths} mån i taget` : ''}`
      : 'Ingen automatisk förlängning';
  return t.noticeMonths ? `${base}; uppsägningstid ${t.noticeMonths} mån` : base;
}

/**
 * The agreements register on a day: status, effective end, notice deadline, renewal
 * terms, responsible body and parties; filtered by area and by when the notice deadline
 * or the end falls, sorted as chosen.
 * <govgraph-agreements area="area-05" as-of="2024-09-01" notice-to="2025-06-30"></govgraph-agreements>
 */
export class GovgraphAgreements extends View<Register> {
  static properties = {
    asOf: { type: String, attribute: 'as-of' },
    area: { type: String },
    noticeTo: { type: String, attribute: 'notice-to' },
    endsTo: { type: String, attribute: 'ends-to' },
    responsible: { type: String },
    sort: { type: String },
  };
  static styles = [
    base,
    css`
    form { display: flex; flex-wrap: wrap; gap: 0.8em 1.2em; align-items: end; margin: 0.5em 0 1em; padding: 0.6em 0.8em; background: #f6f8fa; border-radius: 4px; }
    form label { display: flex; flex-direction: column; font-weight: 600; gap: 0.2em; }
    td.day { white-space: nowrap; }
    ul.exports { list-style: none; padding: 0; margin: 0 0 1em; display: flex; flex-wrap: wrap; gap: 0.3em 1.5em; }
    ul.exports li.hint-row { flex-basis: 100%; margin: 0; }
    .why { display: block; font-size: 0.9em; color: var(--govgraph-muted, #545b64); }
    @media (max-width: 760px) {
      table, tbody, tr, td { display: block; }
      thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      tr { border: 1px solid #d0d7de; border-radius: 4px; margin: 0 0 0.8em; padding: 0.3em 0.5em; }
      td { border: 0; padding: 0.2em 0; }
      td[data-label]::before { content: attr(data-label) ': '; font-weight: 600; }
    }
  `,
  ];
  declare asOf: string | undefined;
  declare area: string | undefined;
  declare noticeTo: string | undefined;
  declare endsTo: string | undefined;
  declare responsible: string | undefined;
  declare sort: string | undefined;
  /** The counties for the area filter: fetched once, kept while the register reloads. */
  private counties: { id: string; name: string }[] = [];
  /** Parties and sources by document id; they do not depend on the day, so they are kept. */
  private details = new Map<string, Detail | null>();

  private get day(): string {
    return this.asOf || today();
  }

  protected dataKey(): string {
    return [this.day, this.area, this.noticeTo, this.endsTo, this.responsible].join('|');
  }

  protected async fetchData(signal: AbortSignal): Promise<Register> {
    const filter = {
      area: this.area || undefined,
      noticeTo: this.noticeTo || undefined,
      endsTo: this.endsTo || undefined,
      responsible: this.responsible || undefined,
    };
    const list = await query<{ agreements: Row[] }>(AGREEMENTS, { asOf: this.day, filter, noticeWindowMonths: 6 }, signal);
    void this.loadDetails(
      list.agreements.map((r) => r.document.id),
      signal,
    );
    return { rows: list.agreements };
  }

  /** The area filter's counties load on their own, so the form works even if the register fails. */
  connectedCallback(): void {
    super.connectedCallback();
    if (this.counties.length) return;
    query<{ areas: { nodes: { id: string; name: string }[] } }>(AREAS)
      .then((data) => {
        this.counties = data.areas.nodes;
        this.requestUpdate();
      })
      // Without them the filter offers "Alla områden" only; the register still works.
      .catch(() => undefined);
  }

  /**
   * Parties and sources per row, one small operation each (the cost limit keeps them out
   * of the list query; see queries.ts), four at a time so a long register does not flood
   * the service; the table shows at once and fills in.
   */
  private async loadDetails(ids: string[], signal: AbortSignal): Promise<void> {
    const queue = ids.filter((id) => !this.details.has(id));
    const worker = async () => {
      for (let id = queue.shift(); id && !signal.aborted; id = queue.shift()) {
        try {
          const data = await query<{ node: Detail }>(AGREEMENT_DETAIL, { id }, signal);
          this.details.set(id, data.node);
          this.requestUpdate();
        } catch {
          // That row's cells say so; the register itself stands.
          if (!signal.aborted) this.details.set(id, null);
          this.requestUpdate();
        }
      }
    };
    await Promise.all([worker(), worker(), worker(), worker()]);
  }

  private apply(e: Event): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const value = (k: string) => form.get(k)?.toString() || undefined;
    this.asOf = value('per');
    this.area = value('omrade');
    this.noticeTo = value('uppsagning-tom');
    this.endsTo = value('slut-tom');
    // The API's own order (nearest notice deadline) is the default and stays out of the URL.
    this.sort = value('sort') === 'uppsagning' ? undefined : value('sort');
    this.changed({ per: this.asOf, omrade: this.area, 'uppsagning-tom': this.noticeTo, 'slut-tom': this.endsTo, sort: this.sort });
  }

  render(): TemplateResult {
    const pending = status(this.load, 'avtalsregistret');
    const sortKey = this.sort && SORTS[this.sort] ? this.sort : 'uppsagning';
    const counties = this.counties;
    return html`
      <form @submit=${this.apply} @change=${(e: Event) => (e.currentTarget as HTMLFormElement).requestSubmit()} aria-label="Filter för avtalsregistret" part="filters">
        <label>Läget per datum <input name="per" type="date" .value=${this.day} /></label>
        <label>Område
          <select name="omrade">
            <option value="" ?selected=${!this.area}>Alla områden</option>
            ${counties.map((c) => html`<option value=${c.id} ?selected=${c.id === this.area}>${c.name}</option>`)}
            ${this.area && !counties.some((c) => c.id === this.area) ? html`<option value=${this.area} selected>${this.area}</option>` : nothing}
          </select>
        </label>
        <label>Sista uppsägningsdag senast <input name="uppsagning-tom" type="date" .value=${this.noticeTo ?? ''} /></label>
        <label>Gäller t.o.m. senast <input name="slut-tom" type="date" .value=${this.endsTo ?? ''} /></label>
        <label>Sortera efter
          <select name="sort">${Object.entries(SORTS).map(([k, [label]]) => html`<option value=${k} ?selected=${k === sortKey}>${label}</option>`)}</select>
        </label>
        <button type="submit">Visa</button>
      </form>
      ${this.exports()}
      ${pending ?? this.table(sortKey)}`;
  }

  /**
   * The register as a file with the same day and filters (sorted as the API sorts, by
   * notice deadline), and calendar feeds: the whole register, and the chosen area's.
   */
  private exports(): TemplateResult {
    const csv = exportHref('/agreements.csv', { asOf: this.day, area: this.area, noticeTo: this.noticeTo, endsTo: this.endsTo, responsible: this.responsible });
    const areaName = this.counties.find((c) => c.id === this.area)?.name ?? this.area;
    return html`<ul class="exports" aria-label="Ladda ner och prenumerera">
      <li>${downloadLink(csv, 'Ladda ner CSV (Excel)', `avtalsregistret per ${this.day} med valda filter`)}</li>
      <li>${calendarLink(exportHref('/calendar.ics'), 'Prenumerera på kalender (iCal) för hela registret')}</li>
      ${this.area ? html`<li>${calendarLink(exportHref(`/area/${encodeURIComponent(this.area)}.ics`), `Prenumerera på kalender (iCal) för ${areaName}`)}</li>` : nothing}
      <li class="hint-row">${calendarHint()}</li>
    </ul>`;
  }

  private table(sortKey: string): TemplateResult {
    if (this.load.state !== 'done') return html``;
    const { rows } = this.load.data;
    const details = this.details;
    const sorted = sortKey === 'uppsagning' ? rows : [...rows].sort(SORTS[sortKey][1]);
    const sortedBy = (key: string) => (key === sortKey ? 'ascending' : nothing);
    return html`
      <p role="status" id="antal">${rows.length} avtal per ${this.day}.</p>
      <table part="table" aria-describedby="antal">
        <caption class="visually-hidden">Avtalsregistret per ${this.day}</caption>
        <thead><tr>
          <th scope="col" aria-sort=${sortedBy('titel')}>Avtal</th>
          <th scope="col" aria-sort=${sortedBy('status')}>Status</th>
          <th scope="col" aria-sort=${sortedBy('slut')}>Gäller t.o.m.</th>
          <th scope="col" aria-sort=${sortedBy('uppsagning')}>Sista uppsägningsdag</th>
          <th scope="col">Förnyelse</th>
          <th scope="col">Ansvarig</th>
          <th scope="col">Parter</th>
        </tr></thead>
        <tbody>${sorted.map((r) => {
          const d = details.get(r.document.id);
          return html`<tr data-id=${r.document.id}>
            <td><strong>${r.document.title}</strong> <span class="muted">(${sv(DOCUMENT_KIND, r.document.docKind)}${d?.registryNumbers.length ? `, Dnr ${d.registryNumbers.join(', ')}` : ''})</span>
              ${d ? cite(d.sources) : nothing}${r.document.terms ? html`<span class="why">Villkor: ${r.document.terms.text}</span>` : nothing}</td>
            <td data-label="Status">${statusBadge(r.state.status, r.state.statusLabel.sv)}<span class="why">${r.state.explanationText.sv}</span></td>
            <td class="day" data-label="Gäller t.o.m.">${r.state.effectiveEnd ?? '–'}</td>
            <td class="day" data-label="Sista uppsägningsdag">${r.state.noticeDeadline ?? '–'}</td>
            <td data-label="Förnyelse">${renewal(r.document.terms)}</td>
            <td data-label="Ansvarig">${d ? links(d.responsible) : pendingCell(d)}</td>
            <td data-label="Parter">${d ? links(d.parties) : pendingCell(d)}</td>
          </tr>`;
        })}</tbody>
      </table>`;
  }
}
customElements.define('govgraph-agreements', GovgraphAgreements);
