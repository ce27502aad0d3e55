import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Document } from '../document/document.type';
import type { Context } from '../server/context';
import { links, nodeFor, nodesFor } from '../shared/nodes';
import { certainFact } from '../shared/certainty';
import { DateArg } from '../shared/scalars';
import { citations, Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { Decider, Item, ItemPreparer, Step } from './item.type';

@Resolver(() => Item)
export class ItemResolver {
  @FieldResolver(() => [Node], { description: 'Who prepares the item (beredande forum), as stated for the item; `preparers` adds those by standing rule.' })
  preparedBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.item.preparedByOf([item.id]));
  }

  @FieldResolver(() => [ItemPreparer], {
    description:
      'Every preparer with its basis: those stated for the item, and those a standing rule of the deciding body names ("LGVO bereder ärenden till SVO"), marked STANDING_RULE with the rule.',
  })
  async preparers(@Root() item: Item, @Ctx() ctx: Context): Promise<ItemPreparer[]> {
    const [rows] = await ctx.repos.item.preparersOf([item.id]);
    return links(rows).map((p) =>
      Object.assign(new ItemPreparer(), {
        preparer: p.node,
        basis: p.rel.basis === 'STANDING_RULE' ? 'STANDING_RULE' : 'STATED',
        sources: citations(p.rel),
        ...certainFact(p.rel),
      }),
    );
  }

  @FieldResolver(() => [Decider], { description: 'Who decides: several where a joint body recommends and each principal decides, each with its condition.' })
  async decidedBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Decider[]> {
    const [rows] = await ctx.repos.item.decidersOf([item.id]);
    return links(rows).map((d) =>
      Object.assign(new Decider(), { decider: d.node, kind: d.rel.kind, condition: d.rel.condition, sources: citations(d.rel), ...certainFact(d.rel) }),
    );
  }

  @FieldResolver(() => [Node], { description: 'Who follows the item up.' })
  followedUpBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.item.followedUpByOf([item.id]));
  }

  @FieldResolver(() => [Node], { description: 'Who is responsible for carrying it out (functions, groups, posts).' })
  responsible(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.item.responsibleOf([item.id]));
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The body that holds the item now: as recorded, or else the body of its latest step on or before `asOf`.',
  })
  heldBy(
    @Root() item: Item,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'The day (YYYY-MM-DD); today when left out.' }) asOf?: string,
  ): Promise<Node | null> {
    return nodeFor(ctx.repos.item.heldByOf([item.id], asOf));
  }

  @FieldResolver(() => [Step], { description: 'Its steps and decisions, in date order.' })
  steps(@Root() item: Item, @Ctx() ctx: Context): Promise<Step[]> {
    return nodesFor(ctx.repos.item.stepsOf([item.id]));
  }

  @FieldResolver(() => [Document], { description: 'Documents the item concerns or its steps produced.' })
  documents(@Root() item: Item, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.item.documentsOf([item.id]));
  }

  @FieldResolver(() => [Topic], { description: 'Topics of the item.' })
  topics(@Root() item: Item, @Ctx() ctx: Context): Promise<Topic[]> {
    return nodesFor(ctx.repos.item.topicsOf([item.id]));
  }

  @FieldResolver(() => [Node], { description: 'Commissions given for this item.' })
  commissions(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return nodesFor(ctx.repos.item.commissionsOf([item.id]));
  }
}

@Resolver(() => Step)
export class StepResolver {
  @FieldResolver(() => Item, { nullable: true, description: 'The item this is a step of.' })
  item(@Root() step: Step, @Ctx() ctx: Context): Promise<Item | null> {
    return nodeFor(ctx.repos.step.itemOf([step.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The body (or organisation) where it happened.' })
  body(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.step.bodyOf([step.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The meeting where it happened.' })
  meeting(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.step.meetingOf([step.id]));
  }

  @FieldResolver(() => [Document], { description: 'Documents it produced or decided on.' })
  documents(@Root() step: Step, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.step.documentsOf([step.id]));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The commission this step gave, if it gave one.' })
  commission(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return nodeFor(ctx.repos.step.commissionOf([step.id]));
  }
}
