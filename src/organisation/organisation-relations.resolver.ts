import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Body } from '../body/body.type';
import { Principal, principal } from '../body/principal.type';
import { Document } from '../document/document.type';
import { Item } from '../item/item.type';
import { Membership } from '../person/membership.type';
import type { Context } from '../server/context';
import { links, nodesFor } from '../shared/nodes';
import { DateArg } from '../shared/scalars';
import { Organisation } from './organisation.type';

/** What an organisation stands behind, decides, is party to and holds seats in. */
@Resolver(() => Organisation)
export class OrganisationRelationsResolver {
  @FieldResolver(() => [Principal], { description: 'Joint bodies this organisation stands behind as a principal (huvudman).' })
  async principalOf(
    @Root() org: Organisation,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only on this day (YYYY-MM-DD).' }) asOf?: string,
  ): Promise<Principal[]> {
    const [rows] = await ctx.repos.organisation.principalOf([org.id], asOf);
    return links<Body>(rows).map((p) => principal(org, p.node, p.rel));
  }

  @FieldResolver(() => [Item], { description: 'Items this organisation decides, approves, endorses or adopts (e.g. as a principal after a recommendation).' })
  itemsDecided(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Item[]> {
    return nodesFor(ctx.repos.organisation.itemsDecidedBy([org.id]));
  }

  @FieldResolver(() => [Document], { description: 'Documents (agreements…) this organisation is a party to.' })
  documents(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.organisation.documentsOf([org.id]));
  }

  @FieldResolver(() => [Membership], { description: 'Seats held by this organisation, or representing it, in any body.' })
  seats(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Membership[]> {
    return nodesFor(ctx.repos.organisation.seatsOf([org.id]));
  }
}
