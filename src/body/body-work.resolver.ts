import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Commission } from '../commission/commission.type';
import { Item } from '../item/item.type';
import type { Context } from '../server/context';
import { CommissionStatus } from '../shared/enums';
import { nodesFor } from '../shared/nodes';
import { DateArg } from '../shared/scalars';
import { Body } from './body.type';

/** What passes through a body: the items it prepares, decides and follows up, and its commissions. */
@Resolver(() => Body)
export class BodyWorkResolver {
  @FieldResolver(() => [Item], { description: 'Items this body prepares (bereder).' })
  itemsPrepared(@Root() body: Body, @Ctx() ctx: Context): Promise<Item[]> {
    return nodesFor(ctx.repos.body.itemsPreparedBy([body.id]));
  }

  @FieldResolver(() => [Item], { description: 'Items this body decides, recommends, endorses, approves or adopts.' })
  itemsDecided(@Root() body: Body, @Ctx() ctx: Context): Promise<Item[]> {
    return nodesFor(ctx.repos.body.itemsDecidedBy([body.id]));
  }

  @FieldResolver(() => [Item], { description: 'Items this body follows up.' })
  itemsFollowedUp(@Root() body: Body, @Ctx() ctx: Context): Promise<Item[]> {
    return nodesFor(ctx.repos.body.itemsFollowedUpBy([body.id]));
  }

  @FieldResolver(() => [Commission], { description: 'Commissions this body gave.' })
  commissionsIssued(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('status', () => [CommissionStatus], { nullable: true, description: 'Only these statuses.' }) status?: string[],
    @Arg('overdueAsOf', () => DateArg, { nullable: true, description: 'Only those open and past due on this day.' }) overdueAsOf?: string,
  ): Promise<Commission[]> {
    return nodesFor(ctx.repos.body.commissionsIssuedBy([body.id], { statuses: status, overdueAsOf }));
  }

  @FieldResolver(() => [Commission], { description: 'Commissions this body received.' })
  commissionsReceived(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('status', () => [CommissionStatus], { nullable: true, description: 'Only these statuses.' }) status?: string[],
    @Arg('overdueAsOf', () => DateArg, { nullable: true, description: 'Only those open and past due on this day.' }) overdueAsOf?: string,
  ): Promise<Commission[]> {
    return nodesFor(ctx.repos.body.commissionsReceivedBy([body.id], { statuses: status, overdueAsOf }));
  }
}
