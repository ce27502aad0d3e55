import { css, html, nothing, type TemplateResult } from 'lit';
import { query, service } from '../api';
import { DECIDER, DOCUMENT_KIND, STEP, sv } from '../labels';
import { ITEM, ITEM_DOCUMENTS, ITEM_STEPS, ITEM_STEP_DOCUMENTS } from '../queries';
import { base, cite, dayPicker, link, links, status, statusBadge, today, type Cite, type Ref } from '../shared';
import { View } from '../view';

interface Step {
  id: string;
  kind: string;
  text: string;
  date: { text: string } | null;
  registryNumber: string | null;
  paragraph: string | null;
  note: string | null;
  body: Ref | null;
  meeting: (Ref & { meetingTitle?: string | null }) | null;
  sources: Cite[];
  documents?: { id: string; title: string }[];
}
interface ItemData {
  item: {
    id: string;
    title: string;
    description: string | null;
    status: string | null;
    note: string | null;
    registryNumbers: string[];
    responsibleText: string | null;
    sources: Cite[];
    topics: { id: string; name: string }[];
    preparedBy: Ref[];
    decidedBy: { kind: string; condition: string | null; decider: Ref; sources: Cite[] }[];
    followedUpBy: Ref[];
    responsible: Ref[];
    heldBy: Ref | null;
    commissions: Ref[];
  };
  documents: {
    id: string;
    title: string;
    docKind: string;
    registryNumbers: string[];
    terms: { text: string; noticeText: string | null } | null;
    state: { status: string; effectiveEnd: string | null; noticeDeadline: string | null } | null;
    sources: Cite[];
  }[];
  steps: Step[];
}

/**
 * An item (ärende): who prepares, who decides (verb and condition), who follows up, the
 * body that holds it on a day, its documents with their notice deadlines, and a timeline
 * of dated steps with registry numbers, meetings and documents.
 * <govgraph-item item="item-002-samverkansavtal-hemsjukvard" as-of="2024-09-01"></govgraph-item>
 */
export class GovgraphItem extends View<ItemData> {
  static properties = { item: { type: String }, asOf: { type: String, attribute: 'as-of' } };
  static styles = [
    base,
    css`
    ol.timeline { list-style: none; padding: 0; margin: 0; border-left: 3px solid #8c959f; }
    ol.timeline > li { position: relative; padding: 0 0 1em 1.2em; }
    ol.timeline > li::before { content: ''; position: absolute; left: -8px; top: 0.35em; width: 11px; height: 11px; border-radius: 50%; background: var(--govgraph-accent, #0b57a4); border: 1px solid #fff; }
    .when { font-weight: 700; }
    .decider { margin-bottom: 0.5em; }
    .condition { display: block; margin-left: 1em; font-style: italic; }
    .doc { border: 1px solid #d0d7de; border-radius: 4px; padding: 0.5em 0.8em; margin: 0.5em 0; }
  `,
  ];
  declare item: string;
  declare asOf: string | undefined;

  private get day(): string {
    return this.asOf || today();
  }

  protected dataKey(): string | undefined {
    return this.item ? `${this.item}|${this.day}` : undefined;
  }

  protected async fetchData(signal: AbortSignal): Promise<ItemData> {
    const vars = { id: this.item, asOf: this.day };
    const [core, docs, steps, stepDocs] = await Promise.all([
      query<{ node: ItemData['item'] | null }>(ITEM, vars, signal),
      query<{ node: { documents: ItemData['documents'] } | null }>(ITEM_DOCUMENTS, vars, signal),
      query<{ node: { steps: Step[] } | null }>(ITEM_STEPS, { id: this.item }, signal),
      query<{ node: { steps: { id: string; documents: { id: string; title: string }[] }[] } | null }>(ITEM_STEP_DOCUMENTS, { id: this.item }, signal),
    ]);
    if (!core.node?.title) throw new Error(`inget ärende med id ${this.item}`);
    const documentsOf = new Map(stepDocs.node!.steps.map((s) => [s.id, s.documents]));
    return { item: core.node, documents: docs.node!.documents, steps: steps.node!.steps.map((s) => ({ ...s, documents: documentsOf.get(s.id) ?? [] })) };
  }

  updated(): void {
    if (this.load.state === 'done' && service.ownsTitle) document.title = `${this.load.data.item.title} – govgraph`;
  }

  private setDay(day: string): void {
    this.asOf = day;
    this.changed({ per: day });
  }

