import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { isOverdue } from '../commission/commission.resolver';
import { Commission } from '../commission/commission.type';
import { today } from '../document/document.resolver';
import { Item } from '../item/item.type';
import type { Context } from '../server/context';
import { CommissionStatus } from '../shared/enums';
import { along, relatedNodes } from '../shared/resolve';
import { DateArg } from '../shared/scalars';
import { Body } from './body.type';

/** What passes through a body: the items it prepares, decides and follows up, and its commissions. */
@Resolver(() => Body)
export class BodyWorkResolver {
  @FieldResolver(() => [Item], { description: 'Items this body prepares (bereder).' })
  itemsPrepared(@Root() body: Body, @Ctx() ctx: Context): Promise<Item[]> {
    return relatedNodes(ctx, body.id, along('Body', 'itemsPrepared')).then((nodes) => nodes.filter((n): n is Item => n instanceof Item));
  }

  @FieldResolver(() => [Item], { description: 'Items this body decides, recommends, endorses, approves or adopts.' })
  itemsDecided(@Root() body: Body, @Ctx() ctx: Context): Promise<Item[]> {
    return relatedNodes(ctx, body.id, along('Body', 'itemsDecided')).then((nodes) => nodes.filter((n): n is Item => n instanceof Item));
  }

  @FieldResolver(() => [Item], { description: 'Items this body follows up.' })
  itemsFollowedUp(@Root() body: Body, @Ctx() ctx: Context): Promise<Item[]> {
    return relatedNodes(ctx, body.id, along('Body', 'itemsFollowedUp')).then((nodes) => nodes.filter((n): n is Item => n instanceof Item));
  }

  @FieldResolver(() => [Commission], { description: 'Commissions this body gave.' })
  async commissionsIssued(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('status', () => [CommissionStatus], { nullable: true, description: 'Only these statuses.' }) status?: string[],
    @Arg('overdueAsOf', () => DateArg, { nullable: true, description: 'Only those open and past due on this day.' }) overdueAsOf?: string,
  ): Promise<Commission[]> {
    return filterCommissions(ctx, await relatedNodes<Commission>(ctx, body.id, along('Body', 'commissionsIssued')), status, overdueAsOf);
  }

  @FieldResolver(() => [Commission], { description: 'Commissions this body received.' })
  async commissionsReceived(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('status', () => [CommissionStatus], { nullable: true, description: 'Only these statuses.' }) status?: string[],
    @Arg('overdueAsOf', () => DateArg, { nullable: true, description: 'Only those open and past due on this day.' }) overdueAsOf?: string,
  ): Promise<Commission[]> {
    return filterCommissions(ctx, await relatedNodes<Commission>(ctx, body.id, along('Body', 'commissionsReceived')), status, overdueAsOf);
  }
}

async function filterCommissions(ctx: Context, commissions: Commission[], status?: string[], overdueAsOf?: string): Promise<Commission[]> {
  const kept = commissions.filter((c) => !status || status.includes(c.status));
  if (!overdueAsOf) return kept;
  const overdue = await Promise.all(kept.map((c) => isOverdue(ctx, c, overdueAsOf ?? today())));
  return kept.filter((_, i) => overdue[i]);
}
