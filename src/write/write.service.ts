import { randomUUID } from 'node:crypto';
import { requireRole, type Actor } from '../auth/tokens';
import type { Row, Tx } from '../db/database';
import { userError } from '../server/errors';
import { GraphBuilder, LINKS } from '../seed/graph';
import { withDateBounds, withDerivedText } from '../shared/derived';
import { DeciderKind, ReportingKind } from '../shared/enums';
import { dateBounds } from '../shared/text';
import { entrySchema, LINK_TYPES, WRITABLE } from './kinds';
import { checkFields, checkNoLinks, referencesOf } from './validate-input';

/** The source a write cites: an existing Source and a locator in it. */
export interface CitationInput {
  sourceId: string;
  locator: string;
}

interface Current {
  labels: string[];
  props: Row;
}

async function current(tx: Tx, ids: string[]): Promise<Map<string, Current>> {
  const rows = await tx.run('write/current', { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, { labels: r.labels, props: r.props }]));
}

function checkSource(found: Map<string, Current>, source: CitationInput): void {
  if (!found.get(source.sourceId)?.labels.includes('Source')) {
    throw userError('BAD_USER_INPUT', `input.source.sourceId '${source.sourceId}' is not a source document; cite one listed by the \`sources\` query`, { field: 'input.source.sourceId' });
  }
  if (source.locator.trim().length < 3) {
    throw userError('BAD_USER_INPUT', 'input.source.locator must say where in the source (a heading, table row or quoted phrase)', { field: 'input.source.locator' });
  }
}

async function audit(tx: Tx, actor: Actor, action: string, entityId: string, before: Row | null, after: Row, source: CitationInput, extra: Row = {}): Promise<Row> {
  const record = {
    id: randomUUID(), at: new Date().toISOString(), actor: actor.name, role: actor.role, action, entityId,
    before: before ? JSON.stringify(before) : null, after: JSON.stringify(after), sourceId: source.sourceId, locator: source.locator, ...extra,
  };
  for (const k of Object.keys(record) as (keyof typeof record)[]) if (record[k] === null || record[k] === undefined) delete record[k];
  const [row] = await tx.run('write/audit', { record, entityId });
  return row.props;
}

function cited(props: Row, source: CitationInput): Row {
  return { ...props, sourceIds: [...(props.sourceIds ?? []), source.sourceId], locators: [...(props.locators ?? []), source.locator] };
}

/** Creates an entity (and the relationships its fields state), citing its source. */
export async function createEntity(tx: Tx, actor: Actor, kind: string, id: string, fields: Row, source: CitationInput): Promise<{ id: string; audit: Row }> {
  const { section } = WRITABLE[kind];
  checkFields(section, { ...fields, id }, 'create', 'input.fields');
  const refs = referencesOf(section, fields);
  const found = await current(tx, [id, source.sourceId, ...refs.map((r) => r.id)]);
  if (found.has(id)) throw userError('BAD_USER_INPUT', `input.id '${id}' is taken; choose another id or update that entity`, { field: 'input.id' });
  checkSource(found, source);
  for (const ref of refs) {
    if (!found.get(ref.id)?.labels.some((l) => (ref.kinds as string[]).includes(l))) {
      throw userError('BAD_USER_INPUT', `input.fields.${ref.field} must be the id of an existing ${ref.kinds.join(' or ')}; '${ref.id}' is not`, { field: `input.fields.${ref.field}` });
    }
  }
  const graph = new GraphBuilder();
  const entry = { ...fields, id, locator: source.locator };
  if (section === 'memberships') graph.addMembership(entry, source.sourceId);
  else graph.addEntry(section as any, entry, source.sourceId);
  const rows = graph.rows();
  await tx.run('seed/upsertNodes', { rows: rows.nodes });
  await tx.run('seed/upsertRelationships', { rows: rows.rels });
  return { id, audit: await audit(tx, actor, 'CREATE', id, null, rows.nodes.find((n) => n.id === id)!.props, source) };
}

