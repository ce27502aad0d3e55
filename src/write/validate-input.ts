import type { ErrorObject } from 'ajv';
import { userError } from '../server/errors';
import { LINKS } from '../seed/graph';
import schema from '../../seed/seed.schema.json';
import { ajv, REFERENCES, valueProblem, valuesAt, type EntityKind } from '../seed/validate';
import { entrySchema } from './kinds';

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function validator(section: string, mode: 'create' | 'update') {
  const key = `${section}:${mode}`;
  if (!compiled.has(key)) {
    const base = entrySchema(section);
    // The API cites its source separately, so no locator; an update may send any subset.
    const properties = { ...base.properties };
    delete properties.locator;
    const required = mode === 'create' ? base.required.filter((f: string) => f !== 'locator') : [];
    // The entry's $refs point at the schema's shared definitions (ids, dates, length limits).
    compiled.set(key, ajv.compile({ ...base, properties, required, definitions: schema.definitions }));
  }
  return compiled.get(key)!;
}

function describe(e: ErrorObject, root: string): { field: string; reason: string } {
  const path = [root, ...e.instancePath.split('/').slice(1)].join('.');
  if (e.keyword === 'additionalProperties') return { field: `${path}.${e.params.additionalProperty}`, reason: 'is not a field of this kind (see seed/seed.schema.json)' };
  if (e.keyword === 'required') return { field: `${path}.${e.params.missingProperty}`, reason: 'is required' };
  if (e.keyword === 'enum') return { field: path, reason: `must be one of ${e.params.allowedValues.join(', ')}` };
  const problem = valueProblem(e);
  if (problem) return { field: path, reason: problem };
  if (e.keyword === 'pattern' && e.schemaPath.includes('/id/')) return { field: path, reason: 'must be an id of lowercase letters, digits and hyphens' };
  return { field: path, reason: e.message ?? 'is invalid' };
}

/** Checks fields against the seed format of their kind; BAD_USER_INPUT naming the field otherwise. */
export function checkFields(section: string, fields: Record<string, unknown>, mode: 'create' | 'update', root: string): void {
  const validate = validator(section, mode);
  if (validate(fields)) return;
  const all = (validate.errors ?? []).map((e) => describe(e, root));
  // A date with neither shape nor calendar day fails two keywords with one message: say it once.
  const problems = all.filter((p, i) => all.findIndex((q) => q.field === p.field && q.reason === p.reason) === i);
  throw userError('BAD_USER_INPUT', problems.map((p) => `${p.field} ${p.reason}`).join('; '), { field: problems[0].field, problems });
}

/** Refuses to change relationships through an update: they have their own mutations. */
export function checkNoLinks(section: string, fields: Record<string, unknown>): void {
  const linkFields = Object.keys(fields).filter((f) => LINKS[section]?.[f] || ['decidedBy', 'attendance', 'body', 'person', 'post', 'organisation', 'representing'].includes(f));
  if (linkFields.length) {
    throw userError('BAD_USER_INPUT', `input.set.${linkFields[0]} is a relationship; change it with linkEntities and retireLink so its history is kept`, { field: `input.set.${linkFields[0]}` });
  }
}

/** The ids an entry refers to, with the kinds each may be, and the field that names it. */
export function referencesOf(section: string, entry: Record<string, unknown>): { id: string; kinds: EntityKind[]; field: string }[] {
  return Object.entries(REFERENCES[section] ?? {}).flatMap(([field, kinds]) =>
    valuesAt(entry, field.split('.'), []).map(({ value, path }) => ({ id: value, kinds, field: path.join('.') })),
  );
}
