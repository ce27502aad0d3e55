import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { node, nodeFor, nodesFor } from '../shared/nodes';
import { Node } from '../shared/types';
import { Area } from './area.type';

@Resolver(() => Area)
export class AreaResolver {
  @Query(() => Area, { nullable: true, description: 'An area by id ("area-0580") or by SCB code ("0580", "05"). Give one of the two.' })
  async area(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id of the area.' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'SCB code: "05" for a county, "0580" for a municipality.' }) code?: string,
  ): Promise<Area | null> {
    if (!id === !code) throw userError('BAD_USER_INPUT', 'area: give exactly one of `id` or `code`', { field: 'id' });
    if (code !== undefined && !/^\d{2}(\d{2})?$/.test(code)) {
      throw userError('BAD_USER_INPUT', `area: code '${code}' is not an SCB code; use two digits for a county ("05") or four for a municipality ("0580")`, {
        field: 'code',
      });
    }
    const found = node(await ctx.repos.area.find({ id, code }));
    return found instanceof Area ? found : null;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area this one lies in (a municipality lies in its county).' })
  parent(@Root() area: Area, @Ctx() ctx: Context): Promise<Area | null> {
    return nodeFor(ctx.repos.area.parentOf([area.id]));
  }

  @FieldResolver(() => [Area], { description: "Areas that lie in this one (a county's municipalities), and those a county part includes." })
  children(@Root() area: Area, @Ctx() ctx: Context): Promise<Area[]> {
    return nodesFor(ctx.repos.area.childrenOf([area.id]));
  }

  @FieldResolver(() => [Node], { description: 'Organisations and bodies whose remit covers this area.' })
  coveredBy(@Root() area: Area, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.area.coveredByOf([area.id]));
  }
}
