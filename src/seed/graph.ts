import { addCollectiveLinks } from './collective';
import type { SeedFile } from './files';
import { addStandingRulePreparers } from './standing-rules';
import { CERTAINTY_KEYS, ENTITY_SECTIONS, LINKS, linkAt } from '../model';
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

/**
 * How sure a fact is: an inferred node or relationship carries `certainty: 'INFERRED'` and
 * `inference` (the rule or reading); a stated one carries neither, since every reader takes
 * an absent certainty as stated (src/shared/certainty.ts, `coalesce(…, 'STATED')` in Cypher).
 * A seed entry is stated unless it says `certainty: inferred`; facts a rule derives at load
 * time pass their own.
 */
export interface Mark {
  certainty: 'STATED' | 'INFERRED';
  inference?: string;
}

export const STATED: Mark = { certainty: 'STATED' };

/** The mark of a fact a rule derives at load time (e.g. "the county's municipalities, from SCB's reference"). */
export const inferredBy = (inference: string): Mark => ({ certainty: 'INFERRED', inference });

/** The mark of a seed entry (or sub-entry): its own `certainty`, else the mark of what it sits in. */
export function markOf(entry: Record<string, any>, within: Mark = STATED): Mark {
  return entry.certainty === 'inferred' ? inferredBy(entry.inference) : within;
}

/** The mark of what a field of an entry states: the entry's, unless `inferred` names the field. */
export function fieldMark(entry: Record<string, any>, field: string, entryMark: Mark): Mark {
  if (entryMark.certainty === 'INFERRED') return entryMark;
  const reading = entry.inferred?.[field];
  return reading ? inferredBy(reading) : STATED;
}

function setMark(props: Record<string, unknown>, mark: Mark): void {
  const inferred = mark.certainty === 'INFERRED';
  props.certainty = inferred ? 'INFERRED' : undefined;
  props.inference = inferred ? mark.inference : undefined;
}

/** A fact cited again keeps the surer certainty: stated once is stated; two readings are both kept. */
function mergeMark(props: Record<string, unknown>, mark: Mark): void {
  if (props.certainty !== 'INFERRED') return;
  if (mark.certainty === 'STATED') return setMark(props, mark);
  if (mark.inference && !String(props.inference ?? '').includes(mark.inference)) {
    props.inference = props.inference ? `${props.inference}; ${mark.inference}` : mark.inference;
  }
}

/**
 * Values of a node the seed marks as a reading (`inferred: { classification: … }`) while the
 * node itself is stated: `inferredFields` names them, `fieldInferences` gives each reading.
 */
function markFields(props: Record<string, unknown>, entry: Record<string, any>, relationshipFields: Set<string>): void {
  // An object value is read value by value ({ terms: { autoRenewal: … } } is 'terms.autoRenewal').
  const marked = Object.entries((entry.inferred ?? {}) as Record<string, string | Record<string, string>>)
    .filter(([field]) => !relationshipFields.has(field))
    .flatMap(([field, reading]) => (typeof reading === 'string' ? [[field, reading]] : Object.entries(reading).map(([sub, r]) => [`${field}.${sub}`, r])));
  if (marked.length === 0) return;
  props.inferredFields = marked.map(([field]) => field);
  props.fieldInferences = marked.map(([, reading]) => reading);
}

