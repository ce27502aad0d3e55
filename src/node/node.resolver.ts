import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { node } from '../shared/nodes';
import { Node } from '../shared/types';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by its global id (Relay node interface).' })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global id, e.g. "body-svo".' }) id: string): Promise<Node | null> {
    return node((await ctx.repos.node.byIds([id]))[0]);
  }

  @Query(() => [Node], {
    nullable: 'items',
    description: 'Several entities by global id, in the order asked (null where none).',
    // Its selection is resolved once per id: the cost estimate (src/server/cost.ts) counts that.
    complexity: ({ args, childComplexity }) => 1 + (Array.isArray(args.ids) ? args.ids.length : 1) * childComplexity,
  })
  async nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[]): Promise<(Node | null)[]> {
    const max = ctx.limits.ids;
    if (ids.length > max) {
      throw userError('BAD_USER_INPUT', `ids: ${ids.length} ids given; at most ${max} are allowed in one call: split them over several calls`, {
        field: 'ids',
        max,
        found: ids.length,
      });
    }
    // An id that matches nothing is null; a failed read (a timeout) is an error, not a null.
    return (await ctx.repos.node.byIds(ids)).map((row) => node(row));
  }
}
