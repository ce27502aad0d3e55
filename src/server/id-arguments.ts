import {
  defaultFieldResolver,
  getNamedType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLInputObjectType,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { getMetadataStorage } from 'type-graphql';
import type { KindName } from '../model';
import { existenceProblem, formProblem, type IdRef } from '../shared/id-check';
import type { Context } from './context';

const REFERENCES = Symbol('references');

/** The input types' classes by GraphQL name (type-graphql's metadata): where their References are kept. */
type Classes = Map<string, { prototype: object }>;

/**
 * Marks an input field (a filter's `area`, `party` …) as the id of an entity of one of
 * these kinds. checkIdArguments then refuses any other value before the field's resolver
 * runs: an SCB code, a value that is not an id, an id nothing has, an id of another kind.
 * Kept as class metadata, so input types that extend a filter (BodyFilter) inherit it.
 */
export const References =
  (...kinds: KindName[]): PropertyDecorator =>
  (target, key) =>
    Reflect.defineMetadata(REFERENCES, kinds, target, key);

/** The kinds an input type's field references, read from its class (and the classes it extends). */
function referencesOf(classes: Classes, type: GraphQLInputObjectType, field: string): KindName[] | undefined {
  const target = classes.get(type.name);
  return target ? Reflect.getMetadata(REFERENCES, target.prototype, field) : undefined;
}

/** Every id in a value that a marked field holds, walked by the value's input type. */
function collect(classes: Classes, type: GraphQLInputType, value: unknown, field: string, kinds: KindName[] | undefined, out: IdRef[]): void {
  if (value === null || value === undefined) return;
  if (isNonNullType(type)) return collect(classes, type.ofType, value, field, kinds, out);
  if (isListType(type)) {
    if (Array.isArray(value)) value.forEach((v, i) => collect(classes, type.ofType, v, `${field}.${i}`, kinds, out));
    return;
  }
  if (isInputObjectType(type)) {
    for (const [name, f] of Object.entries(type.getFields())) {
      collect(classes, f.type, (value as Record<string, unknown>)[name], `${field}.${name}`, referencesOf(classes, type, name), out);
    }
    return;
  }
  if (kinds && typeof value === 'string') out.push({ field, id: value, kinds });
}

/** Whether an input type has a marked field anywhere inside it. */
function marks(classes: Classes, type: GraphQLInputType, seen = new Set<string>()): boolean {
  if (isNonNullType(type) || isListType(type)) return marks(classes, type.ofType, seen);
  if (!isInputObjectType(type) || seen.has(type.name)) return false;
  seen.add(type.name);
  return Object.entries(type.getFields()).some(([name, f]) => referencesOf(classes, type, name) || marks(classes, f.type, seen));
}

/** Refuses the first id that names no entity of its kinds: one indexed look-up for all of them. */
async function checkExist(ctx: Context, refs: IdRef[]): Promise<void> {
  const found = await ctx.repos.node.byIds(refs.map((r) => r.id));
  refs.forEach((r, i) => {
    const problem = existenceProblem(r, found[i]?.labels ?? []);
    if (problem) throw problem;
  });
}

/**
 * The top-level lists check their filter's ids inside their one statement: the refs are
 * handed to the request's ListRepository (expectIds), so no look-up is added.
 */
const checksInStatement = (parent: string, field: GraphQLField<unknown, Context>) =>
  parent === 'Query' && getNamedType(field.type).name.endsWith('Connection') && field.args.some((a) => a.name === 'filter');

function guard(classes: Classes, parent: string, field: GraphQLField<unknown, Context>): void {
  const args = field.args.filter((a) => marks(classes, a.type));
  if (args.length === 0) return;
  const resolve = field.resolve ?? defaultFieldResolver;
  const inStatement = checksInStatement(parent, field);
  field.resolve = async (source, values, ctx, info) => {
    const refs: IdRef[] = [];
    for (const arg of args) collect(classes, arg.type, values[arg.name], arg.name, undefined, refs);
    for (const ref of refs) {
      const problem = formProblem(ref);
      if (problem) throw problem;
    }
    if (refs.length && inStatement) ctx.repos.list.expectIds(refs);
    else if (refs.length) await checkExist(ctx, refs);
    return resolve(source, values, ctx, info);
  };
}

/**
 * Every argument field marked with `References` (src/list/filters.ts, the agreements
 * filter) is checked before its field's resolver runs, so an unknown id or an SCB code in a
 * filter is BAD_USER_INPUT naming the field, the value and the right form ("area-05"),
 * where it would silently find nothing, and nothing else is read. Done once on the built
 * schema, from the input types: a new marked field is checked with no more code.
 */
export function checkIdArguments(schema: GraphQLSchema): GraphQLSchema {
  // The input types' classes, by GraphQL name (type-graphql's metadata), for their References.
  const classes = new Map(getMetadataStorage().inputTypes.map((t) => [t.name, t.target]));
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) guard(classes, type.name, field as GraphQLField<unknown, Context>);
  }
  return schema;
}
