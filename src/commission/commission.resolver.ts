import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../document/document.resolver';
import { Document } from '../document/document.type';
import { Item } from '../item/item.type';
import type { Context } from '../server/context';
import { along, relatedNode, relatedNodes } from '../shared/resolve';
import { DateArg } from '../shared/scalars';
import { Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { Commission } from './commission.type';

/** Whether a commission is still open and its due date (or due meeting) has passed on `day`. */
export async function isOverdue(ctx: Context, c: Commission, day: string): Promise<boolean> {
  if (['REPORTED', 'COMPLETED', 'CANCELLED'].includes(c.status)) return false;
  let due: string | undefined = c.props.dueEnd;
  if (!due) {
    const meeting = await relatedNode(ctx, c.id, along('Commission', 'dueMeeting'));
    due = meeting?.props.dateEnd;
  }
  return due !== undefined && due < day;
}

@Resolver(() => Commission)
export class CommissionResolver {
  @FieldResolver(() => [Node], { description: 'Who gave the commission.' })
  issuedBy(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, c.id, along('Commission', 'issuedBy'));
  }

  @FieldResolver(() => [Node], { description: 'Who carries it out (bodies, organisations, posts).' })
  assignedTo(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, c.id, along('Commission', 'assignedTo'));
  }

  @FieldResolver(() => [Node], { description: 'To whom it reports back (återrapportering).' })
  reportTo(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, c.id, along('Commission', 'reportTo'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The meeting it is due at, where given as a meeting ("SVO-mötet i december 2024").' })
  dueMeeting(@Root() c: Commission, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, c.id, along('Commission', 'dueMeeting'));
  }

  @FieldResolver(() => Item, { nullable: true, description: 'The item the commission belongs to.' })
  item(@Root() c: Commission, @Ctx() ctx: Context): Promise<Item | null> {
    return relatedNode(ctx, c.id, along('Commission', 'item'));
  }

  @FieldResolver(() => [Document], { description: 'Documents the commission concerns.' })
  documents(@Root() c: Commission, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, c.id, along('Commission', 'documents'));
  }

  @FieldResolver(() => [Topic], { description: 'Topics of the commission.' })
  topics(@Root() c: Commission, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, c.id, along('Commission', 'topics'));
  }

  @FieldResolver(() => Boolean, { description: 'Open and past its due date (or due meeting) on the given day.' })
  overdue(
    @Root() c: Commission,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'The day (YYYY-MM-DD); today when left out.' }) asOf?: string,
  ): Promise<boolean> {
    return isOverdue(ctx, c, asOf ?? today());
  }
}
