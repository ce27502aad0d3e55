import { css, html, nothing, type TemplateResult } from 'lit';
import { ApiError, query } from '../api';
import { downloadLink, exportHref } from '../exports';
import { CAPACITY, COMMISSION_STATUS, DECIDER, OVERLAP, ROLE, STEP, sv } from '../labels';
import {
  AREAS,
  COMMISSIONS_WITHOUT_REPORT_BACK,
  ITEMS_PREPARED_IN_SEVERAL_PLACES,
  ITEMS_WITH_SEVERAL_DECIDERS,
  ITEMS_WITHOUT_DECIDER,
  REMIT_OVERLAPS,
  SEATS_IN_OVERLAPPING_BODIES,
  TOPICS,
} from '../queries';
import { base, cite, groupBy, link, links, loadSources, nameOf, status, type Cite, type Ref } from '../shared';
import { View } from '../view';

type Named = { id: string; name: string };
type ItemRef = { id: string; title: string; status?: string | null };
interface Mandate {
  id: string;
  text: string;
  sources: Cite[];
}
interface Overlap {
  classification: string;
  bodyA: Named;
  bodyB: Named;
  mandateA: Mandate;
  mandateB: Mandate;
  areaA: Named;
  areaB: Named;
  period: { from: string | null; to: string | null };
  sharedTopics: Named[];
  sharedCapacities: string[];
  /** How alike the two texts are (null under the threshold), with the sentences that match. */
  similarity: { score: number; passages: { textA: string; textB: string; score: number }[] } | null;
}
interface Prepared {
  item: ItemRef;
  preparers: { preparer: Ref }[];
}
interface WithoutDecider {
  item: ItemRef & { sources: Cite[] };
  decisionSteps: { id: string; kind: string; text: string; date: { text: string } | null }[];
}
interface SeveralDeciders {
  item: ItemRef;
  deciders: { kind: string; condition: string | null; decider: Ref }[];
}
interface Commission {
  id: string;
  title: string;
  status: string;
  due: { text: string } | null;
  issuedBy: Ref[];
  assignedTo: Ref[];
  item: ItemRef | null;
  sources: Cite[];
}
interface Seat {
  holder: Ref;
  bodyA: Named;
  bodyB: Named;
  seatsA: { role: string }[];
  seatsB: { role: string }[];
  sharedTopics: { name: string }[];
}
interface Topic {
  id: string;
  name: string;
  kind: string;
  broader: { id: string } | null;
  sources: Cite[];
}

const asBody = (b: Named): Ref => ({ __typename: 'Body', ...b });
const asItem = (i: ItemRef): Ref => ({ __typename: 'Item', ...i });
const roles = (seats: { role: string }[]): string => [...new Set(seats.map((s) => sv(ROLE, s.role).toLowerCase()))].join(', ');

/** An analysis of the API: its query field (also its CSV export's name), how to ask and how to show it. */
interface Analysis<T> {
  key: string;
  operation: string;
  /** As many findings as the cost limit allows for its fields, the same as its CSV export (src/export/tables.ts). */
  first: number;
  anchor: string;
  heading: string;
  /** What it finds, in one plain sentence. */
  explain: string;
  rows: (rows: T[]) => TemplateResult;
}

function period(p: Overlap['period']): string {
  if (!p.from && !p.to) return 'Källorna anger ingen tid för något av mandaten';
  return `${p.from ?? 'okänd start'} – ${p.to ?? 'inget slut angivet'}`;
}

const TONE: Record<string, string> = { DUPLICATION: 'bad', OVERLAP: 'warn', FRAGMENTATION: '' };

/** Scores as the API gives them, two decimals with a point ("Likhet 0.82"). */
const score = (x: number): string => x.toFixed(2);

/**
 * Why the two mandates meet: the topics they share (the shared vocabulary's among them) and
 * how alike their texts are, with each matching sentence next to the one it matches.
 */
function reasons(o: Overlap): TemplateResult {
  const sim = o.similarity;
  // A document's topic and the shared topic it lies within often have one name: shown once.
  const topics = [...new Set(o.sharedTopics.map((t) => t.name))];
  return html`<div class="reasons">
    <p><strong>Gemensamma ämnen:</strong> ${topics.length ? topics.join(', ') : html`<span class="muted">Inga</span>`}</p>
    ${
      sim
        ? html`<p class="similarity"><strong>Likhet ${score(sim.score)}</strong> <span class="muted">(textlikhet, 0–1)</span></p>
          ${
            sim.passages.length
              ? html`<ul class="passages" aria-label="Meningar som stämmer överens">
                ${sim.passages.map(
                  (p) => html`<li class="passage">
                    <div class="sides">
                      <blockquote class="match"><span class="sr-only">${o.bodyA.name}: </span>${p.textA}</blockquote>
                      <blockquote class="match"><span class="sr-only">${o.bodyB.name}: </span>${p.textB}</blockquote>
                    </div>
                    <span class="muted">Meningarnas likhet ${score(p.score)}</span>
                  </li>`,
                )}
              </ul>`
              : nothing
          }`
        : html`<p class="similarity muted">Texterna är inte lika nog för att jämföras mening för mening.</p>`
    }
  </div>`;
}

