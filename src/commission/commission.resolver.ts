import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Document } from '../document/document.type';
import { Item } from '../item/item.type';
import type { Context } from '../server/context';
import { today } from '../shared/dates';
import { nodeFor, nodesFor } from '../shared/nodes';
import { DateArg } from '../shared/scalars';
import { Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { Commission } from './commission.type';

@Resolver(() => Commission)
export class CommissionResolver {
  @FieldResolver(() => [Node], { description: 'Who gave the commission.' })
  issuedBy(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.commission.issuedByOf([c.id]));
  }

  @FieldResolver(() => [Node], { description: 'Who carries it out (bodies, organisations, posts).' })
  assignedTo(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.commission.assignedToOf([c.id]));
  }

  @FieldResolver(() => [Node], { description: 'To whom it reports back (återrapportering).' })
  reportTo(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.commission.reportToOf([c.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The meeting it is due at, where given as a meeting ("SVO-mötet i december 2024").' })
  dueMeeting(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.commission.dueMeetingOf([c.id]));
  }

  @FieldResolver(() => Item, { nullable: true, description: 'The item the commission belongs to.' })
  item(@Root() c: Commission, @Ctx() ctx: Context): Promise<Item | null> {
    return nodeFor(ctx.repos.commission.itemOf([c.id]));
  }

  @FieldResolver(() => [Document], { description: 'Documents the commission concerns.' })
  documents(@Root() c: Commission, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.commission.documentsOf([c.id]));
  }

  @FieldResolver(() => [Topic], { description: 'Topics of the commission.' })
  topics(@Root() c: Commission, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.commission.topicsOf([c.id]));
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (or due meeting) on the given day.' })
  overdue(
    @Root() c: Commission,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'The day (YYYY-MM-DD); today when left out.' }) asOf?: string,
  ): Promise<boolean> {
    return ctx.repos.commission.overdue([c], asOf ?? today()).then(([overdue]) => overdue);
  }
}
