import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { nodeFor, nodesFor } from '../shared/nodes';
import { Node } from '../shared/types';
import { Topic } from './topic.type';

@Resolver(() => Topic)
export class TopicResolver {
  @FieldResolver(() => Topic, { nullable: true, description: 'The broader topic.' })
  broader(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic | null> {
    return nodeFor(ctx.repos.topic.broaderOf([t.id]));
  }

  @FieldResolver(() => [Topic], { description: 'Narrower topics.' })
  narrower(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.topic.narrowerOf([t.id]));
  }

  @FieldResolver(() => Topic, {
    nullable: true,
    description:
      "The topic of the shared vocabulary (kind SHARED) this document's topic lies within, so topics of different sources meet; null for shared topics and topics not mapped. The link is inferred: the vocabulary's reading.",
  })
  sharedTopic(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic | null> {
    return nodeFor(ctx.repos.topic.sharedTopicOf([t.id]));
  }

  @FieldResolver(() => [Topic], { description: "For a shared vocabulary topic: the documents' own topics that lie within it." })
  localTopics(@Root() t: Topic, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.topic.localTopicsOf([t.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The body or organisation whose topic this is.' })
  ownedBy(@Root() t: Topic, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.topic.ownerOf([t.id]));
  }

  @FieldResolver(() => [Node], { description: 'Bodies, mandates, items, commissions, documents and indicators on this topic.' })
  concernedBy(@Root() t: Topic, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.topic.concernedByOf([t.id]));
  }
}
