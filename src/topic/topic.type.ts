import { Field, ObjectType } from 'type-graphql';
import { TopicKind } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node } from '../shared/types';

@ObjectType({ implements: Node, description: 'A topic: a strategic, priority or focus area, nested (broader/narrower), e.g. "Nära vård", "Att åldras".' })
export class Topic extends Node {
  @Field({ description: 'Name as written.' })
  name!: string;

  @Field(() => [String], { description: 'Other names.' })
  get altNames(): string[] {
    return this.props.altNames ?? [];
  }

  @Field(() => TopicKind, { description: 'What kind of topic.' })
  kind!: keyof typeof TopicKind;

  @Field(() => String, { nullable: true, description: 'English label, where one is given: every topic of the shared vocabulary (kind SHARED) has one.' })
  nameEn?: string;

  @Field(() => String, { nullable: true, description: 'What the topic covers, as written.' })
  description?: string;
}

registerNodeClass('Topic', Topic);
