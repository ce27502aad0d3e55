import type { SeedFile } from './files';
import { ENTITY_SECTIONS, LINKS, linkAt } from '../model';
import { withDateBounds as withDates, withDerivedText } from '../shared/derived';

/** A node to write: its labels (always with :Entity) and every property. */
export interface NodeRow {
  id: string;
  label: string;
  props: Record<string, unknown>;
}

/** A relationship to write; `key` tells apart parallel relationships of one type. */
export interface RelRow {
  from: string;
  to: string;
  type: string;
  key: string;
  props: Record<string, unknown>;
}

export interface Graph {
  nodes: NodeRow[];
  rels: RelRow[];
}

export { LINKS };

/** The relationships stated by nested structures and by sections whose entries are relationships. */
const NESTED_LINKS = {
  extension: linkAt('documents', 'terms.extensions'),
  extensionDecider: linkAt('documents', 'terms.extensions.decidedBy'),
  measure: linkAt('indicators', 'measures'),
  decider: linkAt('items', 'decidedBy'),
  attendance: linkAt('meetings', 'attendance'),
  seatBody: linkAt('memberships', 'body'),
  // person, post and organisation state the same relationship: the seat's holder.
  seatHolder: linkAt('memberships', 'person'),
  seatRepresents: linkAt('memberships', 'representing'),
  principal: linkAt('principals', ''),
  reportingLine: linkAt('reportingLines', ''),
};

/** Collects node and relationship rows, merging the citations of repeated facts. */
export class GraphBuilder {
  private readonly nodes = new Map<string, NodeRow>();
  private readonly rels = new Map<string, RelRow>();

  rows(): Graph {
    return { nodes: [...this.nodes.values()].map(clean), rels: [...this.rels.values()].map(clean) };
  }

  addNode(id: string, label: string, fields: Record<string, unknown>, sourceId: string, locator: string): Record<string, unknown> {
    const props: Record<string, unknown> = { id, ...withDates(fields) };
    cite(props, sourceId, locator);
    this.nodes.set(id, { id, label, props });
    return props;
  }

  addRel(from: string, to: string, type: string, key: string, sourceId: string, locator: string, props: Record<string, unknown> = {}): void {
    const id = `${from}|${type}|${key}|${to}`;
    const existing = this.rels.get(id);
    if (existing) {
      cite(existing.props, sourceId, locator);
      return;
    }
    const row: RelRow = { from, to, type, key, props: { ...withDates(props), key } };
    cite(row.props, sourceId, locator);
    this.rels.set(id, row);
  }