/** Two mandates side by side: each body, its area, its mandate's own words and source. */
function pair(o: Overlap): TemplateResult {
  const [name, meaning] = OVERLAP[o.classification] ?? [o.classification, ''];
  const side = (b: Named, area: Named, m: Mandate) => html`<div class="side">
    <p class="who">${link(asBody(b))} <span class="muted">· ${area.name}</span></p>
    <blockquote>${m.text}</blockquote>
    ${cite(m.sources)}
  </div>`;
  return html`<li class="pair" data-classification=${o.classification} data-id=${`${o.mandateA.id}|${o.mandateB.id}`}>
    <h3><span class="badge ${TONE[o.classification] ?? ''}">${name}</span> ${o.bodyA.name} och ${o.bodyB.name}</h3>
    <div class="sides">${side(o.bodyA, o.areaA, o.mandateA)}${side(o.bodyB, o.areaB, o.mandateB)}</div>
    ${reasons(o)}
    <dl class="facts">
      <dt>Klassning</dt><dd>${name}: ${meaning}</dd>
      <dt>Gemensamma förmågor</dt><dd>${o.sharedCapacities.length ? o.sharedCapacities.map((c) => sv(CAPACITY, c)).join(', ') : html`<span class="muted">Inga</span>`}</dd>
      <dt>Gäller samtidigt</dt><dd>${period(o.period)}</dd>
    </dl>
  </li>`;
}

