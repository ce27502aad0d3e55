import { Arg, Ctx, Mutation } from 'type-graphql';
import type { Context } from '../../server/context';
import type { TypeValue } from './field-types';

/** One argument of a generated mutation. */
export interface ArgSpec {
  name: string;
  type: () => TypeValue;
  description: string;
  nullable?: boolean;
}

/**
 * Adds a mutation to a @Resolver class: what type-graphql's @Mutation, @Ctx and @Arg do on a
 * written-out method, applied in a loop over the model. The handler gets the arguments by name.
 */
export function defineMutation(
  resolver: new () => object,
  name: string,
  returns: () => TypeValue,
  description: string,
  args: ArgSpec[],
  handler: (ctx: Context, args: Record<string, any>) => Promise<object>,
): void {
  const proto = resolver.prototype as Record<string, unknown>;
  if (name in proto) throw new Error(`typed writes: two mutations are named ${name}`);
  proto[name] = (ctx: Context, ...values: unknown[]) => handler(ctx, Object.fromEntries(args.map((arg, i) => [arg.name, values[i]])));
  Mutation(returns, { description })(proto, name, Object.getOwnPropertyDescriptor(proto, name)!);
  Ctx()(proto, name, 0);
  args.forEach((arg, i) => Arg(arg.name, arg.type, { description: arg.description, nullable: arg.nullable ?? false })(proto, name, i + 1));
}

/** A typed input as plain data (type-graphql gives class instances): what the write service and Neo4j take. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** What expectedVersion does, for every typed write that takes it. */
export const EXPECTED_VERSION =
  "The entity's `version` as you read it. If given and the entity has changed since, nothing is written and the error is CONFLICT with extensions.currentVersion: re-read it and resend. Left out, the write applies on top of whatever is current (concurrent writes still apply one after another; none is lost).";
