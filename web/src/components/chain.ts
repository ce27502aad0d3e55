import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { explorerUrl, query } from '../api';
import { REPORTING, sv } from '../labels';
import { CHAIN } from '../queries';
import { base, cite, groupBy, link, nameOf, status, type Cite, type Ref } from '../shared';
import { View } from '../view';
import type { LayoutEdge, LayoutNode, Placed } from './chain-layout';

interface Line {
  kind: string;
  text: string | null;
  validFrom: { text: string } | null;
  validTo: { text: string } | null;
  from: Ref;
  to: Ref;
  sources: Cite[];
}
interface Chain {
  truncated: boolean;
  lines: Line[];
}
interface ChainData {
  start: Ref;
  up: Chain;
  down: Chain;
  lines: Map<string, Line>;
  placed: Placed;
  nodes: Map<string, LayoutNode & { ref: Ref }>;
}

const keyOf = (l: Line): string => `${l.from.id}|${l.kind}|${l.to.id}`;
const DASH: Record<string, string> = { REPORTS_TO: '', SUBORDINATE_TO: '7 4', PREPARES_FOR: '2 3', OVERSEEN_BY: '8 3 2 3', SUPPORTED_BY: '1 4' };

/** A name broken into at most three lines of about 24 characters. */
function wrap(name: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of name.split(/\s+/)) {
    if (line && (line + ' ' + word).length > 24) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines.length > 3 ? [...lines.slice(0, 2), lines[2] + '…'] : lines;
}

/**
 * A body's reporting chain: up to the top and down to a chosen depth, drawn as an SVG
 * diagram (laid out by dagre, loaded on demand), each line labelled with its kind and
 * clickable to its sources; and the same chain as nested lists for screen readers.
 * <govgraph-chain body="body-svo" depth="2" as-of="2024-09-01"></govgraph-chain>
 */
export class GovgraphChain extends View<ChainData> {
  static properties = { body: { type: String }, depth: { type: Number }, asOf: { type: String, attribute: 'as-of' }, selected: { state: true } };
  static styles = [
    base,
    css`
    .controls { display: flex; flex-wrap: wrap; gap: 1em; align-items: center; margin: 0.5em 0; }
    .scroll { overflow: auto; border: 1px solid #d0d7de; border-radius: 4px; background: #fff; max-height: 70vh; }
    svg { display: block; }
    .node rect { fill: #f6f8fa; stroke: #57606a; stroke-width: 1.2; }
    .node.start rect { fill: #dbe9f7; stroke: var(--govgraph-accent, #0b57a4); stroke-width: 2.5; }
    .node text { font-size: 12.5px; fill: #1b1b1b; }
    .node a text { fill: var(--govgraph-accent, #0b57a4); text-decoration: underline; }
    .edge path { fill: none; stroke: #57606a; stroke-width: 1.4; }
    .edge .label rect { fill: #fff; stroke: #8c959f; }
    .edge .label text { font-size: 12px; fill: #1b1b1b; }
    .edge .label { cursor: pointer; }
    .edge .label:hover rect, .edge .label.selected rect { fill: #fff1e0; stroke: #b35c00; }
    .edge .label:focus-visible { outline: 3px solid var(--govgraph-focus, #c2410c); }
    .selected-line { border-left: 4px solid #b35c00; background: #fffaf2; padding: 0.4em 0.8em; margin: 0.8em 0; }
    .selected-line h4 { margin: 0.2em 0; }
    details.alt > summary { cursor: pointer; font-weight: 600; margin-top: 0.8em; }
  `,
  ];
  declare body: string;
  declare depth: number;
  declare asOf: string | undefined;
  declare selected: string | undefined;

  constructor() {
    super();
    this.depth = 2;
  }

  protected dataKey(): string | undefined {
    return this.body ? `${this.body}|${this.depth}|${this.asOf ?? ''}` : undefined;
  }

