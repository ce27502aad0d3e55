import { Field, ObjectType } from 'type-graphql';
import { Area } from '../area/area.type';
import { Body } from '../body/body.type';
import { Mandate } from '../mandate/mandate.type';
import { Capacity } from '../shared/enums';
import { vocabulary } from '../shared/vocabulary';
import { Topic } from '../topic/topic.type';
import { nodeOf, RelatedTopicPair, relatedTopicPair } from './analysis-filter.type';
import type { RemitOverlapRow } from './analysis.repository';

/** GAO's terms for mandates that meet (GAO-15-49SP, "Fragmentation, Overlap, and Duplication"). */
export const OverlapClassification = vocabulary(
  'OverlapClassification',
  "How two mandates that meet on topic, area and period relate, in the terms of the US GAO's fragmentation, overlap and duplication reviews. Rules are applied in this order; the first that holds wins.",
  {
    DUPLICATION:
      'Duplication: the two mandates share at least one capacity and at least one topic, over the same area. Two bodies may do the same thing for the same beneficiaries.',
    OVERLAP:
      'Overlap: the two mandates share at least one capacity, and either one area lies inside the other (PART_OF/INCLUDES) or their topics meet only as broader/narrower (BROADER). Similar goals or activities on part of the same ground.',
    FRAGMENTATION:
      'Fragmentation: the two mandates share at least one topic over overlapping areas and periods but no capacity, and no other pair of mandates of the same two bodies shares a capacity on one of those topics. The work on the topic is split across bodies.',
  },
);
export type OverlapClassification = keyof typeof OverlapClassification;

@ObjectType({
  description:
    "The days on which both mandates may hold: the later of their starts and the earlier of their ends (a mandate without dates takes its body's founded/dissolved).",
})
export class OverlapPeriod {
  @Field(() => String, { nullable: true, description: 'First day both may hold (YYYY-MM-DD); null when neither start is known.' })
  from!: string | null;

  @Field(() => String, { nullable: true, description: 'Last day both may hold (YYYY-MM-DD); null when neither end is known.' })
  to!: string | null;
}

@ObjectType({
  description:
    'Two mandates of two bodies that meet: a topic in common (or broader/narrower), overlapping areas (the same, or one inside the other) and overlapping periods, with the evidence and a classification. ' +
    "A mandate that names no topic takes its body's topics, one that names no area its body's area; a mandate with neither is left out. " +
    'A body and a body it is part of (PART_OF) are one structure and never compared. bodyA is the body with the smaller id.',
})
export class RemitOverlap {
  @Field(() => OverlapClassification, { description: 'Duplication, overlap or fragmentation; see the enum for the exact rules.' })
  classification!: OverlapClassification;

  @Field(() => Body, { description: 'The first body (smaller id).' })
  bodyA!: Body;

  @Field(() => Body, { description: 'The second body.' })
  bodyB!: Body;

  @Field(() => Mandate, { description: "The first body's mandate: its Swedish text, capacities and sources." })
  mandateA!: Mandate;

  @Field(() => Mandate, { description: "The second body's mandate: its Swedish text, capacities and sources." })
  mandateB!: Mandate;

  @Field(() => Area, { description: "The area of the first mandate (its own, or else its body's)." })
  areaA!: Area;

  @Field(() => Area, { description: "The area of the second mandate (its own, or else its body's)." })
  areaB!: Area;

  @Field(() => [Capacity], { description: 'Capacities both mandates grant (empty for fragmentation).' })
  sharedCapacities!: string[];

  @Field(() => [Topic], { description: 'Topics of both mandates.' })
  sharedTopics!: Topic[];

  @Field(() => [RelatedTopicPair], { description: 'A topic of one mandate broader than a topic of the other.' })
  relatedTopics!: RelatedTopicPair[];

  @Field(() => OverlapPeriod, { description: 'When both may hold.' })
  period!: OverlapPeriod;
}

export function remitOverlap(row: RemitOverlapRow): RemitOverlap {
  return Object.assign(new RemitOverlap(), {
    classification: row.classification as OverlapClassification,
    bodyA: nodeOf<Body>(row.bodyA, 'Body'),
    bodyB: nodeOf<Body>(row.bodyB, 'Body'),
    mandateA: nodeOf<Mandate>(row.mandateA, 'Mandate'),
    mandateB: nodeOf<Mandate>(row.mandateB, 'Mandate'),
    areaA: nodeOf<Area>(row.areaA, 'Area'),
    areaB: nodeOf<Area>(row.areaB, 'Area'),
    sharedCapacities: row.capacities,
    sharedTopics: row.sharedTopics.map((t) => nodeOf<Topic>(t, 'Topic')),
    relatedTopics: row.relatedTopics.map(relatedTopicPair),
    period: Object.assign(new OverlapPeriod(), { from: row.periodFrom, to: row.periodTo }),
  });
}
