import { Field, ObjectType } from 'type-graphql';
import { Body } from '../body/body.type';
import { Membership } from '../person/membership.type';
import { toNode } from '../shared/registry';
import { Node } from '../shared/types';
import { Topic } from '../topic/topic.type';
import { nodeOf, RelatedTopicPair, relatedTopicPair } from './analysis-filter.type';
import type { SharedSeatRow } from './analysis.repository';

@ObjectType({
  description:
    "A person or post holding seats in two bodies whose topics meet: a topic of both, or one broader than the other. A body's topics are its own and its mandates'. One finding per holder and pair of bodies; bodyA is the body with the smaller id.",
})
export class SeatsInOverlappingBodies {
  @Field(() => Node, { description: 'The person or post holding the seats.' })
  holder!: Node;

  @Field(() => Body, { description: 'The first body (smaller id).' })
  bodyA!: Body;

  @Field(() => Body, { description: 'The second body.' })
  bodyB!: Body;

  @Field(() => [Membership], { description: "The holder's seats in the first body (several where it sits for several organisations), by id." })
  seatsA!: Membership[];

  @Field(() => [Membership], { description: "The holder's seats in the second body, by id." })
  seatsB!: Membership[];

  @Field(() => [Topic], { description: 'Topics of both bodies.' })
  sharedTopics!: Topic[];

  @Field(() => [RelatedTopicPair], { description: 'A topic of one body broader than a topic of the other.' })
  relatedTopics!: RelatedTopicPair[];
}

export function seatsInOverlappingBodies(row: SharedSeatRow): SeatsInOverlappingBodies {
  return Object.assign(new SeatsInOverlappingBodies(), {
    holder: toNode(row.holder.props, row.holder.labels),
    bodyA: nodeOf<Body>(row.bodyA, 'Body'),
    bodyB: nodeOf<Body>(row.bodyB, 'Body'),
    seatsA: row.seatsA.map((s) => nodeOf<Membership>(s, 'Membership')),
    seatsB: row.seatsB.map((s) => nodeOf<Membership>(s, 'Membership')),
    sharedTopics: row.sharedTopics.map((t) => nodeOf<Topic>(t, 'Topic')),
    relatedTopics: row.relatedTopics.map(relatedTopicPair),
  });
}
