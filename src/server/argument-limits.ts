import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { checkLength, checkSearchText, LIMITS } from '../shared/limits';

type Check = (field: string, value: string) => void;

const within =
  (limit: number, fix?: string): Check =>
  (field, value) =>
    checkLength(field, value, limit, fix);

const ID = within(LIMITS.id, 'check it is an id this API gave you (e.g. "body-svo")');

/** Arguments with their own rules, by "Type.field.argument". */
const BY_COORDINATE: Record<string, Check> = {
  'Query.search.text': checkSearchText,
};

/** String arguments and input fields by name: ids that are typed String, names, locators, cursors. */
const BY_NAME: Record<string, Check> = {
  area: ID,
  topic: ID,
  party: ID,
  responsible: ID,
  code: ID,
  name: within(LIMITS.name),
  locator: within(LIMITS.locator),
  after: within(LIMITS.cursor, 'pass a cursor from pageInfo or an edge'),
  before: within(LIMITS.cursor, 'pass a cursor from pageInfo or an edge'),
};

/** Any other String (a reason, a condition, a quoted text) is free text. */
const TEXT = within(LIMITS.text);

/** Walks a value by its input type and checks every string in it (JSON scalars are checked by the seed schema). */
function walk(type: GraphQLInputType, value: unknown, field: string, check: Check | undefined): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return walk(type.ofType, value, field, check);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => walk(type.ofType, v, `${field}.${i}`, check));
    return;
  }
  if (isInputObjectType(type)) {
    for (const [name, f] of Object.entries(type.getFields())) walk(f.type, (value as any)[name], `${field}.${name}`, BY_NAME[name]);
    return;
  }
  if (typeof value !== 'string' || !isScalarType(type)) return;
  if (type.name === 'ID') (check ?? ID)(field, value);
  else if (type.name === 'String') (check ?? TEXT)(field, value);
}

/** Whether an argument can hold a String or ID anywhere inside it. */
function holdsText(type: GraphQLInputType, seen = new Set<string>()): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === 'ID' || named.name === 'String';
  if (!isInputObjectType(named) || seen.has(named.name)) return false;
  seen.add(named.name);
  return Object.values(named.getFields()).some((f) => holdsText(f.type, seen));
}

function guard(typeName: string, field: GraphQLField<unknown, unknown>): void {
  const args = field.args.filter((a: GraphQLArgument) => holdsText(a.type));
  if (args.length === 0) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  field.resolve = (source, values, context, info) => {
    for (const arg of args) walk(arg.type, values[arg.name], arg.name, BY_COORDINATE[`${typeName}.${field.name}.${arg.name}`] ?? BY_NAME[arg.name]);
    return resolve(source, values, context, info);
  };
}

/**
 * Bounds the length of every text argument of every field, before its resolver runs, so
 * that no input is too big for a query or an index: ids at most LIMITS.id characters,
 * names LIMITS.name, free text LIMITS.text, search text by its own rules. A longer value is
 * refused with BAD_USER_INPUT naming the argument (e.g. "filter.name"), the limit and the
 * fix. Done once on the built schema, so fields without text arguments are untouched.
 */
export function limitTextArguments(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) guard(type.name, field);
  }
  return schema;
}
