import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { nodeFor } from '../shared/nodes';
import { Node } from '../shared/types';
import { ChangeEvent } from './change-event.type';

@Resolver(() => ChangeEvent)
export class ChangeEventResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The body, organisation or area that changed.' })
  subject(@Root() e: ChangeEvent, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.history.subjectOf([e.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What came before.' })
  predecessor(@Root() e: ChangeEvent, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.history.predecessorOf([e.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What came after.' })
  successor(@Root() e: ChangeEvent, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.history.successorOf([e.id]));
  }
}
