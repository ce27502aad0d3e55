import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../server/context';
import { toNode } from '../shared/registry';
import { Node } from '../shared/types';

@Resolver()
export class NodeResolver {
  @Query(() => Node, { nullable: true, description: 'Any entity by its global id (Relay node interface).' })
  async node(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global id, e.g. "body-svo".' }) id: string): Promise<Node | null> {
    return toNode(await ctx.loaders.entity.load(id));
  }

  @Query(() => [Node], { nullable: 'items', description: 'Several entities by global id, in the order asked (null where none).' })
  async nodes(@Ctx() ctx: Context, @Arg('ids', () => [ID], { description: 'Global ids.' }) ids: string[]): Promise<(Node | null)[]> {
    return (await ctx.loaders.entity.loadMany(ids)).map((row) => (row instanceof Error ? null : toNode(row)));
  }
}
