import Ajv, { type ErrorObject } from 'ajv';
import { ENTITY_SECTIONS, REFERENCES, type KindName } from '../model';
import { length } from '../shared/limits';
import { partialDateProblem } from '../shared/text';
import type { SeedFile, SeedProblem } from './files';
import { seedSchema } from './schema';

export { ENTITY_SECTIONS, REFERENCES };

export type EntityKind = KindName;

/**
 * One validator for seed files and API writes. `verbose` keeps the offending value in each
 * error, so messages can say what is wrong with it; `partial-date` is the calendar check
 * the schema's date pattern cannot make (2013-02-30 has the right shape).
 */
export const ajv = new Ajv({ allErrors: true, strict: false, verbose: true });
ajv.addFormat('partial-date', { type: 'string', validate: (value: string) => partialDateProblem(value) === null });
const checkShape = ajv.compile(seedSchema());

/**
 * What is wrong with a value, for a schema error that concerns the value itself (a date,
 * a length); null for other errors. Shared by seed files and API writes.
 */
export function valueProblem(e: ErrorObject): string | null {
  if (e.schemaPath.includes('/partialDate/') && typeof e.data === 'string') return partialDateProblem(e.data);
  if (e.keyword === 'maxLength' && typeof e.data === 'string') {
    return `is ${length(e.data)} characters long; at most ${e.params.limit} are allowed (seed/seed.schema.json, definitions): shorten it`;
  }
  return null;
}

/** Schema errors of one file, each with its line; a date that fails both its shape and the calendar is reported once. */
export function validateShape(file: SeedFile): SeedProblem[] {
  if (checkShape(file.data)) return [];
  const problems = (checkShape.errors ?? []).map((e) => toProblem(file, e));
  return problems.filter((p, i) => problems.findIndex((q) => q.path === p.path && q.reason === p.reason) === i);
}

function toProblem(file: SeedFile, e: ErrorObject): SeedProblem {
  const segments = e.instancePath.split('/').slice(1).map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  let reason = valueProblem(e) ?? `${e.message ?? 'is invalid'}`;
  if (e.keyword === 'additionalProperties') {
    reason = `unknown field '${e.params.additionalProperty}' (see seed/seed.schema.json for the fields allowed here)`;
  } else if (e.keyword === 'dependencies') {
    const [present, missing] = [e.params.property, e.params.missingProperty];
    segments.push(present);
    reason =
      present === 'inference'
        ? "'inference' is given but 'certainty: inferred' is not: add 'certainty: inferred' beside it, or remove 'inference' if the source states the fact"
        : `'${present}: inferred' needs '${missing}' beside it: the rule or reading, quoting the source wording it rests on`;
    return { file: file.path, line: file.lineOf(segments), path: segments.join('.'), reason };
  } else if (e.keyword === 'pattern' && segments[segments.length - 1] === 'certainty') {
    reason = "must be 'inferred'; leave 'certainty' out when the source states the fact";
  } else if (e.keyword === 'enum') {
    reason = `must be one of ${e.params.allowedValues.join(', ')}`;
  } else if (e.keyword === 'oneOf' && Array.isArray(e.schema)) {
    reason = `give exactly one of ${e.schema.map((s: { required: string[] }) => `'${s.required[0]}'`).join(' or ')}`;
  }
  return { file: file.path, line: file.lineOf(segments), path: e.instancePath.replace(/^\//, '').replace(/\//g, '.'), reason };
}

/**
 * An `inferred` mark names a field the entry has: a reading of a value that is not there
 * marks nothing, and is refused like any other wrong field.
 */
export function validateInferred(file: SeedFile): SeedProblem[] {
  const problems: SeedProblem[] = [];
  for (const section of [...Object.keys(ENTITY_SECTIONS), 'memberships']) {
    (file.data[section] ?? []).forEach((entry: any, i: number) => {
      for (const [field, reading] of Object.entries(entry?.inferred ?? {})) {
        const subs = typeof reading === 'object' && reading !== null ? Object.keys(reading) : [null];
        for (const sub of subs) {
          const value = sub === null ? entry[field] : entry[field]?.[sub];
          if (value !== undefined) continue;
          const name = sub === null ? field : `${field}.${sub}`;
          const path = [section, i, 'inferred', field, ...(sub === null ? [] : [sub])];
          problems.push({ file: file.path, line: file.lineOf(path), path: path.join('.'), reason: `marks '${name}' as inferred, but the entry has no '${name}': remove the mark or add the field` });
        }
      }
    });
  }
  return problems;
}

/** Every id declared across the files, with its kind and where it is declared. */
export interface Declaration {
  kind: EntityKind;
  file: string;
  line: number;
}

/**
 * Cross-file checks: ids are declared once, every reference resolves to an entity of an
 * allowed kind. Files must already have passed validateShape.
 */
export function validateReferences(files: SeedFile[]): { problems: SeedProblem[]; declared: Map<string, Declaration> } {
  const problems: SeedProblem[] = [];
  const declared = new Map<string, Declaration>();

  for (const file of files) {
    const declare = (id: string, kind: EntityKind, path: (string | number)[]) => {
      const line = file.lineOf(path);
      const earlier = declared.get(id);
      if (earlier) {
        problems.push({
          file: file.path, line, path: path.join('.'),
          reason: `id '${id}' is already declared at ${earlier.file}:${earlier.line}; declare it once and cite it elsewhere under 'mentions'`,
        });
        return;
      }
      declared.set(id, { kind, file: file.path, line });
    };
    declare(file.data.source.id, 'Source', ['source', 'id']);
    for (const [section, kind] of Object.entries(ENTITY_SECTIONS)) {
      (file.data[section] ?? []).forEach((entry: any, i: number) => declare(entry.id, kind, [section, i, 'id']));
    }
  }

  for (const file of files) {
    for (const [section, fields] of Object.entries(REFERENCES)) {
      (file.data[section] ?? []).forEach((entry: any, i: number) => {
        for (const [field, kinds] of Object.entries(fields)) {
          for (const { value, path } of valuesAt(entry, field.split('.'), [section, i])) {
            const target = declared.get(value);
            if (!target) {
              problems.push({ file: file.path, line: file.lineOf(path), path: path.join('.'), reason: `refers to '${value}', which no seed file declares` });
            } else if (!kinds.includes(target.kind)) {
              problems.push({
                file: file.path, line: file.lineOf(path), path: path.join('.'),
                reason: `refers to '${value}', a ${target.kind}, but must refer to a ${kinds.join(' or ')}`,
              });
            }
          }
        }
      });
    }
    (file.data.mentions ?? []).forEach((m: any, i: number) => {
      if (!declared.has(m.id)) {
        const path = ['mentions', i, 'id'];
        problems.push({ file: file.path, line: file.lineOf(path), path: path.join('.'), reason: `mentions '${m.id}', which no seed file declares` });
      }
    });
  }
  return { problems, declared };
}

/** The string values at a dotted field, walking into arrays, with their paths. */
export function valuesAt(value: any, fields: string[], path: (string | number)[]): { value: string; path: (string | number)[] }[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((v, i) => valuesAt(v, fields, [...path, i]));
  if (fields.length === 0) return typeof value === 'string' ? [{ value, path }] : [];
  const [head, ...rest] = fields;
  return valuesAt(value[head], rest, [...path, head]);
}