  protected async fetchData(signal: AbortSignal): Promise<ChainData> {
    const [data, { place }] = await Promise.all([
      query<{ body: (Ref & { chainUp: Chain; chainDown: Chain }) | null }>(CHAIN, { id: this.body, depth: this.depth, asOf: this.asOf || null }, signal),
      import('./chain-layout'),
    ]);
    if (!data.body) throw new Error(`inget organ med id ${this.body}`);
    const start: Ref = { __typename: 'Body', id: data.body.id, name: data.body.name };
    const lines = new Map<string, Line>();
    for (const l of [...data.body.chainUp.lines, ...data.body.chainDown.lines]) lines.set(keyOf(l), l);
    const nodes = new Map<string, LayoutNode & { ref: Ref }>();
    const addNode = (ref: Ref) => {
      if (nodes.has(ref.id)) return;
      const text = wrap(nameOf(ref));
      nodes.set(ref.id, {
        id: ref.id,
        ref,
        lines: text,
        width: Math.max(96, Math.max(...text.map((t) => t.length)) * 7.2 + 22),
        height: text.length * 16 + 16,
      });
    };
    addNode(start);
    for (const l of lines.values()) {
      addNode(l.from);
      addNode(l.to);
    }
    const edges: LayoutEdge[] = [...lines.entries()].map(([key, l]) => ({ key, from: l.from.id, to: l.to.id, label: sv(REPORTING, l.kind) }));
    return { start, up: data.body.chainUp, down: data.body.chainDown, lines, nodes, placed: place([...nodes.values()], edges) };
  }

  private select(key: string): void {
    this.selected = key;
    void this.updateComplete.then(() => (this.renderRoot.querySelector('#vald-linje') as HTMLElement | null)?.focus());
  }

  /** A wide chain (SVO has fourteen principals) opens scrolled to the body itself. */
  updated(): void {
    if (this.load.state !== 'done') return;
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroll');
    const start = this.load.data.placed.nodes.get(this.load.data.start.id);
    if (scroller && start && !scroller.dataset.placed) {
      scroller.dataset.placed = 'yes';
      scroller.scrollLeft = Math.max(0, start.x - scroller.clientWidth / 2);
    }
  }

  private setDepth(e: Event): void {
    this.depth = Number((e.target as HTMLSelectElement).value);
    this.changed({ djup: String(this.depth) });
  }

  render(): TemplateResult {
    const pending = status(this.load, 'rapporteringskedjan');
    if (pending || this.load.state !== 'done') return pending!;
    const d = this.load.data;
    const selected = this.selected ? d.lines.get(this.selected) : undefined;
    return html`
      <div class="controls">
        <label>Nivåer nedåt
          <select @change=${this.setDepth} .value=${String(this.depth)}>
            ${[1, 2, 3, 4, 5, 6].map((n) => html`<option value=${n} ?selected=${n === this.depth}>${n}</option>`)}
          </select>
        </label>
        <span class="muted">${d.lines.size} linjer. Välj en linjes etikett för att se källan.${d.up.truncated || d.down.truncated ? ' Kedjan fortsätter bortom det som visas.' : ''}</span>
      </div>
      ${d.lines.size === 0 ? html`<p>Inga rapporteringslinjer finns registrerade för det här organet.</p>` : this.diagram(d)}
      ${selected ? this.lineDetails(selected) : nothing}
      <details class="alt" open part="text-alternative">
        <summary>Kedjan som lista (textalternativ till diagrammet)</summary>
        <h4>Uppåt från ${d.start.name}</h4>
        ${this.upList(d, d.start.id, new Set([d.start.id]))}
        <h4>Nedåt till ${d.start.name} (${this.depth} nivåer)</h4>
        ${this.downList(d, d.start.id, new Set([d.start.id]))}
      </details>`;
  }

  private diagram(d: ChainData): TemplateResult {
    const { placed } = d;
    return html`<div class="scroll" tabindex="0" role="region" aria-label="Diagram över rapporteringskedjan; samma innehåll finns som lista nedan" part="diagram">
      <svg width=${placed.width} height=${placed.height} viewBox="0 0 ${placed.width} ${placed.height}" role="group" aria-label="Rapporteringskedja för ${d.start.name}">
        <defs><marker id="arrow" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="#57606a"></path></marker></defs>
        ${[...d.lines.entries()].map(([key, l]) => this.edge(d, key, l))}
        ${[...d.nodes.values()].map((n) => this.node(d, n))}
      </svg>
    </div>`;
  }

