import { randomUUID } from 'node:crypto';
import { requireRole, type Actor } from '../auth/tokens';
import type { Row, Tx } from '../db/database';
import { userError } from '../server/errors';
import { GraphBuilder } from '../seed/graph';
import { withDateBounds, withDerivedText } from '../shared/derived';
import { dateBounds } from '../shared/text';
import { entrySchema, LINK_TYPES, WRITABLE } from './kinds';
import { checkDate, checkFields, checkNoLinks, isLinkField, referencesOf } from './validate-input';

/**
 * Where each part of a write is in the request, for error messages. The service names them
 * as the JSON family does ('input.fields.area', 'input.expectedVersion'); the typed
 * mutations (./typed) pass a Where that maps those to their own ('input.area', 'expectedVersion').
 */
export type Where = (path: string) => string;
const asGiven: Where = (path) => path;

/** What a caller adds to a write: where its parts are, and for typed mutations the kind it is for. */
export interface WriteOptions {
  where?: Where;
  /** The kind the entity must be (updateBody refuses an Organisation's id). */
  kind?: string;
}

/** Kinds that are reference data: created, but never retired. */
export const REFERENCE_DATA = ['Area', 'Source'];

/** The property a retirement sets: a body is dissolved, anything else has a validTo. */
export const retiredField = (labels: string[]): string => (labels.includes('Body') ? 'dissolved' : 'validTo');

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
  const rows = await tx.run('node/byIds', { ids: [...new Set(ids)] });
  return new Map(rows.map((r) => [r.id, { labels: r.labels, props: r.props }]));
}

/**
 * The first step of every write to an existing entity: takes its write lock (held until the
 * transaction ends) and bumps its version, and returns its state before this write, read
 * under the lock (see cypher/write/lock.cypher). Concurrent writes to one entity therefore
 * run one after the other, each on top of the last, and none is lost. Undefined when no
 * entity has the id.
 */
async function lock(tx: Tx, id: string): Promise<Current | undefined> {
  const [row] = await tx.run('write/lock', { id });
  return row && { labels: row.labels, props: row.props };
}

/**
 * Optimistic concurrency: a write that sends the version it read is refused when the
 * entity has changed since. Without expectedVersion the write is applied on top of
 * whatever is current (still serialised by the lock, so nothing is lost).
 */
function checkVersion(id: string, entity: Current, expected: number | null | undefined, field: string): void {
  const currentVersion = entity.props.version as number;
  if (expected === undefined || expected === null || expected === currentVersion) return;
  throw userError(
    'CONFLICT',
    `${field} is ${expected}, but '${id}' is now at version ${currentVersion}: it was changed since you read it. Re-read it (its \`version\` field), check your change against what is there now, and resend it with expectedVersion ${currentVersion}`,
    { field, currentVersion },
  );
}

/** The message for an id in use, whether a read finds it or the uniqueness constraint does. */
function idTaken(id: string, where: Where = asGiven) {
  const field = where('input.id');
  return userError('BAD_USER_INPUT', `${field} '${id}' is taken; choose another id or update that entity`, { field });
}

/**
 * Creating an id that a concurrent write created first fails on the entity_id uniqueness
 * constraint (cypher/write/createNodes.cypher), after the check in createEntity passed.
 * That is the same mistake as creating an id that exists, and gets the same clear error,
 * never an internal one. Use around the transaction that runs createEntity.
 */
export function createConflict(id: string, where: Where = asGiven): (e: unknown) => never {
  return (e) => {
    if ((e as { code?: string })?.code === 'Neo.ClientError.Schema.ConstraintValidationFailed') throw idTaken(id, where);
    throw e;
  };
}

function checkSource(found: Map<string, Current>, source: CitationInput, where: Where): void {
  if (!found.get(source.sourceId)?.labels.includes('Source')) {
    const field = where('input.source.sourceId');
    throw userError('BAD_USER_INPUT', `${field} '${source.sourceId}' is not a source document; cite one listed by the \`sources\` query`, { field });
  }
  if (source.locator.trim().length < 3) {
    const field = where('input.source.locator');
    throw userError('BAD_USER_INPUT', `${field} must say where in the source (a heading, table row or quoted phrase)`, { field });
  }
}

