import { css, html, nothing, type TemplateResult } from 'lit';
import { explorerUrl, query, service } from '../api';
import { CAPACITY, CHANGE, CLASSIFICATION, COMMISSION_STATUS, ROLE, TIER, sv } from '../labels';
import { BODY, BODY_ITEMS, BODY_MANDATES, BODY_MEMBERS, BODY_WORK } from '../queries';
import { appendPage, base, cite, dayPicker, link, links, showMore, status, today, type Cite, type Paged, type Ref } from '../shared';
import { calendarHint, calendarLink, downloadLink, exportHref } from '../exports';
import { View } from '../view';
import './chain';

type Dated = { text: string } | null;
interface Commission {
  id: string;
  title: string;
  status: string;
  due: Dated;
  overdue: boolean;
}
interface ItemRow {
  id: string;
  title: string;
  status: string | null;
}
interface BodyData {
  body: {
    id: string;
    name: string;
    altNames: string[];
    classification: string;
    tier: string | null;
    description: string | null;
    note: string | null;
    sizeText: string | null;
    meetingFrequency: string | null;
    founded: Dated;
    dissolved: Dated;
    area: { id: string; name: string; parent: { id: string; name: string } | null } | null;
    organisation: { id: string; name: string } | null;
    partOf: { id: string; name: string } | null;
    parts: { id: string; name: string }[];
    sources: Cite[];
    principals: { organisation: { id: string; name: string }; validFrom: Dated; validTo: Dated; sources: Cite[] }[];
  };
  mandates: { id: string; summary: string | null; text: string; capacities: string[]; validFrom: Dated; validTo: Dated; sources: Cite[] }[];
  members: { id: string; role: string; roleText: string | null; count: number | null; holder: Ref | null; representing: Ref | null; sources: Cite[] }[];
  work: {
    /** Paged: "Visa fler" appends the next page of a list. */
    itemsPreparedConnection: Paged<ItemRow>;
    itemsDecidedConnection: Paged<ItemRow>;
    itemsFollowedUpConnection: Paged<ItemRow>;
    commissionsIssued: Commission[];
    commissionsReceived: Commission[];
    meetings: { id: string; meetingTitle: string | null; date: { text: string }; place: string | null }[];
    history: { id: string; kind: string; text: string; date: Dated }[];
  };
}

/** The item lists of a body, with the flag BodyItems takes to read the next page of each. */
const ITEM_LISTS = {
  itemsPreparedConnection: 'prepared',
  itemsDecidedConnection: 'decided',
  itemsFollowedUpConnection: 'followedUp',
} as const;
type ItemList = keyof typeof ITEM_LISTS;

const period = (from: Dated, to: Dated): string => (from || to ? ` (${from?.text ?? '…'}–${to?.text ?? ''})` : '');
const asBody = (r: { id: string; name: string }): Ref => ({ __typename: 'Body', ...r });

/**
 * A body (organ): what it is, its area and principals, mandates, seats and roles on a
 * chosen date, what it prepares, decides and follows up, commissions, meetings, history,
 * and its reporting chain.
 * <govgraph-body body="body-svo" as-of="2024-09-01" depth="2"></govgraph-body>
 */
export class GovgraphBody extends View<BodyData> {
  static properties = { body: { type: String }, asOf: { type: String, attribute: 'as-of' }, depth: { type: Number }, busy: { state: true } };
  static styles = [
    base,
    css`
    .cols { display: grid; grid-template-columns: repeat(auto-fit, minmax(16em, 1fr)); gap: 0 1.5em; }
    .alt { color: var(--govgraph-muted, #545b64); margin-top: 0; }
    blockquote { margin: 0.3em 0; padding-left: 0.8em; border-left: 3px solid #d0d7de; }
  `,
  ];
  declare body: string;
  declare asOf: string | undefined;
  declare depth: number;
  /** The item list whose next page is being fetched. */
  declare busy: ItemList | undefined;

  constructor() {
    super();
    this.depth = 2;
  }

  private get day(): string {
    return this.asOf || today();
  }

  protected dataKey(): string | undefined {
    return this.body ? `${this.body}|${this.day}` : undefined;
  }

  protected async fetchData(signal: AbortSignal): Promise<BodyData> {
    const vars = { id: this.body, asOf: this.day };
    const [core, mandates, members, work] = await Promise.all([
      query<{ body: BodyData['body'] | null }>(BODY, vars, signal),
      query<{ body: { mandates: BodyData['mandates'] } | null }>(BODY_MANDATES, vars, signal),
      query<{ body: { memberships: BodyData['members'] } | null }>(BODY_MEMBERS, vars, signal),
      query<{ body: BodyData['work'] | null }>(BODY_WORK, vars, signal),
    ]);
    if (!core.body) throw new Error(`inget organ med id ${this.body}`);
    return { body: core.body, mandates: mandates.body!.mandates, members: members.body!.memberships, work: work.body! };
  }