  /** One entry of an entity section (bodies, items, …): its node and the relationships it states. */
  addEntry(section: string, entry: Record<string, any>, sid: string): void {
    const links = LINKS[section] ?? {};
    const fields: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entry)) {
      if (field === 'locator' || links[field] || NESTED.has(field)) continue;
      fields[field] = value;
    }
    if (entry.terms) Object.assign(fields, termsProps(entry.terms));
    const props = this.addNode(entry.id, ENTITY_SECTIONS[section], fields, sid, entry.locator);
    for (const [field, link] of Object.entries(links)) {
      for (const target of ([] as string[]).concat(entry[field] ?? [])) {
        if (link.dir === 'in') this.addRel(target, entry.id, link.type, '', sid, entry.locator);
        else this.addRel(entry.id, target, link.type, '', sid, entry.locator);
      }
    }
    (entry.terms?.extensions ?? []).forEach((ext: any, i: number) => {
      const extId = `${entry.id}-extension-${i + 1}`;
      this.addNode(extId, 'Extension', { until: ext.until, decidedOn: ext.decidedOn, text: ext.text }, sid, entry.locator);
      this.addRel(entry.id, extId, NESTED_LINKS.extension.type, '', sid, entry.locator);
      if (ext.decidedBy) this.addRel(extId, ext.decidedBy, NESTED_LINKS.extensionDecider.type, '', sid, entry.locator);
    });
    (entry.measures ?? []).forEach((m: any, i: number) => {
      const measureId = `${entry.id}-measure-${i + 1}`;
      this.addNode(measureId, 'Measure', { ...m }, sid, entry.locator);
      this.addRel(entry.id, measureId, NESTED_LINKS.measure.type, '', sid, entry.locator);
    });
    for (const d of entry.decidedBy ?? []) {
      this.addRel(entry.id, d.by, NESTED_LINKS.decider.type, d.kind, sid, entry.locator, { kind: d.kind, condition: d.condition });
    }
    for (const a of entry.attendance ?? []) {
      this.addRel(a.person, entry.id, NESTED_LINKS.attendance.type, '', sid, entry.locator, { role: a.role, roleText: a.roleText, status: a.status, representing: a.representing });
    }
    Object.assign(props, withDerivedText(props));
  }

  addMembership(m: Record<string, any>, sid: string): void {
    const holder = m.person ?? m.post ?? m.organisation;
    const id = m.id ?? `membership-${m.body}-${holder ?? 'unspecified'}-${m.role.toLowerCase()}${m.representing ? `-${m.representing}` : ''}`;
    const existing = this.nodes.get(id);
    if (existing) cite(existing.props, sid, m.locator);
    else this.addNode(id, 'Membership', { role: m.role, roleText: m.roleText, count: m.count, validFrom: m.validFrom, validTo: m.validTo, note: m.note }, sid, m.locator);
    this.addRel(id, m.body, NESTED_LINKS.seatBody.type, '', sid, m.locator);
    if (holder) this.addRel(id, holder, NESTED_LINKS.seatHolder.type, '', sid, m.locator);
    if (m.representing) this.addRel(id, m.representing, NESTED_LINKS.seatRepresents.type, '', sid, m.locator);
  }

  addPrincipal(p: Record<string, any>, sid: string): void {
    this.addRel(p.organisation, p.body, NESTED_LINKS.principal.type, '', sid, p.locator, { validFrom: p.validFrom, validTo: p.validTo, text: p.text, note: p.note });
  }

  addReportingLine(line: Record<string, any>, sid: string): void {
    this.addRel(line.from, line.to, NESTED_LINKS.reportingLine.type, line.kind, sid, line.locator, {
      kind: line.kind, text: line.text, validFrom: line.validFrom, validTo: line.validTo, note: line.note,
    });
  }

  /** Cites a source for a node declared anywhere, adding the names it uses there. */
  addMention(m: { id: string; altNames?: string[]; locator: string }, sid: string): void {
    const node = this.nodes.get(m.id)!;
    cite(node.props, sid, m.locator);
    if (m.altNames) {
      node.props.altNames = [...new Set([...((node.props.altNames as string[]) ?? []), ...m.altNames])];
      Object.assign(node.props, withDerivedText(node.props));
    }
  }
}

/** Nested structures an entry turns into nodes or relationships of their own. */
const NESTED = new Set(['terms', 'measures', 'decidedBy', 'attendance']);

function cite(props: Record<string, unknown>, sourceId: string, locator: string): void {
  ((props.sourceIds ??= []) as string[]).push(sourceId);
  ((props.locators ??= []) as string[]).push(locator);
}

/**
 * Turns validated seed files into the rows to write. Citations of one node or
 * relationship from several files are merged here, so that writing is a plain upsert
 * and loading twice gives the same graph.
 */
export function toGraph(files: SeedFile[]): Graph {
  const graph = new GraphBuilder();
  for (const file of files) {
    const { source } = file.data;
    graph.addNode(source.id, 'Source', withDerivedText({ ...source }), source.id, 'the document itself');
    for (const section of Object.keys(ENTITY_SECTIONS)) {
      for (const entry of file.data[section] ?? []) graph.addEntry(section, entry, source.id);
    }
    for (const m of file.data.memberships ?? []) graph.addMembership(m, source.id);
    for (const p of file.data.principals ?? []) graph.addPrincipal(p, source.id);
    for (const line of file.data.reportingLines ?? []) graph.addReportingLine(line, source.id);
  }
  // Mentions last: they cite nodes that any file may declare.
  for (const file of files) {
    for (const m of file.data.mentions ?? []) graph.addMention(m, file.data.source.id);
  }
  return graph.rows();
}

function termsProps(terms: Record<string, any>): Record<string, unknown> {
  const { text, extensions, ...rest } = terms;
  return { termsText: text, ...rest };
}

/** Neo4j stores no nulls: drop absent values so a re-load sets exactly the same keys. */
function clean<T extends { props: Record<string, unknown> }>(row: T): T {
  for (const [k, v] of Object.entries(row.props)) if (v === undefined || v === null) delete row.props[k];
  return row;
}
