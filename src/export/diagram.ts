/**
 * A body's reporting chain as diagram text: Mermaid (renders in GitHub, GitLab, Confluence
 * and most wikis) and Graphviz DOT. Written by hand: the only maintained DOT builder
 * (ts-graphviz) is ESM-only and this service is CommonJS on Node 20, and Mermaid has no
 * builder library; both formats need only nodes, labelled edges and the escaping below.
 */

/** ReportingKind, as an edge label reads from the lower body to the upper. */
export const KIND_LABELS: Record<string, string> = {
  REPORTS_TO: 'rapporterar till',
  SUBORDINATE_TO: 'underställd',
  PREPARES_FOR: 'bereder åt',
  OVERSEEN_BY: 'tillsyn av',
  SUPPORTED_BY: 'stöds av',
};

interface Party {
  id: string;
  name?: string;
}

/** A reporting line as the Chain operation returns it. */
export interface Line {
  kind: string;
  from: Party;
  to: Party;
}

/** The chain's nodes and edges: every line up and down, each once, the start body first. */
export function chainGraph(start: Party, lines: Line[]): { nodes: Party[]; edges: Line[] } {
  const nodes = new Map<string, Party>([[start.id, start]]);
  const edges = new Map<string, Line>();
  for (const line of lines) {
    nodes.set(line.from.id, line.from);
    nodes.set(line.to.id, line.to);
    edges.set(`${line.from.id}|${line.kind}|${line.to.id}`, line);
  }
  return { nodes: [...nodes.values()], edges: [...edges.values()] };
}

const label = (kind: string) => KIND_LABELS[kind] ?? kind;

/**
 * Mermaid ids allow letters, digits and underscores safely; ours are kebab-case, so "-"
 * becomes "_" (ids stay readable and unique: no id holds an underscore). Text goes in
 * double quotes, where Mermaid reads entity codes: `"`, `<`, `>` and `#` are written as
 * codes so a name can neither end the label nor inject markup.
 */
const mermaidId = (id: string) => id.replace(/[^A-Za-z0-9_]/g, '_');
const mermaidText = (text: string) =>
  text
    .replace(/#/g, '#35;')
    .replace(/"/g, '#quot;')
    .replace(/</g, '#lt;')
    .replace(/>/g, '#gt;')
    .replace(/[\r\n]+/g, ' ');

/** The chain as a Mermaid flowchart, lower bodies below upper ones (bottom to top). */
export function toMermaid(start: Party, lines: Line[]): string {
  const { nodes, edges } = chainGraph(start, lines);
  return [
    'flowchart BT',
    ...nodes.map((n) => `  ${mermaidId(n.id)}["${mermaidText(n.name ?? n.id)}"]`),
    ...edges.map((e) => `  ${mermaidId(e.from.id)} -->|"${mermaidText(label(e.kind))}"| ${mermaidId(e.to.id)}`),
    `  style ${mermaidId(start.id)} stroke-width:3px`,
    '',
  ].join('\n');
}

/** A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n. */
const dotString = (text: string) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;

/** The chain as a Graphviz digraph; nodes keep their govgraph ids. */
export function toDot(start: Party, lines: Line[]): string {
  const { nodes, edges } = chainGraph(start, lines);
  return [
    `digraph ${dotString(`Rapportkedja: ${start.name ?? start.id}`)} {`,
    '  rankdir=BT;',
    '  node [shape=box, style=rounded, fontname="Helvetica"];',
    '  edge [fontname="Helvetica", fontsize=10];',
    ...nodes.map((n) => `  ${dotString(n.id)} [label=${dotString(n.name ?? n.id)}${n.id === start.id ? ', penwidth=3' : ''}];`),
    ...edges.map((e) => `  ${dotString(e.from.id)} -> ${dotString(e.to.id)} [label=${dotString(label(e.kind))}, kind=${dotString(e.kind)}];`),
    '}',
    '',
  ].join('\n');
}