  updated(): void {
    if (this.load.state === 'done' && service.ownsTitle) document.title = `${this.load.data.body.name} – govgraph`;
  }

  /** "Visa fler": the next page of one item list, appended; focus stays on the button, or moves to the count when no page is left. */
  private async more(list: ItemList): Promise<void> {
    if (this.load.state !== 'done') return;
    const shown = this.load.data;
    this.busy = list;
    try {
      const vars = { id: shown.body.id, after: shown.work[list].pageInfo.endCursor, [ITEM_LISTS[list]]: true };
      const data = await query<{ body: Partial<BodyData['work']> | null }>(BODY_ITEMS, vars);
      const next = data.body?.[list];
      if (this.load.state !== 'done' || this.load.data !== shown || !next) return;
      this.load = { state: 'done', data: { ...shown, work: { ...shown.work, [list]: appendPage(shown.work[list], next) } } };
    } catch {
      return; // the button stays: another click asks again
    } finally {
      this.busy = undefined;
    }
    await this.updateComplete;
    if (this.load.state === 'done' && !this.load.data.work[list].pageInfo.hasNextPage)
      this.renderRoot.querySelector<HTMLElement>(`#fler-${ITEM_LISTS[list]}`)?.focus();
  }

  private setDay(day: string): void {
    this.asOf = day;
    this.changed({ per: day });
  }

