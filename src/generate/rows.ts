import { ENTITY_SECTIONS, LINKS, linkAt, type KindName } from '../model';
import { GraphBuilder, type Graph } from '../seed/graph';
import { DATE_FIELDS, derivedText, withDerivedText } from '../shared/derived';
import { dateBounds } from '../shared/text';
import { activityOf } from './activity';
import { SOURCE_ID, type Chunk, type Entry, type Structure } from './structure';

/** Receives the rows of the graph: nodes with every property, relationships with theirs. */
export interface Sink {
  node(label: KindName, props: Record<string, unknown>): void;
  rel(type: string, from: string, to: string, props: Record<string, unknown>): void;
}

/** The relationships the seed format states in nested structures and relationship sections. */
const NESTED_LINKS = {
  extension: linkAt('documents', 'terms.extensions').type,
  extensionDecider: linkAt('documents', 'terms.extensions.decidedBy').type,
  measure: linkAt('indicators', 'measures').type,
  decider: linkAt('items', 'decidedBy').type,
  attendance: linkAt('meetings', 'attendance').type,
  seatBody: linkAt('memberships', 'body').type,
  seatHolder: linkAt('memberships', 'person').type,
  seatRepresents: linkAt('memberships', 'representing').type,
  principal: linkAt('principals', '').type,
  reportingLine: linkAt('reportingLines', '').type,
};
/** Fields of an entry that become nodes or relationships of their own, as in src/seed/graph.ts. */
const NESTED = new Set(['terms', 'measures', 'decidedBy', 'attendance']);

/**
 * Emits a chunk of seed-format entries as the rows the seed loader would write for them
 * (src/seed/graph.ts): the same labels, properties, derived fields (date bounds, sortName,
 * matchText, searchText), citations (sourceIds, locators) and relationship keys (every generated fact is stated, so none carries `certainty`), plus
 * `synthetic: true` everywhere and the version a seeded node starts at. The seed loader's
 * GraphBuilder merges repeated facts in maps, which a million rows cannot afford; every
 * generated fact is stated once, so this streams them instead. test/generate.test.ts checks
 * that both give the same rows.
 */
export function emitChunk(chunk: Chunk, sink: Sink, source?: Entry): void {
  if (source) sink.node('Source', node(withDerivedText({ ...source }), source.id, 'the document itself'));
  for (const section of Object.keys(ENTITY_SECTIONS)) {
    for (const entry of chunk[section] ?? []) emitEntry(section, entry, sink);
  }
  for (const m of chunk.memberships ?? []) {
    sink.node(
      'Membership',
      node({ id: m.id, role: m.role, roleText: m.roleText, count: m.count, validFrom: m.validFrom, validTo: m.validTo, note: m.note }, m.id, m.locator),
    );
    sink.rel(NESTED_LINKS.seatBody, m.id, m.body, plain(m.locator));
    const holder = m.person ?? m.post ?? m.organisation;
    if (holder) sink.rel(NESTED_LINKS.seatHolder, m.id, holder, plain(m.locator));
    if (m.representing) sink.rel(NESTED_LINKS.seatRepresents, m.id, m.representing, plain(m.locator));
  }
  for (const p of chunk.principals ?? []) {
    sink.rel(NESTED_LINKS.principal, p.organisation, p.body, rel('', p.locator, { validFrom: p.validFrom, validTo: p.validTo, text: p.text, note: p.note }));
  }
  for (const l of chunk.reportingLines ?? []) {
    sink.rel(
      NESTED_LINKS.reportingLine,
      l.from,
      l.to,
      rel(l.kind, l.locator, { kind: l.kind, text: l.text, validFrom: l.validFrom, validTo: l.validTo, note: l.note }),
    );
  }
}