/** The analyses, in the order the page shows them. */
const ANALYSES: Analysis<any>[] = [
  {
    key: 'remitOverlaps',
    operation: REMIT_OVERLAPS,
    first: 75,
    anchor: 'mandat',
    heading: 'Överlappande mandat',
    explain:
      'Par av organ vars mandat gäller samma ämne, eller vars mandattexter är nästan lika, i samma område under samma tid, klassade som dubbelarbete, överlappning eller fragmentering enligt den amerikanska riksrevisionens (GAO) modell. Varje par visar skälen: gemensamma ämnen (också i det gemensamma ämnesregistret), textlikhet och meningarna som stämmer överens.',
    rows: (rows: Overlap[]) => html`<ul class="pairs">${rows.map(pair)}</ul>`,
  },
  {
    key: 'itemsPreparedInSeveralPlaces',
    operation: ITEMS_PREPARED_IN_SEVERAL_PLACES,
    first: 100,
    anchor: 'beredning',
    heading: 'Ärenden som bereds på flera ställen',
    explain: 'Ärenden som mer än ett organ eller en organisation bereder, så att samma fråga förbereds på flera håll.',
    rows: (rows: Prepared[]) =>
      html`<ul class="rows">${rows.map(
        (r) => html`<li data-id=${r.item.id}>
      ${link(asItem(r.item))}<div>Bereds av ${links(r.preparers.map((p) => p.preparer))}</div></li>`,
      )}</ul>`,
  },
  {
    key: 'itemsWithoutDecider',
    operation: ITEMS_WITHOUT_DECIDER,
    first: 100,
    anchor: 'utan-beslut',
    heading: 'Ärenden utan beslutsfattare',
    explain: 'Ärenden där källorna inte säger vem som beslutar, med de steg som ser ut som beslut.',
    rows: (rows: WithoutDecider[]) =>
      html`<ul class="rows">${rows.map(
        (r) => html`<li data-id=${r.item.id}>
      ${link(asItem(r.item))} ${cite(r.item.sources)}
      ${r.decisionSteps.length ? html`<ul class="steps">${r.decisionSteps.map((s) => html`<li><strong>${s.date?.text ?? 'Okänt datum'} · ${sv(STEP, s.kind)}:</strong> ${s.text}</li>`)}</ul>` : nothing}</li>`,
      )}</ul>`,
  },
  {
    key: 'itemsWithSeveralDeciders',
    operation: ITEMS_WITH_SEVERAL_DECIDERS,
    first: 100,
    anchor: 'flera-beslut',
    heading: 'Ärenden med flera beslutsfattare',
    explain: 'Ärenden som flera organ eller organisationer beslutar om, med vad var och en gör och på vilket villkor.',
    rows: (rows: SeveralDeciders[]) =>
      html`<ul class="rows">${rows.map(
        (r) => html`<li data-id=${r.item.id}>
      ${link(asItem(r.item))}
      <ul class="steps">${groupBy(r.deciders, (d) => d.kind).map((same) => html`<li><strong>${sv(DECIDER, same[0].kind)}:</strong> ${links(same.map((d) => d.decider))}</li>`)}
        ${r.deciders.filter((d) => d.condition).map((d) => html`<li class="muted">Villkor för ${nameOf(d.decider)}: ${d.condition}</li>`)}</ul></li>`,
      )}</ul>`,
  },
  {
    key: 'commissionsWithoutReportBack',
    operation: COMMISSIONS_WITHOUT_REPORT_BACK,
    first: 50,
    anchor: 'aterrapportering',
    heading: 'Uppdrag utan återrapportering',
    explain: 'Uppdrag där källorna inte säger till vem resultatet ska redovisas.',
    rows: (rows: Commission[]) =>
      html`<ul class="rows">${rows.map(
        (c) => html`<li data-id=${c.id}>
      <strong>${c.title}</strong> <span class="badge">${sv(COMMISSION_STATUS, c.status)}</span>${c.due ? html` · klart ${c.due.text}` : nothing} ${cite(c.sources)}
      <div>${c.issuedBy.length ? html`Givet av ${links(c.issuedBy)} till` : 'Givet till'} ${links(c.assignedTo, 'ingen angiven')}${c.item ? html` · ärende ${link(asItem(c.item))}` : nothing}</div></li>`,
      )}</ul>`,
  },
  {
    key: 'seatsInOverlappingBodies',
    operation: SEATS_IN_OVERLAPPING_BODIES,
    first: 100,
    anchor: 'platser',
    heading: 'Platser i flera organ som möts',
    explain: 'Personer och befattningar som sitter i två organ vars ämnen möts, så att samma person kan driva frågan på båda ställena.',
    rows: (rows: Seat[]) =>
      html`<ul class="rows">${rows.map(
        (s) => html`<li data-id=${s.holder.id}>
      ${link(s.holder)}
      <div>${roles(s.seatsA)} i ${link(asBody(s.bodyA))} och ${roles(s.seatsB)} i ${link(asBody(s.bodyB))}</div>
      <div class="muted">Gemensamma ämnen: ${s.sharedTopics.map((t) => t.name).join(', ')}</div></li>`,
      )}</ul>`,
  },
];

/** One analysis's findings, or why it failed (a busy database may run out of time: it can be asked again). */
type Outcome = { rows: unknown[] } | { error: string; retrying?: boolean };

/**
 * Topics for the filter, grouped by the document that names them (several documents name
 * a "Nära vård" of their own), broader before narrower.
 */
function topicGroups(topics: Topic[], titles: Map<string, { title: string }>): { label: string; options: { id: string; label: string }[] }[] {
  // The shared vocabulary's topics first, as one group; each document's own topics after it.
  const key = (t: Topic) => (t.kind === 'SHARED' ? '' : (t.sources[0]?.sourceId ?? '-'));
  const sorted = [...topics].sort((a, b) => Number(b.kind === 'SHARED') - Number(a.kind === 'SHARED'));
  return groupBy(sorted, key).map((group) => {
    const ids = new Set(group.map((t) => t.id));
    const byName = (a: Topic, b: Topic) => a.name.localeCompare(b.name, 'sv');
    const options: { id: string; label: string }[] = [];
    const seen = new Set<string>();
    const walk = (t: Topic, depth: number) => {
      if (seen.has(t.id)) return;
      seen.add(t.id);
      options.push({ id: t.id, label: `${'– '.repeat(depth)}${t.name}` });
      group
        .filter((c) => c.broader?.id === t.id)
        .sort(byName)
        .forEach((c) => walk(c, depth + 1));
    };
    group
      .filter((t) => !t.broader || !ids.has(t.broader.id))
      .sort(byName)
      .forEach((t) => walk(t, 0));
    if (group[0].kind === 'SHARED') return { label: 'Gemensamt ämnesregister (alla källor)', options };
    return { label: titles.get(group[0].sources[0]?.sourceId ?? '')?.title ?? 'Övriga ämnen', options };
  });
}

