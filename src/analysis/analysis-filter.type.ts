import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { toNode } from '../shared/registry';
import { DateArg } from '../shared/scalars';
import type { Node } from '../shared/types';
import type { TopicPairRow } from './analysis.repository';
import { Topic } from '../topic/topic.type';

/** Every analysis list is bounded: `first` rows at most, by default DEFAULT_FIRST. */
export const DEFAULT_FIRST = 50;
export const MAX_FIRST = 200;

export const FIRST_DESCRIPTION = `At most this many findings (default ${DEFAULT_FIRST}, at most ${MAX_FIRST}); findings come in a stable order, so a smaller \`first\` gives a prefix of a larger one.`;

@InputType({ description: 'Narrows an analysis. Leave a field out to not filter on it.' })
export class AnalysisFilter {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only findings in this area or an area inside it (area id, e.g. "area-04"; inside means PART_OF upwards or INCLUDES downwards, so "area-05" also takes "area-0580" and "area-ostra-ostergotland"). What is "in" the area is said on each analysis.',
  })
  area?: string;

  @Field(() => ID, {
    nullable: true,
    description:
      'Only findings on this topic or a narrower one (topic id; narrower means BROADER at any depth). What is "on" the topic is said on each analysis.',
  })
  topic?: string;

  @Field(() => DateArg, {
    nullable: true,
    description:
      'Only what holds on this day (YYYY-MM-DD): validity, founding/dissolution or issue dates as each analysis says. Imprecise dates count at their widest ("2023" holds from 2023-01-01 to 2023-12-31); unknown bounds do not exclude.',
  })
  asOf?: string;
}

@ObjectType({ description: 'A topic of one side of a finding that is broader (BROADER, at any depth) than a topic of the other side.' })
export class RelatedTopicPair {
  @Field(() => Topic, { description: 'The broader topic.' })
  broader!: Topic;

  @Field(() => Topic, { description: 'The narrower topic.' })
  narrower!: Topic;
}

/** The GraphQL object for a node a statement returned, when its label is known. */
export function nodeOf<T extends Node>(props: Record<string, any>, label: string): T {
  return toNode(props, [label]) as T;
}

export function relatedTopicPair(row: TopicPairRow): RelatedTopicPair {
  return Object.assign(new RelatedTopicPair(), { broader: nodeOf<Topic>(row.broader, 'Topic'), narrower: nodeOf<Topic>(row.narrower, 'Topic') });
}