function emitEntry(section: string, entry: Entry, sink: Sink): void {
  const links = LINKS[section] ?? {};
  const fields: Record<string, unknown> = {};
  for (const field in entry) {
    if (field !== 'locator' && !(field in links) && !NESTED.has(field)) fields[field] = entry[field];
  }
  if (entry.terms) {
    const { text, extensions, ...rest } = entry.terms;
    Object.assign(fields, { termsText: text, ...rest });
  }
  const props = Object.assign(node(fields, entry.id, entry.locator), derivedText(fields));
  sink.node(ENTITY_SECTIONS[section], props);
  for (const field in links) {
    const value = entry[field];
    if (value === undefined || value === null) continue;
    const link = links[field];
    for (const target of Array.isArray(value) ? value : [value]) {
      if (link.dir === 'in') sink.rel(link.type, target, entry.id, plain(entry.locator));
      else sink.rel(link.type, entry.id, target, plain(entry.locator));
    }
  }
  (entry.terms?.extensions ?? []).forEach((ext: Entry, i: number) => {
    const id = `${entry.id}-extension-${i + 1}`;
    sink.node('Extension', node({ id, until: ext.until, decidedOn: ext.decidedOn, text: ext.text }, id, entry.locator));
    sink.rel(NESTED_LINKS.extension, entry.id, id, plain(entry.locator));
    if (ext.decidedBy) sink.rel(NESTED_LINKS.extensionDecider, id, ext.decidedBy, plain(entry.locator));
  });
  (entry.measures ?? []).forEach((m: Entry, i: number) => {
    const id = `${entry.id}-measure-${i + 1}`;
    sink.node('Measure', node({ id, ...m }, id, entry.locator));
    sink.rel(NESTED_LINKS.measure, entry.id, id, plain(entry.locator));
  });
  for (const d of entry.decidedBy ?? []) sink.rel(NESTED_LINKS.decider, entry.id, d.by, rel(d.kind, entry.locator, { kind: d.kind, condition: d.condition }));
  for (const a of entry.attendance ?? []) {
    sink.rel(
      NESTED_LINKS.attendance,
      a.person,
      entry.id,
      rel('', entry.locator, { role: a.role, roleText: a.roleText, status: a.status, representing: a.representing }),
    );
  }
}

/** A node's properties: its fields with date bounds, its citation, its version and the synthetic mark; no absent values. */
function node(fields: Record<string, unknown>, id: string, locator: string): Record<string, any> {
  const props = bounded({ id }, fields);
  props.sourceIds = [SOURCE_ID];
  props.locators = [locator];
  props.version = 1;
  props.synthetic = true;
  return props;
}

/** A relationship's properties, as the seed loader stores them: key, fields with date bounds, citation, mark. */
function rel(key: string, locator: string, fields: Record<string, unknown>): Record<string, unknown> {
  const props = bounded({}, fields);
  return Object.assign(props, { key, sourceIds: [SOURCE_ID], locators: [locator], synthetic: true });
}

/**
 * The present fields, each partial date with its first and last day beside it: what
 * withDateBounds and the seed loader's clean-up give, in one pass and one object.
 */
function bounded(into: Record<string, any>, fields: Record<string, unknown>): Record<string, any> {
  for (const k in fields) {
    const v = fields[k];
    if (v === undefined || v === null) continue;
    into[k] = v;
    if (typeof v === 'string' && DATE_FIELDS.has(k)) {
      const b = dateBounds(v);
      into[`${k}Start`] = b.start;
      into[`${k}End`] = b.end;
    }
  }
  return into;
}

/** A relationship with nothing but its key '' and citation; one object per locator, shared, since most are alike. */
const PLAIN = new Map<string, Record<string, unknown>>();
function plain(locator: string): Record<string, unknown> {
  let props = PLAIN.get(locator);
  if (!props) PLAIN.set(locator, (props = Object.freeze({ key: '', sourceIds: [SOURCE_ID], locators: [locator], synthetic: true })));
  return props;
}

/**
 * The same chunk through the seed loader's own GraphBuilder, marked the same way: what
 * emitChunk must equal (test/generate.test.ts compares them on the tiny scale).
 */
export function chunkRows(chunk: Chunk, source?: Entry): Graph {
  const graph = new GraphBuilder();
  if (source) graph.addNode(source.id, 'Source', withDerivedText({ ...source }), source.id, 'the document itself');
  for (const section of Object.keys(ENTITY_SECTIONS)) {
    for (const entry of chunk[section] ?? []) graph.addEntry(section, entry, SOURCE_ID);
  }
  for (const m of chunk.memberships ?? []) graph.addMembership(m, SOURCE_ID);
  for (const p of chunk.principals ?? []) graph.addPrincipal(p, SOURCE_ID);
  for (const line of chunk.reportingLines ?? []) graph.addReportingLine(line, SOURCE_ID);
  const rows = graph.rows();
  for (const n of rows.nodes) Object.assign(n.props, { version: 1, synthetic: true });
  for (const r of rows.rels) r.props.synthetic = true;
  return rows;
}

/** Chunk `i` of a structure: the skeleton chunks first, then one per body (its activity, made only when asked for). */
export function chunkAt(structure: Structure, i: number): Chunk {
  const skeleton = structure.chunks.length;
  return i < skeleton ? structure.chunks[i] : activityOf(structure, structure.bodies[i - skeleton]);
}

/** How many chunks a structure has. */
export const chunkCount = (structure: Structure): number => structure.chunks.length + structure.bodies.length;

/** Every chunk of a structure in order. */
export function* allChunks(structure: Structure): Generator<Chunk> {
  for (let i = 0; i < chunkCount(structure); i++) yield chunkAt(structure, i);
}