/**
 * Overlaps and gaps, side by side: overlapping mandates (the two texts next to each other),
 * items prepared in several places, items without a decider or with several, commissions
 * without report-back, and seats in bodies whose topics meet. Filtered by area, topic and
 * day; each analysis downloads as CSV with the same filters.
 * <govgraph-overlaps area="area-04"></govgraph-overlaps>
 */
export class GovgraphOverlaps extends View<Outcome[]> {
  static properties = { area: { type: String }, topic: { type: String }, asOf: { type: String, attribute: 'as-of' } };
  static styles = [
    base,
    css`
    form { display: flex; flex-wrap: wrap; gap: 0.8em 1.2em; align-items: end; margin: 0.5em 0 1em; padding: 0.6em 0.8em; background: #f6f8fa; border-radius: 4px; }
    form .field { display: flex; flex-direction: column; gap: 0.2em; max-width: 100%; }
    form label { font-weight: 600; }
    select { max-width: 100%; }
    select[name=amne] { width: 24em; }
    ul.toc { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(17em, 1fr)); gap: 0.3em 1.5em; }
    .count { font-weight: 600; }
    .explain { max-width: 48rem; }
    ul.pairs, ul.rows { list-style: none; padding: 0; }
    li.pair { border: 1px solid #d0d7de; border-radius: 4px; padding: 0.2em 0.8em 0.5em; margin: 0 0 1em; }
    li.pair h3 { margin-top: 0.6em; }
    .sides { display: grid; grid-template-columns: 1fr 1fr; gap: 0 1.5em; }
    .side { min-width: 0; }
    .who { margin: 0.3em 0 0; font-weight: 600; }
    blockquote { margin: 0.3em 0; padding-left: 0.8em; border-left: 3px solid #d0d7de; overflow-wrap: anywhere; }
    .reasons { margin: 0.5em 0; padding: 0.3em 0.8em; background: #f6f8fa; border-radius: 4px; }
    .reasons p { margin: 0.3em 0; }
    ul.passages { list-style: none; padding: 0; margin: 0.3em 0; }
    li.passage { padding: 0.2em 0 0.4em; border-top: 1px dashed #d0d7de; }
    blockquote.match { border-left-color: #0969da; font-style: italic; }
    .sr-only { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    ul.rows > li { padding: 0.5em 0; border-bottom: 1px solid #d0d7de; overflow-wrap: anywhere; }
    ul.steps { margin: 0.2em 0 0; }
    @media (max-width: 700px) { .sides { grid-template-columns: 1fr; } .side + .side { border-top: 1px dashed #d0d7de; margin-top: 0.5em; } }
  `,
  ];
  declare area: string | undefined;
  declare topic: string | undefined;
  declare asOf: string | undefined;
  /** The filter's choices: fetched once, kept while the analyses reload. */
  private counties: Named[] = [];
  private topics: ReturnType<typeof topicGroups> = [];

  protected dataKey(): string {
    return [this.area, this.topic, this.asOf].join('|');
  }

  /** All six at once, each its own operation under the cost limit; one that fails says so in its section. */
  protected fetchData(signal: AbortSignal): Promise<Outcome[]> {
    return Promise.all(ANALYSES.map((a) => this.ask(a, signal)));
  }

  private ask(a: Analysis<unknown>, signal?: AbortSignal): Promise<Outcome> {
    const given = Object.entries({ area: this.area, topic: this.topic, asOf: this.asOf }).filter(([, v]) => v);
    const filter = given.length ? Object.fromEntries(given) : undefined;
    return query<Record<string, unknown[]>>(a.operation, { filter, first: a.first }, signal).then(
      (data): Outcome => ({ rows: data[a.key] }),
      (e): Outcome => {
        if (signal?.aborted) throw e;
        return { error: e instanceof ApiError ? e.message : 'oväntat fel' };
      },
    );
  }

  /** Asks one failed analysis again, with the filters it was asked with. */
  private async retry(outcomes: Outcome[], i: number): Promise<void> {
    outcomes[i] = { ...(outcomes[i] as { error: string }), retrying: true };
    this.requestUpdate();
    outcomes[i] = await this.ask(ANALYSES[i]);
    this.requestUpdate();
  }

  /** The filter's counties and topics load on their own; without them the filter offers "Alla" only. */
  connectedCallback(): void {
    super.connectedCallback();
    if (this.counties.length) return;
    query<{ areas: { nodes: Named[] } }>(AREAS)
      .then((d) => {
        this.counties = d.areas.nodes;
        this.requestUpdate();
      })
      .catch(() => undefined);
    Promise.all([query<{ topics: { nodes: Topic[] } }>(TOPICS, { first: 100 }), loadSources()])
      .then(([d, titles]) => {
        this.topics = topicGroups(d.topics.nodes, titles);
        this.requestUpdate();
      })
      .catch(() => undefined);
  }

