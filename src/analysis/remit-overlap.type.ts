import { Field, Float, ObjectType } from 'type-graphql';
import { Area } from '../area/area.type';
import { Body } from '../body/body.type';
import { Mandate } from '../mandate/mandate.type';
import { Capacity } from '../shared/enums';
import { Citation, citations } from '../shared/types';
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
      'Duplication: the two mandates share at least one capacity and at least one topic (or their texts are alike), over the same area. Two bodies may do the same thing for the same beneficiaries.',
    OVERLAP:
      'Overlap: the two mandates share at least one capacity, and either one area lies inside the other (PART_OF/INCLUDES) or their topics meet only as broader/narrower (BROADER). Similar goals or activities on part of the same ground.',
    FRAGMENTATION:
      'Fragmentation: the two mandates share at least one topic (or their texts are alike) over overlapping areas and periods but no capacity, and no other pair of mandates of the same two bodies shares a capacity on one of those topics. The work is split across bodies.',
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

@ObjectType({ description: 'A sentence of each mandate that says nearly the same, with the mandate source each is quoted from.' })
export class MatchingPassage {
  @Field({ description: 'The sentence of the first mandate (mandateA), as written.' })
  textA!: string;

  @Field({ description: 'The sentence of the second mandate (mandateB) it matches, as written.' })
  textB!: string;

  @Field(() => Float, { description: 'How alike the two sentences are: cosine of their TF-IDF weights, 0 to 1.' })
  score!: number;

  @Field(() => [Citation], { description: "Where the first mandate's text is written: its sources and locators." })
  sourcesA!: Citation[];

  @Field(() => [Citation], { description: "Where the second mandate's text is written: its sources and locators." })
  sourcesB!: Citation[];
}

@ObjectType({
  description:
    'How alike the texts of the two mandates are: a second signal beside shared topics, computed when the seed is loaded for every pair of mandates of bodies in one county, and kept when the score reaches the threshold. An inferred fact.',
})
export class TextSimilarity {
  @Field(() => Float, { description: 'Cosine similarity of the two texts, 0 (no word in common) to 1 (the same words in the same proportions), two decimals.' })
  score!: number;

  @Field({ description: 'How the score was computed: library, Swedish stemmer and weighting.' })
  method!: string;

  @Field(() => [MatchingPassage], { description: 'The sentences that match best, one of each mandate per pair, best first (at most three).' })
  passages!: MatchingPassage[];
}

@ObjectType({
  description:
    'Two mandates of two bodies that meet: a topic in common (or broader/narrower), overlapping areas (the same, or one inside the other) and overlapping periods, with the evidence and a classification. ' +
    "A mandate that names no topic takes its body's topics, one that names no area its body's area; topics its text was tagged with from the shared vocabulary's rules count too, and every topic counts with the shared topic it lies within, so topics of different sources meet. " +
    'Two mandates whose texts are alike (similarity) meet even with no topic in common. ' +
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

  @Field(() => [Topic], {
    description:
      'Topics of both mandates: their own topics in common, and the shared vocabulary topics (kind SHARED) both lie within or were tagged with, by id.',
  })
  sharedTopics!: Topic[];

  @Field(() => [RelatedTopicPair], { description: 'A topic of one mandate broader than a topic of the other.' })
  relatedTopics!: RelatedTopicPair[];

  @Field(() => TextSimilarity, {
    nullable: true,
    description: 'How alike the two mandate texts are, with the matching sentences; null when under the threshold.',
  })
  similarity!: TextSimilarity | null;

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
    similarity: row.similarity ? similarity(row) : null,
    period: Object.assign(new OverlapPeriod(), { from: row.periodFrom, to: row.periodTo }),
  });
}

function similarity(row: RemitOverlapRow): TextSimilarity {
  const { score, method, passages } = row.similarity!;
  const [sourcesA, sourcesB] = [citations(row.mandateA), citations(row.mandateB)];
  return Object.assign(new TextSimilarity(), {
    score,
    method,
    passages: passages.map((p) => Object.assign(new MatchingPassage(), { textA: p.a, textB: p.b, score: p.score, sourcesA, sourcesB })),
  });
}