/** Changes an entity's own fields; null removes a field. Relationships are not touched. */
export async function updateEntity(tx: Tx, actor: Actor, id: string, set: Row, source: CitationInput): Promise<Row> {
  const found = await current(tx, [id, source.sourceId]);
  const entity = found.get(id);
  const kind = entity?.labels.find((l) => WRITABLE[l]);
  if (!entity || !kind) throw userError('NOT_FOUND', `input.id '${id}' is no entity the API can update`, { field: 'input.id' });
  checkSource(found, source);
  const { section } = WRITABLE[kind];
  checkNoLinks(section, set);
  if ('id' in set) throw userError('BAD_USER_INPUT', 'input.set.id: ids are permanent; create a new entity and retire this one instead', { field: 'input.set.id' });
  const values = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== null));
  checkFields(section, values, 'update', 'input.set');
  const props: Row = { ...entity.props };
  for (const [field, value] of Object.entries(set)) {
    delete props[field];
    delete props[`${field}Start`];
    delete props[`${field}End`];
    if (value === null) continue;
    if (field === 'terms') {
      const { text, extensions, ...rest } = value as Row;
      if (extensions) throw userError('BAD_USER_INPUT', 'input.set.terms.extensions: record a decided extension as its own step; terms here take no extensions', { field: 'input.set.terms.extensions' });
      Object.assign(props, withDateBounds({ termsText: text, ...rest }));
    } else {
      Object.assign(props, withDateBounds({ [field]: value }));
    }
  }
  const missing = checkRequired(section, props);
  if (missing) throw userError('BAD_USER_INPUT', `input.set.${missing} cannot be removed: it is required`, { field: `input.set.${missing}` });
  const after = cited(withDerivedText(props), source);
  await tx.run('write/setProperties', { id, props: after });
  return audit(tx, actor, 'UPDATE', id, entity.props, after, source);
}

/** A required own field the new properties lack (relationships are checked elsewhere). */
function checkRequired(section: string, props: Row): string | undefined {
  const own = (f: string) => f !== 'locator' && !LINKS[section]?.[f] && !(section === 'memberships' && f === 'body');
  return (entrySchema(section).required as string[]).filter(own).find((f) => props[f] === undefined);
}

/** Ends an entity's validity on a day. Nothing is deleted: the entity and its history stay. */
export async function retireEntity(tx: Tx, actor: Actor, id: string, on: string, reason: string, source: CitationInput): Promise<Row> {
  const found = await current(tx, [id, source.sourceId]);
  const entity = found.get(id);
  if (!entity) throw userError('NOT_FOUND', `input.id '${id}' does not exist`, { field: 'input.id' });
  // Retiring a principal changes every structure under it: only an admin may.
  if (entity.labels.includes('Organisation')) requireRole(actor, 'admin');
  checkSource(found, source);
  const field = entity.labels.includes('Body') ? 'dissolved' : 'validTo';
  if (entity.props[field]) throw userError('BAD_USER_INPUT', `input.id '${id}' is already retired (${field} ${entity.props[field]})`, { field: 'input.id' });
  if (entity.labels.some((l) => l === 'Area' || l === 'Source')) throw userError('BAD_USER_INPUT', `input.id '${id}': areas and sources are reference data and are not retired`, { field: 'input.id' });
  const bounds = dateBounds(on);
  const after = cited({ ...entity.props, [field]: on, [`${field}Start`]: bounds.start, [`${field}End`]: bounds.end, retiredReason: reason }, source);
  await tx.run('write/setProperties', { id, props: after });
  return audit(tx, actor, 'RETIRE', id, entity.props, after, source, { reason });
}

export interface LinkInput {
  from: string;
  type: string;
  to: string;
  kind?: string;
  condition?: string;
  validFrom?: string;
  text?: string;
}

