import type { ErrorObject } from 'ajv';
import { CERTAINTY_KEYS, EXAMPLE_IDS, LINKS, seedFieldAt, SEED_SECTIONS, type SeedField } from '../model';
import { userError } from '../server/errors';
import { ajv, REFERENCES, valueProblem, valuesAt, type EntityKind } from '../seed/validate';
import { shown } from '../shared/limits';
import { DATE_SHAPES, partialDateProblem } from '../shared/text';
import { definitions, entrySchema } from './kinds';

const compiled = new Map<string, ReturnType<typeof ajv.compile>>();

function validator(section: string, mode: 'create' | 'update') {
  const key = `${section}:${mode}`;
  if (!compiled.has(key)) {
    const base = entrySchema(section);
    // The API cites its source separately, so no locator; an update may send any subset.
    const rest = withoutMarks(base);
    const properties = { ...rest.properties };
    delete properties.locator;
    const required = mode === 'create' ? base.required.filter((f: string) => f !== 'locator') : [];
    // The entry's $refs point at the schema's shared definitions (ids, dates, length limits).
    compiled.set(key, ajv.compile({ ...rest, properties, required, definitions }));
  }
  return compiled.get(key)!;
}

/** Certainty marks are for seed files: a fact written through the API is stated by the source it cites. */
function withoutMarks(schema: any): any {
  if (Array.isArray(schema) || typeof schema !== 'object' || schema === null) return schema;
  const out: any = {};
  for (const [key, value] of Object.entries(schema)) {
    if (key === 'dependencies') continue;
    if (key === 'properties') {
      out.properties = Object.fromEntries(
        Object.entries(value as object)
          .filter(([name]) => !CERTAINTY_KEYS.includes(name))
          .map(([n, v]) => [n, withoutMarks(v)]),
      );
    } else out[key] = withoutMarks(value);
  }
  return out;
}

/** One problem with an input field: where, what is wrong and how to fix it. */
interface Problem {
  field: string;
  reason: string;
  /** The value as given, when the reason does not already quote it. */
  value?: unknown;
}

const article = (word: string) => (/^[AEIOU]/.test(word) ? 'an' : 'a');
const kindsText = (kinds: readonly string[]) => kinds.map((k) => `${article(k)} ${k}`).join(' or ');

/** What a valid value of a field looks like, from its type in the model: the fix half of a message. */
export function expected(f: SeedField): string {
  if (f.to) return `must be the id of ${kindsText(f.to)}, like "${EXAMPLE_IDS[f.to[0]]}"`;
  switch (f.type) {
    case 'id':
      return 'must be an id of lowercase letters, digits and hyphens, like "body-svo"';
    case 'partialDate':
      return `must be a date as ${DATE_SHAPES}`;
    case 'enum':
      return `must be one of ${f.values!.join(', ')}`;
    case 'code':
      return 'must be an SCB code: two digits for a county ("05") or four for a municipality ("0580")';
    case 'integer':
      return 'must be a whole number';
    case 'number':
      return 'must be a number';
    case 'bool':
      return 'must be true or false';
    case 'object':
      return 'must be an object with the fields of seed/seed.schema.json';
    default:
      return 'must be text';
  }
}

/**
 * Turns one schema error into a message decided by the rule that failed and the type the
 * model gives the field: a bad validFrom is a date problem, a bad area an area id problem,
 * whatever the field is called.
 */
