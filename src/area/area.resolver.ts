import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { toNode } from '../shared/registry';
import { along, relatedNode, relatedNodes } from '../shared/resolve';
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
      throw userError('BAD_USER_INPUT', `area: code '${code}' is not an SCB code; use two digits for a county ("05") or four for a municipality ("0580")`, { field: 'code' });
    }
    const node = toNode(await ctx.loaders.entity.load(id ?? `area-${code}`));
    return node instanceof Area ? node : null;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area this one lies in (a municipality lies in its county).' })
  parent(@Root() area: Area, @Ctx() ctx: Context): Promise<Area | null> {
    return relatedNode(ctx, area.id, along('Area', 'parent'));
  }

  @FieldResolver(() => [Area], { description: 'Areas that lie in this one (a county\'s municipalities), and those a county part includes.' })
  async children(@Root() area: Area, @Ctx() ctx: Context): Promise<Area[]> {
    // Both ways at once: areas PART_OF this one, then those it INCLUDES (the model's read groups, in order).
    return relatedNodes<Area>(ctx, area.id, along('Area', 'children'));
  }

  @FieldResolver(() => [Node], { description: 'Organisations and bodies whose remit covers this area.' })
  coveredBy(@Root() area: Area, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, area.id, along('Area', 'coveredBy'));
  }
}