/** Creates a relationship between two entities, citing its source. */
export async function link(tx: Tx, actor: Actor, input: LinkInput, source: CitationInput): Promise<Row> {
  const spec = LINK_TYPES[input.type];
  const found = await current(tx, [input.from, input.to, source.sourceId]);
  checkSource(found, source);
  for (const [end, kinds] of [['from', spec.from], ['to', spec.to]] as const) {
    const id = input[end];
    if (!found.get(id)?.labels.some((l) => (kinds as string[]).includes(l))) {
      throw userError('BAD_USER_INPUT', `input.${end} must be the id of an existing ${kinds.join(' or ')} for ${input.type}; '${id}' is not`, { field: `input.${end}` });
    }
  }
  const kindValues = input.type === 'REPORTING_LINE' ? Object.keys(ReportingKind) : input.type === 'DECIDED_BY' ? Object.keys(DeciderKind) : null;
  if (kindValues && !kindValues.includes(input.kind ?? '')) {
    throw userError('BAD_USER_INPUT', `input.kind is required for ${input.type}: one of ${kindValues.join(', ')}`, { field: 'input.kind' });
  }
  if (!kindValues && input.kind) throw userError('BAD_USER_INPUT', `input.kind does not apply to ${input.type}; leave it out`, { field: 'input.kind' });
  for (const prop of ['condition', 'validFrom', 'text'] as const) {
    if (input[prop] !== undefined && !spec.props.includes(prop)) throw userError('BAD_USER_INPUT', `input.${prop} does not apply to ${input.type}`, { field: `input.${prop}` });
  }
  if (input.validFrom) checkFields('reportingLines', { validFrom: input.validFrom }, 'update', 'input');
  const key = input.kind ?? '';
  const [existing] = await tx.run('write/relationship', { from: input.from, to: input.to, type: input.type, key });
  if (existing && !existing.props.validTo) throw userError('BAD_USER_INPUT', `${input.from} already has a current ${input.type} ${key} to ${input.to}`, { field: 'input' });
  const graph = new GraphBuilder();
  graph.addRel(input.from, input.to, input.type, key, source.sourceId, source.locator, { kind: input.kind, condition: input.condition, validFrom: input.validFrom, text: input.text });
  const [row] = graph.rows().rels;
  if (existing) row.props = { ...row.props, sourceIds: [...existing.props.sourceIds, ...(row.props.sourceIds as string[])], locators: [...existing.props.locators, ...(row.props.locators as string[])] };
  await tx.run('seed/upsertRelationships', { rows: [row] });
  return audit(tx, actor, 'LINK', input.from, existing?.props ?? null, row.props, source, { relationship: `${input.type}/${key}`, otherId: input.to });
}

/** Ends a relationship's validity on a day; the relationship itself stays. */
export async function retireLink(tx: Tx, actor: Actor, input: { from: string; type: string; to: string; kind?: string }, on: string, reason: string, source: CitationInput): Promise<Row> {
  const found = await current(tx, [source.sourceId]);
  checkSource(found, source);
  const key = input.kind ?? '';
  const [existing] = await tx.run('write/relationship', { from: input.from, to: input.to, type: input.type, key });
  if (!existing) throw userError('NOT_FOUND', `there is no ${input.type} ${key} from '${input.from}' to '${input.to}'`, { field: 'input' });
  if (existing.props.validTo) throw userError('BAD_USER_INPUT', `that ${input.type} already ended (validTo ${existing.props.validTo})`, { field: 'input' });
  const bounds = dateBounds(on);
  const after = cited({ ...existing.props, validTo: on, validToStart: bounds.start, validToEnd: bounds.end, retiredReason: reason }, source);
  await tx.run('write/setRelationship', { from: input.from, to: input.to, type: input.type, key, props: after });
  return audit(tx, actor, 'RETIRE_LINK', input.from, existing.props, after, source, { relationship: `${input.type}/${key}`, otherId: input.to, reason });
}
