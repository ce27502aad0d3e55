import { today } from '../shared/dates';
import { along, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';

/** Steps in date order; undated steps last, as the source lists them (then by id, so the order is stable). */
export function stepOrder(a: EntityRow, b: EntityRow): number {
  return (a.props.dateStart ?? '9999').localeCompare(b.props.dateStart ?? '9999') || String(a.props.id).localeCompare(String(b.props.id));
}

/** Items of business (ärenden): who prepares, decides, follows up and holds them, and their steps. Methods take many ids and answer per id. */
export class ItemRepository {
  constructor(private readonly loaders: Loaders) {}

  preparedByOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'preparedBy'));
  }

  /** Each item's preparers, stated and by standing rule, with the relationship's basis, inference and sources (one planned read). */
  preparersOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'preparers'));
  }

  /** Each item's deciders: the body or organisation, with the relationship's kind, condition and sources. */
  decidersOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'decidedBy'));
  }

  followedUpByOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'followedUpBy'));
  }

  responsibleOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'responsible'));
  }

  /** Each item's steps, in date order. */
  async stepsOf(itemIds: readonly string[]) {
    return (await follow(this.loaders, itemIds, along('Item', 'steps'))).map((steps) => steps.sort(stepOrder));
  }

  /**
   * Who holds each item on `asOf` (today when left out): the holder recorded on the item, or
   * else the body of its latest step dated on or before that day. Steps and their bodies are
   * read only for items with no recorded holder.
   */
  async heldByOf(itemIds: readonly string[], asOf?: string): Promise<(EntityRow | undefined)[]> {
    const recorded = await followOne(this.loaders, itemIds, along('Item', 'heldBy'));
    const day = asOf ?? today();
    return Promise.all(
      itemIds.map(async (id, i) => {
        if (recorded[i]) return recorded[i];
        const [steps] = await this.stepsOf([id]);
        const taken = steps.filter((s) => s.props.dateStart && s.props.dateStart <= day);
        const latest = taken[taken.length - 1];
        return latest ? (await followOne(this.loaders, [latest.props.id], along('Step', 'body')))[0] : undefined;
      }),
    );
  }

  documentsOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'documents'));
  }

  topicsOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'topics'));
  }

  commissionsOf(itemIds: readonly string[]) {
    return follow(this.loaders, itemIds, along('Item', 'commissions'));
  }
}
