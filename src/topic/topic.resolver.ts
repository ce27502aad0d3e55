import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { relatedNode, relatedNodes } from '../shared/resolve';
import { Node } from '../shared/types';
import { Topic } from './topic.type';

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => Topic, { nullable: true, description: 'The broader topic.' })
  broader(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic | null> {
    return relatedNode(ctx, t.id, ['BROADER']);
  }

  @FieldResolver(() => [Topic], { description: 'Narrower topics.' })
  narrower(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, t.id, ['BROADER'], 'in');
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The body or organisation whose topic this is.' })
  ownedBy(@Root() t: Topic, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, t.id, ['OWNED_BY']);
  }

  @FieldResolver(() => [Node], { description: 'Bodies, mandates, items, commissions, documents and indicators on this topic.' })
  concernedBy(@Root() t: Topic, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, t.id, ['CONCERNS'], 'in');
  }
}
