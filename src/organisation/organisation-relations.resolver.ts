import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Body } from '../body/body.type';
import { Principal, principal } from '../body/principal.type';
import { Document } from '../document/document.type';
import { Item } from '../item/item.type';
import { Membership } from '../person/membership.type';
import type { Context } from '../server/context';
import { along, relatedEdges, relatedNodes } from '../shared/resolve';
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
    const edges = await relatedEdges(ctx, org.id, along('Organisation', 'principalOf'), asOf);
    return edges.map((e) => principal(org, e.node as Body, e.rel));
  }

  @FieldResolver(() => [Item], { description: 'Items this organisation decides, approves, endorses or adopts (e.g. as a principal after a recommendation).' })
  async itemsDecided(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Item[]> {
    return (await relatedNodes(ctx, org.id, along('Organisation', 'itemsDecided'))).filter((n): n is Item => n instanceof Item);
  }

  @FieldResolver(() => [Document], { description: 'Documents (agreements…) this organisation is a party to.' })
  async documents(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Document[]> {
    return (await relatedNodes(ctx, org.id, along('Organisation', 'documents'))).filter((n): n is Document => n instanceof Document);
  }

  @FieldResolver(() => [Membership], { description: 'Seats held by this organisation, or representing it, in any body.' })
  async seats(@Root() org: Organisation, @Ctx() ctx: Context): Promise<Membership[]> {
    const seats = await relatedNodes<Membership>(ctx, org.id, along('Organisation', 'seats'));
    return [...new Map(seats.filter((s) => s instanceof Membership).map((s) => [s.id, s])).values()];
  }
}