function describe(e: ErrorObject, section: string, root: string): Problem {
  const segments = e.instancePath.split('/').slice(1);
  const path = [root, ...segments].join('.');
  if (e.keyword === 'additionalProperties') {
    const known = Object.keys((e.parentSchema as any)?.properties ?? {}).filter((f) => f !== 'locator');
    return { field: `${path}.${e.params.additionalProperty}`, reason: `is not a field here; the fields are ${known.join(', ')} (see seed/seed.schema.json)` };
  }
  if (e.keyword === 'required') {
    const f = seedFieldAt(section, [...segments, e.params.missingProperty]);
    return { field: `${path}.${e.params.missingProperty}`, reason: `is required: ${f ? `${f.description.replace(/\.$/, '')}; it ${expected(f)}` : 'give it'}` };
  }
  const field = seedFieldAt(section, segments);
  const problem = valueProblem(e);
  if (problem) return { field: path, reason: problem, value: problem.includes(`'${e.data}'`) || e.keyword === 'maxLength' ? undefined : e.data };
  if (!field) return { field: path, reason: e.message ?? 'is invalid', value: e.data };
  if (e.keyword === 'uniqueItems') return { field: path, reason: `lists one value twice (items ${e.params.j} and ${e.params.i}): give each once` };
  if (e.keyword === 'minItems') return { field: path, reason: `must list at least ${e.params.limit}` };
  if (e.keyword === 'minLength') return { field: path, reason: 'is empty: leave the field out or give it a value' };
  // A list given where one value belongs, or one value where a list belongs.
  if (e.keyword === 'type' && field.list && !Array.isArray(e.data) && /^\/\w+$/.test(e.instancePath)) {
    return { field: path, reason: `must be a list: [${JSON.stringify(e.data)}]` };
  }
  // Any other rule (pattern, type, enum) on a value: say what the value must be.
  const item = /\/\d+$/.test(e.instancePath) ? { ...field, list: false } : field;
  return { field: path, reason: expected(item), value: e.data };
}

function format(p: Problem): string {
  if (p.value === undefined) return `${p.field} ${p.reason}`;
  const given = typeof p.value === 'string' ? `'${shown(p.value)}'` : shown(JSON.stringify(p.value));
  return `${p.field} ${p.reason}; ${given} is not`;
}

/** Checks fields against the seed format of their kind; BAD_USER_INPUT naming the field otherwise. */
export function checkFields(section: string, fields: Record<string, unknown>, mode: 'create' | 'update', root: string): void {
  const validate = validator(section, mode);
  if (validate(fields)) return;
  const all = (validate.errors ?? []).map((e) => describe(e, section, root));
  // A date with neither shape nor calendar day fails two keywords with one message: say it once.
  const problems = all.filter((p, i) => all.findIndex((q) => q.field === p.field && q.reason === p.reason) === i);
  throw userError('BAD_USER_INPUT', problems.map(format).join('; '), {
    field: problems[0].field,
    problems: problems.map(({ field, reason }) => ({ field, reason })),
  });
}

/** Checks one partial date given outside an entity (a link's validFrom), as seed dates are checked. */
export function checkDate(field: string, value: string): void {
  const problem = partialDateProblem(value);
  if (problem)
    throw userError('BAD_USER_INPUT', problem.includes(`'${value}'`) ? `${field} ${problem}` : `${field} ${problem}; '${shown(value)}' is not`, { field });
}

/** Refuses to change relationships through an update: they have their own mutations. */
export function checkNoLinks(section: string, fields: Record<string, unknown>, root = 'input.set'): void {
  const linkFields = Object.keys(fields).filter((f) => SEED_SECTIONS.get(section)?.fields[f]?.link);
  if (linkFields.length) {
    throw userError('BAD_USER_INPUT', `${root}.${linkFields[0]} is a relationship; change it with linkEntities and retireLink so its history is kept`, {
      field: `${root}.${linkFields[0]}`,
    });
  }
}

/** Whether a field of a section's entries states a relationship rather than a property. */
export const isLinkField = (section: string, field: string): boolean => Boolean(LINKS[section]?.[field]);

/** The ids an entry refers to, with the kinds each may be, and the field that names it. */
export function referencesOf(section: string, entry: Record<string, unknown>): { id: string; kinds: EntityKind[]; field: string }[] {
  return Object.entries(REFERENCES[section] ?? {}).flatMap(([field, kinds]) =>
    valuesAt(entry, field.split('.'), []).map(({ value, path }) => ({ id: value, kinds, field: path.join('.') })),
  );
}
