import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../document/document.resolver';
import { Document } from '../document/document.type';
import type { Context } from '../server/context';
import { along, relatedEdges, relatedNode, relatedNodes } from '../shared/resolve';
import { DateArg } from '../shared/scalars';
import { citations, Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { Decider, Item, Step } from './item.type';

/** Steps in date order; undated steps last, as the source lists them. */
export function byDate(a: Step, b: Step): number {
  return (a.props.dateStart ?? '9999').localeCompare(b.props.dateStart ?? '9999') || a.id.localeCompare(b.id);
}

@Resolver(() => Item)
export class ItemResolver {
  @FieldResolver(() => [Node], { description: 'Who prepares the item (beredande forum).' })
  preparedBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, item.id, along('Item', 'preparedBy'));
  }

  @FieldResolver(() => [Decider], { description: 'Who decides: several where a joint body recommends and each principal decides, each with its condition.' })
  async decidedBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Decider[]> {
    const edges = await relatedEdges(ctx, item.id, along('Item', 'decidedBy'));
    return edges.map((e) => Object.assign(new Decider(), { decider: e.node, kind: e.rel.kind, condition: e.rel.condition, sources: citations(e.rel) }));
  }

  @FieldResolver(() => [Node], { description: 'Who follows the item up.' })
  followedUpBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, item.id, along('Item', 'followedUpBy'));
  }

  @FieldResolver(() => [Node], { description: 'Who is responsible for carrying it out (functions, groups, posts).' })
  responsible(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, item.id, along('Item', 'responsible'));
  }

  @FieldResolver(() => Node, {
    nullable: true,
    description: 'The body that holds the item now: as recorded, or else the body of its latest step on or before `asOf`.',
  })
  async heldBy(
    @Root() item: Item,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'The day (YYYY-MM-DD); today when left out.' }) asOf?: string,
  ): Promise<Node | null> {
    const recorded = await relatedNode(ctx, item.id, along('Item', 'heldBy'));
    if (recorded) return recorded;
    const day = asOf ?? today();
    const steps = (await relatedNodes<Step>(ctx, item.id, along('Item', 'steps'))).filter((s) => s.props.dateStart && s.props.dateStart <= day).sort(byDate);
    const latest = steps[steps.length - 1];
    return latest ? relatedNode(ctx, latest.id, along('Step', 'body')) : null;
  }

  @FieldResolver(() => [Step], { description: 'Its steps and decisions, in date order.' })
  async steps(@Root() item: Item, @Ctx() ctx: Context): Promise<Step[]> {
    return (await relatedNodes<Step>(ctx, item.id, along('Item', 'steps'))).sort(byDate);
  }

  @FieldResolver(() => [Document], { description: 'Documents the item concerns or its steps produced.' })
  async documents(@Root() item: Item, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, item.id, along('Item', 'documents'));
  }

  @FieldResolver(() => [Topic], { description: 'Topics of the item.' })
  topics(@Root() item: Item, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, item.id, along('Item', 'topics'));
  }

  @FieldResolver(() => [Node], { description: 'Commissions given for this item.' })
  commissions(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, item.id, along('Item', 'commissions'));
  }
}

@Resolver(() => Step)
export class StepResolver {
  @FieldResolver(() => Item, { nullable: true, description: 'The item this is a step of.' })
  item(@Root() step: Step, @Ctx() ctx: Context): Promise<Item | null> {
    return relatedNode(ctx, step.id, along('Step', 'item'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The body (or organisation) where it happened.' })
  body(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, step.id, along('Step', 'body'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The meeting where it happened.' })
  meeting(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, step.id, along('Step', 'meeting'));
  }

  @FieldResolver(() => [Document], { description: 'Documents it produced or decided on.' })
  documents(@Root() step: Step, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, step.id, along('Step', 'documents'));
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The commission this step gave, if it gave one.' })
  commission(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, step.id, along('Step', 'commission'));
  }
}
