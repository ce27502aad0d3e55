import { isNonNullType, isObjectType, type GraphQLSchema } from 'graphql';

/**
 * An argument given as `null` means what leaving it out means (`filter: null` is no filter,
 * `asOf: null` is today), as a form that sends every field expects. Resolvers declare their
 * defaults for a missing argument (`filter = {}`), which JavaScript applies to undefined
 * only, so explicit nulls are dropped before any resolver sees them.
 */
export function nullMeansAbsent(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const optional = field.args.filter((a) => !isNonNullType(a.type)).map((a) => a.name);
      if (!optional.length || !field.resolve) continue;
      const resolve = field.resolve;
      field.resolve = (source, args, ctx, info) => {
        if (!optional.some((name) => args[name] === null)) return resolve(source, args, ctx, info);
        const given = Object.fromEntries(Object.entries(args).filter(([name, value]) => !(value === null && optional.includes(name))));
        return resolve(source, given, ctx, info);
      };
    }
  }
  return schema;
}