/** Refuses an entity of another kind than a typed mutation is for (updateBody with an organisation's id). */
function checkKind(id: string, entity: Current, kind: string | undefined, field: string): void {
  if (!kind || entity.labels.includes(kind)) return;
  const actual = entity.labels.find((l) => WRITABLE[l] || REFERENCE_DATA.includes(l)) ?? entity.labels[0];
  throw userError('BAD_USER_INPUT', `${field} '${id}' is ${article(actual)} ${actual}, not ${article(kind)} ${kind}: give the id of ${article(kind)} ${kind}`, {
    field,
  });
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');

async function audit(
  tx: Tx,
  actor: Actor,
  action: string,
  entityId: string,
  before: Row | null,
  after: Row,
  source: CitationInput,
  extra: Row = {},
): Promise<Row> {
  const record = {
    id: randomUUID(),
    at: new Date().toISOString(),
    actor: actor.name,
    role: actor.role,
    action,
    entityId,
    before: before ? JSON.stringify(before) : null,
    after: JSON.stringify(after),
    sourceId: source.sourceId,
    locator: source.locator,
    // The entity's version this write produced (links pass the version of their start in extra).
    version: after.version,
    ...extra,
  };
  for (const k of Object.keys(record) as (keyof typeof record)[]) if (record[k] === null || record[k] === undefined) delete record[k];
  const [row] = await tx.run('write/audit', { record, entityId });
  return row.props;
}

function cited(props: Row, source: CitationInput): Row {
  return { ...props, sourceIds: [...(props.sourceIds ?? []), source.sourceId], locators: [...(props.locators ?? []), source.locator] };
}

/** Creates an entity (and the relationships its fields state), citing its source. */
export async function createEntity(
  tx: Tx,
  actor: Actor,
  kind: string,
  id: string,
  fields: Row,
  source: CitationInput,
  { where = asGiven }: WriteOptions = {},
): Promise<{ id: string; audit: Row }> {
  const { section } = WRITABLE[kind];
  checkFields(section, { ...fields, id }, 'create', where('input.fields'));
  const refs = referencesOf(section, fields);
  const found = await current(tx, [id, source.sourceId, ...refs.map((r) => r.id)]);
  // Fast path for an id that exists; a concurrent create of the same id is caught by the constraint (createConflict).
  if (found.has(id)) throw idTaken(id, where);
  checkSource(found, source, where);
  for (const ref of refs) {
    if (!found.get(ref.id)?.labels.some((l) => (ref.kinds as string[]).includes(l))) {
      const field = where(`input.fields.${ref.field}`);
      throw userError('BAD_USER_INPUT', `${field} must be the id of an existing ${ref.kinds.join(' or ')}; '${ref.id}' is not`, { field });
    }
  }
  const graph = new GraphBuilder();
  const entry = { ...fields, id, locator: source.locator };
  if (section === 'memberships') graph.addMembership(entry, source.sourceId);
  else graph.addEntry(section as any, entry, source.sourceId);
  const rows = graph.rows();
  const nodes = rows.nodes.map((n) => ({ ...n, props: { ...n.props, version: 1 } }));
  await tx.run('write/createNodes', { rows: nodes });
  await tx.run('seed/upsertRelationships', { rows: rows.rels });
  return { id, audit: await audit(tx, actor, 'CREATE', id, null, nodes.find((n) => n.id === id)!.props, source) };
}

/** Changes an entity's own fields; null removes a field. Relationships are not touched. */
export async function updateEntity(
  tx: Tx,
  actor: Actor,
  id: string,
  set: Row,
  source: CitationInput,
  expectedVersion?: number | null,
  options: WriteOptions = {},
): Promise<Row> {
  const where = options.where ?? asGiven;
  const entity = await lock(tx, id);
  const kind = entity?.labels.find((l) => WRITABLE[l]);
  if (!entity || !kind) throw userError('NOT_FOUND', `${where('input.id')} '${id}' is no entity the API can update`, { field: where('input.id') });
  checkKind(id, entity, options.kind, where('input.id'));
  checkVersion(id, entity, expectedVersion, where('input.expectedVersion'));
  checkSource(await current(tx, [source.sourceId]), source, where);
  const { section } = WRITABLE[kind];
  const root = where('input.set');
  checkNoLinks(section, set, root);
  if ('id' in set) throw userError('BAD_USER_INPUT', `${root}.id: ids are permanent; create a new entity and retire this one instead`, { field: `${root}.id` });
  const values = Object.fromEntries(Object.entries(set).filter(([, v]) => v !== null));
  checkFields(section, values, 'update', root);
  const props: Row = { ...entity.props };
  for (const [field, value] of Object.entries(set)) {
    delete props[field];
    delete props[`${field}Start`];
    delete props[`${field}End`];
    if (value === null) continue;
    if (field === 'terms') {
      const { text, extensions, ...rest } = value as Row;
      if (extensions)
        throw userError('BAD_USER_INPUT', `${root}.terms.extensions: record a decided extension as its own step; terms here take no extensions`, {
          field: `${root}.terms.extensions`,
        });
      Object.assign(props, withDateBounds({ termsText: text, ...rest }));
    } else {
      Object.assign(props, withDateBounds({ [field]: value }));
    }
  }
  const missing = checkRequired(section, props);
  if (missing) throw userError('BAD_USER_INPUT', `${root}.${missing} cannot be removed: it is required`, { field: `${root}.${missing}` });
  const after = { ...cited(withDerivedText(props), source), version: entity.props.version + 1 };
  await tx.run('write/setProperties', { id, props: after });
  return audit(tx, actor, 'UPDATE', id, entity.props, after, source);
}

/** A required own field the new properties lack (relationships are checked elsewhere). */
function checkRequired(section: string, props: Row): string | undefined {
  const own = (f: string) => f !== 'locator' && !isLinkField(section, f);
  return (entrySchema(section).required as string[]).filter(own).find((f) => props[f] === undefined);
}

/** Ends an entity's validity on a day. Nothing is deleted: the entity and its history stay. */
export async function retireEntity(
  tx: Tx,
  actor: Actor,
  id: string,
  on: string,
  reason: string,
  source: CitationInput,
  expectedVersion?: number | null,
  options: WriteOptions = {},
): Promise<Row> {
  const where = options.where ?? asGiven;
  const idField = where('input.id');
  const entity = await lock(tx, id);
  if (!entity) throw userError('NOT_FOUND', `${idField} '${id}' does not exist`, { field: idField });
  checkKind(id, entity, options.kind, idField);
  // Retiring a principal changes every structure under it: only an admin may.
  if (entity.labels.includes('Organisation')) requireRole(actor, 'admin');
  checkVersion(id, entity, expectedVersion, where('input.expectedVersion'));
  checkSource(await current(tx, [source.sourceId]), source, where);
  const field = retiredField(entity.labels);
  if (entity.props[field]) throw userError('BAD_USER_INPUT', `${idField} '${id}' is already retired (${field} ${entity.props[field]})`, { field: idField });
  if (entity.labels.some((l) => REFERENCE_DATA.includes(l)))
    throw userError('BAD_USER_INPUT', `${idField} '${id}': areas and sources are reference data and are not retired`, { field: idField });
  const bounds = dateBounds(on);
  const after = cited(
    { ...entity.props, [field]: on, [`${field}Start`]: bounds.start, [`${field}End`]: bounds.end, retiredReason: reason, version: entity.props.version + 1 },
    source,
  );
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
  note?: string;
  /** The version of `from` the caller read; the link is refused (CONFLICT) if it changed. */
  expectedVersion?: number | null;
}

/** Creates a relationship between two entities, citing its source. */
export async function link(tx: Tx, actor: Actor, input: LinkInput, source: CitationInput, { where = asGiven }: WriteOptions = {}): Promise<Row> {
  const spec = LINK_TYPES[input.type];
  // A link is a write to its start: lock it first, so two concurrent links of the same
  // relationship cannot both find none and both be recorded.
  const from = await lock(tx, input.from);
  if (from) checkVersion(input.from, from, input.expectedVersion, where('input.expectedVersion'));
  const found = await current(tx, [input.to, source.sourceId]);
  if (from) found.set(input.from, from);
  checkSource(found, source, where);
  for (const [end, kinds] of [
    ['from', spec.from],
    ['to', spec.to],
  ] as const) {
    const id = input[end];
    if (!found.get(id)?.labels.some((l) => (kinds as string[]).includes(l))) {
      const field = where(`input.${end}`);
      throw userError('BAD_USER_INPUT', `${field} must be the id of an existing ${kinds.join(' or ')} for ${input.type}; '${id}' is not`, { field });
    }
  }
  const kindValues = spec.keyValues;
  const kindField = where('input.kind');
  if (kindValues && !kindValues.includes(input.kind ?? '')) {
    throw userError('BAD_USER_INPUT', `${kindField} is required for ${input.type}: one of ${kindValues.join(', ')}`, { field: kindField });
  }
  if (!kindValues && input.kind) throw userError('BAD_USER_INPUT', `${kindField} does not apply to ${input.type}; leave it out`, { field: kindField });
  for (const prop of ['condition', 'validFrom', 'text', 'note'] as const) {
    const field = where(`input.${prop}`);
    if (input[prop] !== undefined && !spec.props.includes(prop)) throw userError('BAD_USER_INPUT', `${field} does not apply to ${input.type}`, { field });
  }
  if (input.validFrom) checkDate(where('input.validFrom'), input.validFrom);
  const key = input.kind ?? '';
  const [existing] = await tx.run('write/relationship', { from: input.from, to: input.to, type: input.type, key });
  if (existing && !existing.props.validTo) {
    throw userError('BAD_USER_INPUT', `${input.from} already has a current ${input.type} ${key} to ${input.to}; end it first to record a new one`, {
      field: where('input'),
    });
  }
  const graph = new GraphBuilder();
  graph.addRel(input.from, input.to, input.type, key, source.sourceId, source.locator, {
    kind: input.kind,
    condition: input.condition,
    validFrom: input.validFrom,
    text: input.text,
    note: input.note,
  });
  const [row] = graph.rows().rels;
  if (existing)
    row.props = {
      ...row.props,
      sourceIds: [...existing.props.sourceIds, ...(row.props.sourceIds as string[])],
      locators: [...existing.props.locators, ...(row.props.locators as string[])],
    };
  await tx.run('seed/upsertRelationships', { rows: [row] });
  return audit(tx, actor, 'LINK', input.from, existing?.props ?? null, row.props, source, {
    relationship: `${input.type}/${key}`,
    otherId: input.to,
    version: from!.props.version + 1,
  });
}

/** Ends a relationship's validity on a day; the relationship itself stays. */
export async function retireLink(
  tx: Tx,
  actor: Actor,
  input: { from: string; type: string; to: string; kind?: string; expectedVersion?: number | null },
  on: string,
  reason: string,
  source: CitationInput,
  { where = asGiven }: WriteOptions = {},
): Promise<Row> {
  // Like link: a write to the start of the relationship, serialised on it.
  const from = await lock(tx, input.from);
  if (from) checkVersion(input.from, from, input.expectedVersion, where('input.expectedVersion'));
  const found = await current(tx, [source.sourceId]);
  checkSource(found, source, where);
  const key = input.kind ?? '';
  const [existing] = await tx.run('write/relationship', { from: input.from, to: input.to, type: input.type, key });
  if (!existing) throw userError('NOT_FOUND', `there is no ${input.type} ${key} from '${input.from}' to '${input.to}'`, { field: where('input') });
  if (existing.props.validTo)
    throw userError('BAD_USER_INPUT', `that ${input.type} already ended (validTo ${existing.props.validTo})`, { field: where('input') });
  const bounds = dateBounds(on);
  const after = cited({ ...existing.props, validTo: on, validToStart: bounds.start, validToEnd: bounds.end, retiredReason: reason }, source);
  await tx.run('write/setRelationship', { from: input.from, to: input.to, type: input.type, key, props: after });
  return audit(tx, actor, 'RETIRE_LINK', input.from, existing.props, after, source, {
    relationship: `${input.type}/${key}`,
    otherId: input.to,
    reason,
    version: from!.props.version + 1,
  });
}