  render(): TemplateResult {
    const pending = status(this.load, 'organet');
    if (pending || this.load.state !== 'done') return pending!;
    const { body: b, mandates, members, work } = this.load.data;
    return html`
      <article part="body">
        <h1 tabindex="-1">${b.name}</h1>
        ${b.altNames.length ? html`<p class="alt">Även: ${b.altNames.join(', ')}</p>` : nothing}
        <dl class="facts">
          <dt>Typ</dt><dd>${sv(CLASSIFICATION, b.classification)} ${cite(b.sources)}</dd>
          <dt>Nivå</dt><dd>${b.tier ? sv(TIER, b.tier) : html`<span class="muted">Anges inte i källorna</span>`}</dd>
          <dt>Område</dt><dd>${b.area ? html`${link({ __typename: 'Area', ...b.area })}${b.area.parent ? html`, ${link({ __typename: 'Area', ...b.area.parent })}` : nothing}` : html`<span class="muted">Ingen uppgift</span>`}</dd>
          ${b.partOf ? html`<dt>Del av</dt><dd>${link(asBody(b.partOf))}</dd>` : nothing}
          ${b.organisation ? html`<dt>Tillhör</dt><dd>${b.organisation.name}</dd>` : nothing}
          ${b.parts.length ? html`<dt>Delar</dt><dd>${links(b.parts.map(asBody))}</dd>` : nothing}
          ${b.founded || b.dissolved ? html`<dt>Tid</dt><dd>${b.founded ? `Bildat ${b.founded.text}` : ''}${b.dissolved ? ` · upplöst ${b.dissolved.text}` : ''}</dd>` : nothing}
          ${b.sizeText ? html`<dt>Storlek</dt><dd>${b.sizeText}</dd>` : nothing}
          ${b.meetingFrequency ? html`<dt>Möts</dt><dd>${b.meetingFrequency}</dd>` : nothing}
        </dl>
        ${b.description ? html`<blockquote>${b.description}</blockquote>` : nothing}
        ${dayPicker(this.day, (day) => this.setDay(day))}

        <section aria-labelledby="kedja">
          <h2 id="kedja">Rapporteringskedja</h2>
          <govgraph-chain exportparts="diagram,selected-line,text-alternative,source" body=${b.id} depth=${this.depth} as-of=${this.day} @govgraph-change=${(e: CustomEvent) => (this.depth = Number(e.detail.djup ?? this.depth))}></govgraph-chain>
          <p>Ladda ner kedjan med samma djup och datum: ${downloadLink(exportHref(`/body/${encodeURIComponent(b.id)}/chain.mmd`, { depth: this.depth, asOf: this.day }), 'Mermaid-diagram (.mmd)', b.name)}
            · ${downloadLink(exportHref(`/body/${encodeURIComponent(b.id)}/chain.dot`, { depth: this.depth, asOf: this.day }), 'Graphviz DOT (.dot)', b.name)}</p>
        </section>

        <section aria-labelledby="huvudman">
          <h2 id="huvudman">Huvudmän</h2>
          ${b.principals.length ? html`<ul>${b.principals.map((p) => html`<li>${p.organisation.name}${period(p.validFrom, p.validTo)} ${cite(p.sources)}</li>`)}</ul>` : html`<p class="muted">Inga huvudmän registrerade per ${this.day}.</p>`}
        </section>

        <section aria-labelledby="mandat">
          <h2 id="mandat">Mandat</h2>
          ${
            mandates.length
              ? html`<ul>${mandates.map(
                  (m) => html`<li>
            ${m.capacities.length ? html`<strong>${m.capacities.map((c) => sv(CAPACITY, c)).join(', ')}:</strong> ` : nothing}${m.text}${period(m.validFrom, m.validTo)} ${cite(m.sources)}</li>`,
                )}</ul>`
              : html`<p class="muted">Inga mandat registrerade per ${this.day}.</p>`
          }
        </section>

        <section aria-labelledby="ledamoter">
          <h2 id="ledamoter">Ledamöter och roller per ${this.day}</h2>
          ${
            members.length
              ? html`<ul>${members.map(
                  (m) => html`<li>
            <strong>${m.roleText ?? sv(ROLE, m.role)}</strong>${m.count ? ` (${m.count})` : ''}: ${m.holder ? link(m.holder) : html`<span class="muted">ej namngiven</span>`}${m.representing ? html`, för ${link(m.representing)}` : nothing} ${cite(m.sources)}</li>`,
                )}</ul>`
              : html`<p class="muted">Inga ledamöter eller roller registrerade per ${this.day}.</p>`
          }
        </section>

        <section aria-labelledby="arenden">
          <h2 id="arenden">Ärenden</h2>
          <div class="cols">
            ${this.items('Bereder', work, 'itemsPreparedConnection')}
            ${this.items('Beslutar', work, 'itemsDecidedConnection')}
            ${this.items('Följer upp', work, 'itemsFollowedUpConnection')}
          </div>
        </section>

        <section aria-labelledby="uppdrag">
          <h2 id="uppdrag">Uppdrag</h2>
          <div class="cols">
            ${this.commissions('Givna uppdrag', work.commissionsIssued)}
            ${this.commissions('Mottagna uppdrag', work.commissionsReceived)}
          </div>
        </section>

        <section aria-labelledby="moten">
          <h2 id="moten">Möten</h2>
          ${work.meetings.length ? html`<ul>${work.meetings.map((m) => html`<li>${m.date.text}: ${m.meetingTitle ?? 'Möte'}${m.place ? `, ${m.place}` : ''}</li>`)}</ul>` : html`<p class="muted">Inga möten i källorna.</p>`}
        </section>

        ${
          work.history.length
            ? html`<section aria-labelledby="historik">
          <h2 id="historik">Historik</h2>
          <ul>${work.history.map((h) => html`<li>${h.date?.text ?? 'Okänt datum'}: <strong>${sv(CHANGE, h.kind)}</strong> – ${h.text}</li>`)}</ul>
        </section>`
            : nothing
        }

        <section aria-labelledby="ladda-ner">
          <h2 id="ladda-ner">Ladda ner och prenumerera</h2>
          <ul>
            <li>${calendarLink(exportHref(`/body/${encodeURIComponent(b.id)}.ics`), 'Prenumerera på kalender (iCal) för organet')} ${calendarHint()}</li>
            <li>${downloadLink(exportHref(`/body/${encodeURIComponent(b.id)}/popolo.json`), 'Organet, huvudmän och ledamöter som öppna data (Popolo JSON-LD)')}</li>
          </ul>
        </section>
      </article>`;
  }

  private items(heading: string, work: BodyData['work'], list: ItemList): TemplateResult {
    const rows = work[list].nodes;
    return html`<div><h3>${heading}</h3>${rows.length ? html`<ul>${rows.map((i) => html`<li><a href=${explorerUrl(`/arende/${encodeURIComponent(i.id)}`)}>${i.title}</a></li>`)}</ul>` : html`<p class="muted">Inga.</p>`}
      ${showMore(`fler-${ITEM_LISTS[list]}`, work[list], 'ärenden', () => void this.more(list), this.busy === list)}</div>`;
  }

  private commissions(heading: string, rows: Commission[]): TemplateResult {
    return html`<div><h3>${heading}</h3>${
      rows.length
        ? html`<ul>${rows.map(
            (c) => html`<li>
      ${c.title} <span class="badge">${sv(COMMISSION_STATUS, c.status)}</span>${c.due ? html` · klart ${c.due.text}` : nothing}
      ${c.overdue ? html` <span class="badge bad">Försenat per ${this.day}</span>` : nothing}</li>`,
          )}</ul>`
        : html`<p class="muted">Inga.</p>`
    }</div>`;
  }
}
customElements.define('govgraph-body', GovgraphBody);
