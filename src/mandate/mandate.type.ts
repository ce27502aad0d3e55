import { Field, ObjectType } from 'type-graphql';
import { Capacity } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Dated, Node } from '../shared/types';

@ObjectType({
  implements: [Node, Dated],
  description: 'What a body is empowered to do (its remit): capacities, topics, area and period, with the original Swedish text.',
})
export class Mandate extends Dated {
  @Field(() => [Capacity], { description: 'What the mandate lets the body do.' })
  capacities!: (keyof typeof Capacity)[];

  @Field({ description: 'The mandate in the words of the source (Swedish).' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'A short summary.' })
  summary?: string;

  @Field(() => String, { nullable: true, description: 'Editorial note.' })
  note?: string;
}

registerNodeClass('Mandate', Mandate);
