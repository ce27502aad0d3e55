import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { today } from '../document/document.resolver';
import { Document } from '../document/document.type';
import type { Context } from '../server/context';
import { relatedEdges, relatedNode, relatedNodes } from '../shared/resolve';
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
    return relatedNodes(ctx, item.id, ['PREPARED_BY']);
  }

  @FieldResolver(() => [Decider], { description: 'Who decides: several where a joint body recommends and each principal decides, each with its condition.' })
  async decidedBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Decider[]> {
    const edges = await relatedEdges(ctx, item.id, ['DECIDED_BY'], 'out');
    return edges.map((e) => Object.assign(new Decider(), { decider: e.node, kind: e.rel.kind, condition: e.rel.condition, sources: citations(e.rel) }));
  }

  @FieldResolver(() => [Node], { description: 'Who follows the item up.' })
  followedUpBy(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, item.id, ['FOLLOWED_UP_BY']);
  }

  @FieldResolver(() => [Node], { description: 'Who is responsible for carrying it out (functions, groups, posts).' })
  responsible(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, item.id, ['RESPONSIBLE']);
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
    const recorded = await relatedNode(ctx, item.id, ['HELD_BY']);
    if (recorded) return recorded;
    const day = asOf ?? today();
    const steps = (await relatedNodes<Step>(ctx, item.id, ['STEP_OF'], 'in')).filter((s) => s.props.dateStart && s.props.dateStart <= day).sort(byDate);
    const latest = steps[steps.length - 1];
    return latest ? relatedNode(ctx, latest.id, ['IN_BODY']) : null;
  }

  @FieldResolver(() => [Step], { description: 'Its steps and decisions, in date order.' })
  async steps(@Root() item: Item, @Ctx() ctx: Context): Promise<Step[]> {
    return (await relatedNodes<Step>(ctx, item.id, ['STEP_OF'], 'in')).sort(byDate);
  }

  @FieldResolver(() => [Document], { description: 'Documents the item concerns or its steps produced.' })
  async documents(@Root() item: Item, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, item.id, ['CONCERNS_DOCUMENT']);
  }

  @FieldResolver(() => [Topic], { description: 'Topics of the item.' })
  topics(@Root() item: Item, @Ctx() ctx: Context): Promise<Topic[]> {
    return relatedNodes(ctx, item.id, ['CONCERNS']);
  }

  @FieldResolver(() => [Node], { description: 'Commissions given for this item.' })
  commissions(@Root() item: Item, @Ctx() ctx: Context): Promise<Node[]> {
    return relatedNodes(ctx, item.id, ['FOR_ITEM'], 'in');
  }
}

@Resolver(() => Step)
export class StepResolver {
  @FieldResolver(() => Item, { nullable: true, description: 'The item this is a step of.' })
  item(@Root() step: Step, @Ctx() ctx: Context): Promise<Item | null> {
    return relatedNode(ctx, step.id, ['STEP_OF']);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The body (or organisation) where it happened.' })
  body(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, step.id, ['IN_BODY']);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The meeting where it happened.' })
  meeting(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, step.id, ['AT_MEETING']);
  }

  @FieldResolver(() => [Document], { description: 'Documents it produced or decided on.' })
  documents(@Root() step: Step, @Ctx() ctx: Context): Promise<Document[]> {
    return relatedNodes(ctx, step.id, ['PRODUCED']);
  }

  @FieldResolver(() => Node, { nullable: true, description: 'The commission this step gave, if it gave one.' })
  commission(@Root() step: Step, @Ctx() ctx: Context): Promise<Node | null> {
    return relatedNode(ctx, step.id, ['ISSUED']);
  }
}
