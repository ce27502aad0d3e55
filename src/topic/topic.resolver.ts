import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { along, relatedNode, relatedNodes } from '../shared/resolve';
import { Node } from '../shared/types';
import { Topic } from './topic.type';

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => Topic, { nullable: true, description: 'The broader topic.' })
  broader(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic | null> {
    return relatedNode(ctx, t.id, along('Topic', 'broader'));
  }

  @FieldResolver(() => [Topic], { description: 'Narrower topics.' })
  narrower(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, t.id, along('Topic', 'narrower'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The body or organisation whose topic this is.' })
  ownedBy(@Root() t: Topic, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, t.id, along('Topic', 'ownedBy'));
  }

  @FieldResolver(() => [Node], { description: 'Bodies, mandates, items, commissions, documents and indicators on this topic.' })
  concernedBy(@Root() t: Topic, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, t.id, along('Topic', 'concernedBy'));
  }
}