  private edge(d: ChainData, key: string, l: Line): TemplateResult {
    const p = d.placed.edges.get(key)!;
    const label = sv(REPORTING, l.kind);
    const w = Math.ceil(label.length * 7 + 14);
    const path = p.points.map((pt, i) => `${i ? 'L' : 'M'}${pt.x.toFixed(1)},${pt.y.toFixed(1)}`).join(' ');
    return svg`<g class="edge" data-kind=${l.kind}>
      <path d=${path} stroke-dasharray=${DASH[l.kind] ?? ''} marker-end="url(#arrow)"></path>
      <g class="label ${this.selected === key ? 'selected' : ''}" tabindex="0" role="button"
         aria-label="${nameOf(l.from)} ${label} ${nameOf(l.to)}: visa källa"
         @click=${() => this.select(key)} @keydown=${(e: KeyboardEvent) => (e.key === 'Enter' || e.key === ' ') && (e.preventDefault(), this.select(key))}>
        <rect x=${p.x - w / 2} y=${p.y - 10} width=${w} height="20" rx="3"></rect>
        <text x=${p.x} y=${p.y + 4} text-anchor="middle">${label}</text>
      </g>
    </g>`;
  }

  private node(d: ChainData, n: LayoutNode & { ref: Ref }): TemplateResult {
    const p = d.placed.nodes.get(n.id)!;
    const x = p.x - n.width / 2;
    const y = p.y - n.height / 2;
    const text = svg`<text x=${p.x} y=${y + 20} text-anchor="middle">${n.lines.map((t, i) => svg`<tspan x=${p.x} dy=${i ? 16 : 0}>${t}</tspan>`)}</text>`;
    const isStart = n.id === d.start.id;
    const linked = n.ref.__typename === 'Body' && !isStart;
    return svg`<g class="node ${isStart ? 'start' : ''}" data-id=${n.id}>
      <title>${nameOf(n.ref)}</title>
      <rect x=${x} y=${y} width=${n.width} height=${n.height} rx="6"></rect>
      ${linked ? svg`<a href=${explorerUrl(`/organ/${encodeURIComponent(n.id)}`)}>${text}</a>` : text}
    </g>`;
  }

  private lineDetails(l: Line): TemplateResult {
    return html`<section class="selected-line" aria-labelledby="vald-linje" part="selected-line">
      <h4 id="vald-linje" tabindex="-1">${nameOf(l.from)} ${sv(REPORTING, l.kind)} ${nameOf(l.to)}</h4>
      ${l.text ? html`<p><q>${l.text}</q></p>` : nothing}
      ${l.validFrom || l.validTo ? html`<p>Gäller ${l.validFrom ? `från ${l.validFrom.text}` : ''} ${l.validTo ? `till ${l.validTo.text}` : ''}</p>` : nothing}
      ${cite(l.sources, 'Källa', true)}
    </section>`;
  }

  /** Whom `id` reports to, grouped by target so each upper body appears once per level. */
  private upList(d: ChainData, id: string, path: Set<string>): TemplateResult | typeof nothing {
    const out = [...d.lines.values()].filter((l) => l.from.id === id);
    if (!out.length) return nothing;
    const byTarget = groupBy(out, (l) => l.to.id);
    return html`<ul>${byTarget.map((group) => {
      const to = group[0].to;
      return html`<li>${group.map((l) => sv(REPORTING, l.kind)).join(', ')}: ${link(to)} ${cite(group.flatMap((l) => l.sources))}
        ${path.has(to.id) ? nothing : this.upList(d, to.id, new Set([...path, to.id]))}</li>`;
    })}</ul>`;
  }

  /** What reports to `id`, grouped by the lower body. */
  private downList(d: ChainData, id: string, path: Set<string>): TemplateResult {
    const into = [...d.lines.values()].filter((l) => l.to.id === id && d.down.lines.some((x) => keyOf(x) === keyOf(l)));
    if (!into.length) return id === d.start.id ? html`<p>Inget rapporterar hit.</p>` : html``;
    const bySource = groupBy(into, (l) => l.from.id);
    return html`<ul>${bySource.map((group) => {
      const from = group[0].from;
      return html`<li>${link(from)} ${group.map((l) => sv(REPORTING, l.kind)).join(', ')} ${cite(group.flatMap((l) => l.sources))}
        ${path.has(from.id) ? nothing : this.downList(d, from.id, new Set([...path, from.id]))}</li>`;
    })}</ul>`;
  }
}
customElements.define('govgraph-chain', GovgraphChain);