/** The relationships stated by nested structures and by sections whose entries are relationships. */
const NESTED_LINKS = {
  extension: linkAt('documents', 'terms.extensions'),
  extensionDecider: linkAt('documents', 'terms.extensions.decidedBy'),
  measure: linkAt('indicators', 'measures'),
  version: linkAt('documents', 'versions'),
  decider: linkAt('items', 'decidedBy'),
  attendance: linkAt('meetings', 'attendance'),
  author: linkAt('documents', 'authors'),
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

  addNode(id: string, label: string, fields: Record<string, unknown>, sourceId: string, locator: string, mark: Mark = STATED): Record<string, unknown> {
    const props: Record<string, unknown> = { id, ...withDates(fields) };
    setMark(props, mark);
    cite(props, sourceId, locator);
    this.nodes.set(id, { id, label, props });
    return props;
  }

  addRel(from: string, to: string, type: string, key: string, sourceId: string, locator: string, props: Record<string, unknown> = {}, mark: Mark = STATED): void {
    const id = `${from}|${type}|${key}|${to}`;
    const existing = this.rels.get(id);
    if (existing) {
      cite(existing.props, sourceId, locator);
      mergeMark(existing.props, mark);
      return;
    }
    const row: RelRow = { from, to, type, key, props: { ...withDates(props), key } };
    setMark(row.props, mark);
    cite(row.props, sourceId, locator);
    this.rels.set(id, row);
  }

  /** One entry of an entity section (bodies, items, …): its node and the relationships it states. */
  addEntry(section: string, entry: Record<string, any>, sid: string): void {
    const links = LINKS[section] ?? {};
    const fields: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(entry)) {
      if (field === 'locator' || links[field] || NESTED.has(field) || CERTAINTY_KEYS.includes(field)) continue;
      fields[field] = value;
    }
    if (entry.terms) Object.assign(fields, termsProps(entry.terms));
    const mark = markOf(entry);
    const props = this.addNode(entry.id, ENTITY_SECTIONS[section], fields, sid, entry.locator, mark);
    // `terms` holds values (read value by value); the other nested fields state relationships or nodes.
    markFields(props, entry, new Set([...Object.keys(links), ...[...NESTED].filter((f) => f !== 'terms')]));
    for (const [field, link] of Object.entries(links)) {
      const linkMark = fieldMark(entry, field, mark);
      for (const target of ([] as string[]).concat(entry[field] ?? [])) {
        if (link.dir === 'in') this.addRel(target, entry.id, link.type, '', sid, entry.locator, {}, linkMark);
        else this.addRel(entry.id, target, link.type, '', sid, entry.locator, {}, linkMark);
      }
    }
    (entry.terms?.extensions ?? []).forEach((ext: any, i: number) => {
      const extId = `${entry.id}-extension-${i + 1}`;
      const extMark = markOf(ext, mark);
      this.addNode(extId, 'Extension', { until: ext.until, decidedOn: ext.decidedOn, text: ext.text }, sid, entry.locator, extMark);
      this.addRel(entry.id, extId, NESTED_LINKS.extension.type, '', sid, entry.locator, {}, extMark);
      if (ext.decidedBy) this.addRel(extId, ext.decidedBy, NESTED_LINKS.extensionDecider.type, '', sid, entry.locator, {}, extMark);
    });
    (entry.measures ?? []).forEach((m: any, i: number) => {
      const measureId = `${entry.id}-measure-${i + 1}`;
      const measureMark = markOf(m, fieldMark(entry, 'measures', mark));
      const { certainty: _c, inference: _i, ...measure } = m;
      this.addNode(measureId, 'Measure', measure, sid, entry.locator, measureMark);
      this.addRel(entry.id, measureId, NESTED_LINKS.measure.type, '', sid, entry.locator, {}, measureMark);
    });
    (entry.versions ?? []).forEach((v: any, i: number) => {
      const versionId = `${entry.id}-version-${i + 1}`;
      const versionMark = markOf(v, fieldMark(entry, 'versions', mark));
      this.addNode(versionId, 'DocumentVersion', { date: v.date, kind: v.kind, text: v.text, changes: v.changes, authorRole: v.authorRole }, sid, entry.locator, versionMark);
      this.addRel(entry.id, versionId, NESTED_LINKS.version.type, '', sid, entry.locator, {}, versionMark);
    });
    for (const d of entry.decidedBy ?? []) {
      if (!d.by) continue; // a `collective`: see addCollectiveLinks
      const props = { kind: d.kind, condition: d.condition };
      this.addRel(entry.id, d.by, NESTED_LINKS.decider.type, d.kind, sid, entry.locator, props, markOf(d, fieldMark(entry, 'decidedBy', mark)));
    }
    for (const a of entry.authors ?? []) {
      const props = { roleText: a.roleText };
      this.addRel(a.person, entry.id, NESTED_LINKS.author.type, a.roleText, sid, entry.locator, props, markOf(a, fieldMark(entry, 'authors', mark)));
    }
    for (const a of entry.attendance ?? []) {
      const props = { role: a.role, roleText: a.roleText, status: a.status, representing: a.representing };
      this.addRel(a.person, entry.id, NESTED_LINKS.attendance.type, '', sid, entry.locator, props, markOf(a, fieldMark(entry, 'attendance', mark)));
    }
    Object.assign(props, withDerivedText(props));
  }

  addMembership(m: Record<string, any>, sid: string): void {
    const holder = m.person ?? m.post ?? m.organisation;
    const id = m.id ?? `membership-${m.body}-${holder ?? 'unspecified'}-${m.role.toLowerCase()}${m.representing ? `-${m.representing}` : ''}`;
    const mark = markOf(m);
    const existing = this.nodes.get(id);
    if (existing) {
      cite(existing.props, sid, m.locator);
      mergeMark(existing.props, mark);
    } else {
      const props = this.addNode(id, 'Membership', { role: m.role, roleText: m.roleText, count: m.count, validFrom: m.validFrom, validTo: m.validTo, note: m.note }, sid, m.locator, mark);
      markFields(props, m, new Set(['body', 'person', 'post', 'organisation', 'representing']));
    }
    this.addRel(id, m.body, NESTED_LINKS.seatBody.type, '', sid, m.locator, {}, fieldMark(m, 'body', mark));
    const holderField = m.person ? 'person' : m.post ? 'post' : 'organisation';
    if (holder) this.addRel(id, holder, NESTED_LINKS.seatHolder.type, '', sid, m.locator, {}, fieldMark(m, holderField, mark));
    if (m.representing) this.addRel(id, m.representing, NESTED_LINKS.seatRepresents.type, '', sid, m.locator, {}, fieldMark(m, 'representing', mark));
  }

  addPrincipal(p: Record<string, any>, sid: string): void {
    if (!p.organisation) return; // a `collective`: see addCollectiveLinks
    const props = { validFrom: p.validFrom, validTo: p.validTo, text: p.text, note: p.note };
    this.addRel(p.organisation, p.body, NESTED_LINKS.principal.type, '', sid, p.locator, props, markOf(p));
  }

  addReportingLine(line: Record<string, any>, sid: string): void {
    const props = { kind: line.kind, text: line.text, validFrom: line.validFrom, validTo: line.validTo, note: line.note, standingRule: line.standingRule };
    this.addRel(line.from, line.to, NESTED_LINKS.reportingLine.type, line.kind, sid, line.locator, props, markOf(line));
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
const NESTED = new Set(['terms', 'measures', 'decidedBy', 'attendance', 'authors', 'collectives', 'versions']);

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
  // Facts the loader derives from entries of any file: groups expanded through SCB's reference, preparers by standing rule.
  addCollectiveLinks(graph, files);
  addStandingRulePreparers(graph, files);
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