  private apply(e: Event): void {
    e.preventDefault();
    const form = new FormData(e.target as HTMLFormElement);
    const value = (k: string) => form.get(k)?.toString() || undefined;
    this.area = value('omrade');
    this.topic = value('amne');
    this.asOf = value('per');
    this.changed({ omrade: this.area, amne: this.topic, per: this.asOf });
  }

  /** The contents' links scroll within the view (a fragment cannot reach into a shadow root). */
  private jump(e: Event, anchor: string): void {
    e.preventDefault();
    const heading = this.renderRoot.querySelector<HTMLElement>(`#${anchor}`);
    heading?.scrollIntoView();
    heading?.focus();
  }

  private csv(a: Analysis<unknown>): string {
    return exportHref(`/analysis/${a.key}.csv`, { area: this.area, topic: this.topic, asOf: this.asOf });
  }

  render(): TemplateResult {
    const choices = this.topics.flatMap((g) => g.options);
    return html`
      <form @submit=${this.apply} @change=${(e: Event) => (e.currentTarget as HTMLFormElement).requestSubmit()} aria-label="Filter för analyserna" part="filters">
        <div class="field"><label for="omrade">Område</label>
          <select id="omrade" name="omrade">
            <option value="" ?selected=${!this.area}>Alla områden</option>
            ${this.counties.map((c) => html`<option value=${c.id} ?selected=${c.id === this.area}>${c.name}</option>`)}
            ${this.area && !this.counties.some((c) => c.id === this.area) ? html`<option value=${this.area} selected>${this.area}</option>` : nothing}
          </select>
        </div>
        <div class="field"><label for="amne">Ämne (med underämnen)</label>
          <select id="amne" name="amne">
            <option value="" ?selected=${!this.topic}>Alla ämnen</option>
            ${this.topics.map((g) => html`<optgroup label=${g.label}>${g.options.map((o) => html`<option value=${o.id} ?selected=${o.id === this.topic}>${o.label}</option>`)}</optgroup>`)}
            ${this.topic && !choices.some((o) => o.id === this.topic) ? html`<option value=${this.topic} selected>${this.topic}</option>` : nothing}
          </select>
        </div>
        <div class="field"><label for="per">Gäller per datum (valfritt)</label> <input id="per" name="per" type="date" .value=${this.asOf ?? ''} /></div>
        <button type="submit">Visa</button>
      </form>
      ${status(this.load, 'analyserna') ?? this.analyses()}`;
  }

  private analyses(): TemplateResult {
    if (this.load.state !== 'done') return html``;
    const outcomes = this.load.data;
    const count = (o: Outcome) => ('rows' in o ? String(o.rows.length) : 'kunde inte hämtas');
    return html`
      <nav aria-label="Analyserna på sidan">
        <ul class="toc">${ANALYSES.map((a, i) => html`<li><a href="#${a.anchor}" @click=${(e: Event) => this.jump(e, a.anchor)}>${a.heading}</a>: <span class="count">${count(outcomes[i])}</span></li>`)}</ul>
      </nav>
      ${ANALYSES.map((a, i) => this.section(a, outcomes[i], () => this.retry(outcomes, i)))}`;
  }

  private section(a: Analysis<unknown>, o: Outcome, retry: () => void): TemplateResult {
    return html`<section aria-labelledby=${a.anchor} data-analysis=${a.key}>
      <h2 id=${a.anchor} tabindex="-1">${a.heading} <span class="count">(${'rows' in o ? o.rows.length : '–'})</span></h2>
      <p class="explain">${a.explain}</p>
      <p>${downloadLink(this.csv(a), 'Ladda ner CSV (Excel)', a.heading)}</p>
      ${
        'error' in o
          ? html`<p role="alert" class="error">Kunde inte hämta analysen: ${o.error}</p>
          <button type="button" ?disabled=${o.retrying} @click=${retry}>${o.retrying ? 'Hämtar igen…' : 'Försök igen'}</button>`
          : o.rows.length
            ? a.rows(o.rows)
            : html`<p class="muted">Inga fynd med valda filter.</p>`
      }
      ${'rows' in o && o.rows.length >= a.first ? html`<p class="muted">Visar de första ${a.first}, som CSV-filen.</p>` : nothing}
    </section>`;
  }
}
customElements.define('govgraph-overlaps', GovgraphOverlaps);
