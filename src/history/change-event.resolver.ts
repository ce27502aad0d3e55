import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { along, relatedNode } from '../shared/resolve';
import { Node } from '../shared/types';
import { ChangeEvent } from './change-event.type';

@Resolver(() => ChangeEvent)
export class ChangeEventResolver {
  @FieldResolver(() => Node, { nullable: true, description: 'The body, organisation or area that changed.' })
  subject(@Root() e: ChangeEvent, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, e.id, along('ChangeEvent', 'subject'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What came before.' })
  predecessor(@Root() e: ChangeEvent, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, e.id, along('ChangeEvent', 'predecessor'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'What came after.' })
  successor(@Root() e: ChangeEvent, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, e.id, along('ChangeEvent', 'successor'));
  }
}
