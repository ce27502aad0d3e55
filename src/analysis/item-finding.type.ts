import { Field, ObjectType } from 'type-graphql';
import { certainFact, certaintyFields, type Certainty } from '../shared/certainty';
import { Decider, Item, Step } from '../item/item.type';
import type { Row } from '../db/database';
import { toNode } from '../shared/registry';
import { Citation, citations, Node } from '../shared/types';
import { nodeOf } from './analysis-filter.type';
import type { RelatedRow } from './analysis.repository';

@ObjectType({ description: 'A body or organisation that prepares an item (beredande forum), with the sources that say so.' })
export class Preparer {
  @Field(() => Node, { description: 'The preparing body or organisation.' })
  preparer!: Node;

  @Field(() => [Citation], { description: 'Where the sources say it prepares the item.' })
  sources!: Citation[];

  certainty!: Certainty;
  inference!: string | null;
}
certaintyFields(Preparer);

@ObjectType({ description: 'An item prepared in more than one place: two or more bodies or organisations prepare it.' })
export class ItemPreparedInSeveralPlaces {
  @Field(() => Item, { description: 'The item.' })
  item!: Item;

  @Field(() => [Preparer], { description: 'Everyone who prepares it (two or more), by id.' })
  preparers!: Preparer[];
}

@ObjectType({ description: 'An item with no decider recorded: no body or organisation decides, recommends, endorses, approves or adopts it.' })
export class ItemWithoutDecider {
  @Field(() => Item, { description: 'The item.' })
  item!: Item;

  @Field(() => [Step], {
    description:
      'Steps of the item that look like decisions (DECISION, RECOMMENDATION_DECISION, DIRECTION_DECISION, APPROVAL, ADOPTION, ENDORSEMENT), by date. Empty: nobody is known to decide. Not empty: someone did decide, but the decider is not recorded on the item.',
  })
  decisionSteps!: Step[];
}

@ObjectType({
  description: 'An item with several deciders, e.g. a recommendation decision (one body recommends, each principal decides) or two bodies that both decide.',
})
export class ItemWithSeveralDeciders {
  @Field(() => Item, { description: 'The item.' })
  item!: Item;

  @Field(() => [Decider], { description: 'Every decider (two or more), with its kind and condition, by id.' })
  deciders!: Decider[];
}

export function itemPreparedInSeveralPlaces(row: { item: Row; preparers: RelatedRow[] }): ItemPreparedInSeveralPlaces {
  return Object.assign(new ItemPreparedInSeveralPlaces(), {
    item: nodeOf<Item>(row.item, 'Item'),
    preparers: row.preparers.map((p) =>
      Object.assign(new Preparer(), { preparer: toNode(p.props, p.labels), sources: citations(p.rel), ...certainFact(p.rel) }),
    ),
  });
}

export function itemWithoutDecider(row: { item: Row; decisionSteps: Row[] }): ItemWithoutDecider {
  return Object.assign(new ItemWithoutDecider(), {
    item: nodeOf<Item>(row.item, 'Item'),
    decisionSteps: row.decisionSteps.map((s) => nodeOf<Step>(s, 'Step')),
  });
}

export function itemWithSeveralDeciders(row: { item: Row; deciders: RelatedRow[] }): ItemWithSeveralDeciders {
  return Object.assign(new ItemWithSeveralDeciders(), {
    item: nodeOf<Item>(row.item, 'Item'),
    deciders: row.deciders.map((d) =>
      Object.assign(new Decider(), {
        decider: toNode(d.props, d.labels),
        kind: d.rel.kind,
        condition: d.rel.condition,
        sources: citations(d.rel),
        ...certainFact(d.rel),
      }),
    ),
  });
}
