import { Field, InputType, registerEnumType } from 'type-graphql';
import { CERTAINTY_KEYS, KINDS, SEED_SECTIONS, type KindName, type SeedField } from '../../model';
import { CitationInput } from '../citation.input';
import { describeField, scalarOf, type TypeValue } from './field-types';
import { INPUT_FIELDS } from './input-fields';
import { a, pascal } from './names';

/**
 * The input types of the typed entity mutations, generated from the model's seed sections
 * (src/model/seed-format.ts): one field per seed field, typed, described as the model
 * describes it. type-graphql's decorators are plain functions, so the classes are made here
 * in a loop rather than written out per kind.
 */

/** A class with a given name, so that stack traces and type-graphql's messages name it. */
function named(name: string): new () => object {
  return { [name]: class {} }[name];
}

/** Certainty marks are for seed files: a fact written through the API is stated by the source it cites. */
function withoutMarks(fields: Record<string, SeedField>): Record<string, SeedField> {
  return Object.fromEntries(Object.entries(fields).filter(([name, f]) => !CERTAINTY_KEYS.includes(name) && !f.seedOnly));
}

/** The fields an update may set: own fields only; relationships have their link mutations. */
function own(fields: Record<string, SeedField>): Record<string, SeedField> {
  return Object.fromEntries(Object.entries(fields).filter(([, f]) => !f.link));
}

const nestedClasses = new Map<string, object>();

/**
 * The input class of an object field (a document's terms, an item's decidedBy entries).
 * Its own required fields stay required in an update too: setting `terms` replaces them.
 */
function nested(kind: KindName, path: string[], field: SeedField, update: boolean): object {
  const all = withoutMarks(field.fields!);
  const fields = update ? own(all) : all;
  // An update's object differs only when it drops relationship fields (terms.extensions).
  const differs = update && Object.keys(fields).length !== Object.keys(all).length;
  const name = `${kind}${path.map(pascal).join('')}${differs ? 'Update' : ''}Input`;
  if (!nestedClasses.has(name)) {
    nestedClasses.set(
      name,
      inputClass(name, field.description.replace(/\.?$/, '.'), fields, false, (f, n) => nested(kind, [...path, n], f, update)),
    );
  }
  return nestedClasses.get(name)!;
}

type Nested = (field: SeedField, name: string) => object;

/** The citation every typed create takes beside the entity's fields. */
const SOURCE = { name: 'source', type: CitationInput, description: 'The source the new entity is written in: every write cites one.' };

function inputClass(name: string, description: string, fields: Record<string, SeedField>, allOptional: boolean, inner: Nested, extra?: typeof SOURCE): object {
  const cls = named(name);
  INPUT_FIELDS.set(name, fields);
  for (const [fieldName, field] of Object.entries(fields)) {
    const item = field.type === 'object' ? inner(field, fieldName) : scalarOf(field);
    const type: TypeValue = field.list ? [item] : item;
    Field(() => type, { description: describeField(field), nullable: allOptional || !field.required })(cls.prototype, fieldName);
  }
  if (extra) Field(() => extra.type, { description: extra.description })(cls.prototype, extra.name);
  InputType(name, { description })(cls);
  return cls;
}

/** What the typed mutations of one kind take. */
export interface KindInputs {
  create: object;
  update: object;
  /** The enum of the fields an update may clear (the optional own fields). */
  optional: object;
}

function kindInputs(kind: KindName): KindInputs {
  const { section, description } = KINDS[kind];
  // The API cites its source in `source`, so a seed entry's locator is no field here.
  const { id, ...fields } = SEED_SECTIONS.get(section!)!.fields;
  delete fields.locator;
  for (const key of CERTAINTY_KEYS) delete fields[key];
  for (const [key, field] of Object.entries(fields)) if (field.seedOnly) delete fields[key];
  // The API requires an id for every entity it creates (a seed membership may leave it out).
  const createFields = { id: { ...id, required: true }, ...fields };
  const create = inputClass(
    `Create${kind}Input`,
    `A new ${kind}: ${description} Its fields are those of the seed section '${section}' (seed/seed.schema.json), typed.`,
    createFields,
    false,
    (f, n) => nested(kind, [n], f, false),
    SOURCE,
  );
  const settable = own(fields);
  const update = inputClass(
    `Update${kind}Input`,
    `Fields of ${a(kind)} to set; leave out what stays as it is. Relationships change through the link and retireLink mutations, so their history is kept.`,
    settable,
    true,
    (f, n) => nested(kind, [n], f, true),
  );
  const clearable = Object.entries(settable).filter(([, f]) => !f.required);
  const optional = Object.fromEntries(clearable.map(([n]) => [n, n]));
  registerEnumType(optional, {
    name: `${kind}OptionalField`,
    description: `The optional fields of ${a(kind)}: those an update may clear.`,
    valuesConfig: Object.fromEntries(clearable.map(([n, f]) => [n, { description: f.description }])) as any,
  });
  return { create, update, optional };
}

/** Memoised: type-graphql keeps every class it has seen, so each is made once. */
const made = new Map<KindName, KindInputs>();
export function inputsOf(kind: KindName): KindInputs {
  if (!made.has(kind)) made.set(kind, kindInputs(kind));
  return made.get(kind)!;
}