  render(): TemplateResult {
    const pending = status(this.load, 'ärendet');
    if (pending || this.load.state !== 'done') return pending!;
    const { item: i, documents, steps } = this.load.data;
    return html`<article part="item">
      <p class="muted" style="margin:0">Ärende</p>
      <h1 tabindex="-1">${i.title}</h1>
      ${i.description ? html`<p>${i.description} ${cite(i.sources)}</p>` : html`<p>${cite(i.sources)}</p>`}
      ${dayPicker(this.day, (day) => this.setDay(day))}
      <dl class="facts" part="roles">
        <dt>Bereds av</dt><dd>${links(i.preparedBy)}</dd>
        <dt>Beslutas av</dt><dd>${i.decidedBy.length ? i.decidedBy.map((d) => html`<div class="decider">${link(d.decider)} <strong>${sv(DECIDER, d.kind)}</strong> ${cite(d.sources)}${d.condition ? html`<span class="condition">Villkor: ${d.condition}</span>` : nothing}</div>`) : html`<span class="muted">Ingen beslutande instans registrerad</span>`}</dd>
        <dt>Följs upp av</dt><dd>${links(i.followedUpBy)}</dd>
        <dt>Hos per ${this.day}</dt><dd>${i.heldBy ? link(i.heldBy) : html`<span class="muted">Okänt</span>`}</dd>
        ${i.responsible.length || i.responsibleText ? html`<dt>Ansvarig</dt><dd>${i.responsible.length ? links(i.responsible) : i.responsibleText}</dd>` : nothing}
        ${i.status ? html`<dt>Läge enligt källan</dt><dd>${i.status}</dd>` : nothing}
        ${i.registryNumbers.length ? html`<dt>Diarienummer</dt><dd>${i.registryNumbers.join(', ')}</dd>` : nothing}
        ${i.topics.length ? html`<dt>Ämnen</dt><dd>${i.topics.map((t) => t.name).join(', ')}</dd>` : nothing}
        ${i.commissions.length ? html`<dt>Uppdrag</dt><dd>${links(i.commissions)}</dd>` : nothing}
      </dl>
      ${i.note ? html`<p class="muted">Anmärkning: ${i.note}</p>` : nothing}

      <section aria-labelledby="dokument">
        <h2 id="dokument">Dokument</h2>
        ${
          documents.length
            ? documents.map(
                (d) => html`<div class="doc" part="document">
          <strong>${d.title}</strong> <span class="muted">(${sv(DOCUMENT_KIND, d.docKind)}${d.registryNumbers.length ? `, Dnr ${d.registryNumbers.join(', ')}` : ''})</span> ${cite(d.sources)}
          ${
            d.state
              ? html`<dl class="facts">
            <dt>Status per ${this.day}</dt><dd>${statusBadge(d.state.status)}</dd>
            <dt>Gäller t.o.m.</dt><dd>${d.state.effectiveEnd ?? html`<span class="muted">Inget slutdatum</span>`}</dd>
            <dt>Sista uppsägningsdag</dt><dd>${d.state.noticeDeadline ?? html`<span class="muted">Ingen uppsägningstid anges i källan</span>`}</dd>
            ${d.terms ? html`<dt>Villkor enligt källan</dt><dd>${d.terms.text}</dd>` : nothing}
          </dl>`
              : nothing
          }
        </div>`,
              )
            : html`<p class="muted">Inga dokument registrerade.</p>`
        }
      </section>

      <section aria-labelledby="tidslinje">
        <h2 id="tidslinje">Tidslinje</h2>
        ${steps.length ? html`<ol class="timeline" part="timeline">${steps.map((s) => this.step(s))}</ol>` : html`<p class="muted">Inga steg registrerade.</p>`}
      </section>
    </article>`;
  }

  private step(s: Step): TemplateResult {
    return html`<li>
      <span class="when">${s.date?.text ?? 'Okänt datum'}</span> · <strong>${sv(STEP, s.kind)}</strong>${s.body ? html` i ${link(s.body)}` : nothing}
      ${s.meeting?.meetingTitle ? html` · möte ${s.meeting.meetingTitle}` : nothing}
      <div>${s.text}</div>
      ${s.registryNumber || s.paragraph ? html`<div>${s.registryNumber ? `Dnr ${s.registryNumber}` : ''}${s.registryNumber && s.paragraph ? ' · ' : ''}${s.paragraph ? `§ ${s.paragraph}` : ''}</div>` : nothing}
      ${s.documents?.length ? html`<div>Dokument: ${s.documents.map((d) => d.title).join('; ')}</div>` : nothing}
      ${s.note ? html`<div class="muted">${s.note}</div>` : nothing}
      ${cite(s.sources)}
    </li>`;
  }
}
customElements.define('govgraph-item', GovgraphItem);
