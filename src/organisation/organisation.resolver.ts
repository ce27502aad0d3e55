import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Area } from '../area/area.type';
import { Body } from '../body/body.type';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { node, nodeFor, nodesFor } from '../shared/nodes';
import { Organisation } from './organisation.type';

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'An organisation by id, or the region or municipality of an SCB code ("05" → the region, "0580" → the municipality). Give one of the two.',
  })
  async organisation(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { nullable: true, description: 'Global id, e.g. "org-region-05".' }) id?: string,
    @Arg('code', () => String, { nullable: true, description: 'SCB code of the area the region ("05") or municipality ("0580") governs.' }) code?: string,
  ): Promise<Organisation | null> {
    if (!id === !code) throw userError('BAD_USER_INPUT', 'organisation: give exactly one of `id` or `code`', { field: 'id' });
    if (code !== undefined && !/^\d{2}(\d{2})?$/.test(code)) {
      throw userError('BAD_USER_INPUT', `organisation: code '${code}' is not an SCB code; use "05" for a region or "0580" for a municipality`, {
        field: 'code',
      });
    }
    const found = node(await ctx.repos.organisation.find({ id, code }));
    return found instanceof Organisation ? found : null;
  }

  @FieldResolver(() => Area, { nullable: true, description: 'The area the organisation covers.' })
  area(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Area | null> {
    return nodeFor(ctx.repos.organisation.areaOf([org.id]));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: "The organisation this one is part of (an administration's municipality)." })
  partOf(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Organisation | null> {
    return nodeFor(ctx.repos.organisation.partOf([org.id]));
  }

  @FieldResolver(() => [Organisation], { description: 'Organisations inside this one (its administrations).' })
  parts(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Organisation[]> {
    return nodesFor(ctx.repos.organisation.partsOf([org.id]));
  }

  @FieldResolver(() => [Body], { description: 'Bodies that belong to this organisation (its committees, boards, groups).' })
  bodies(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Body[]> {
    return nodesFor(ctx.repos.organisation.bodiesOf([org.id]));
  }
}
