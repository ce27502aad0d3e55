import { Field, Int, ObjectType } from 'type-graphql';
import { BodyClassification, Tier } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node, partialDate, PartialDate } from '../shared/types';

@ObjectType({
  implements: Node,
  description:
    'A forum where work is prepared, decided or followed up: a committee, a joint consultative forum, a leadership or working group, a network, a secretariat, a project.',
})
export class Body extends Node {
  @Field({ description: 'Name as the sources write it, e.g. "Samråd vård och omsorg".' })
  name!: string;

  @Field(() => [String], { description: 'Other names and abbreviations of the same body (e.g. "SVO", "FG").' })
  get altNames(): string[] {
    return this.props.altNames ?? [];
  }

  @Field(() => BodyClassification, { description: 'What kind of forum it is.' })
  classification!: keyof typeof BodyClassification;

  @Field(() => Tier, { nullable: true, description: 'Politicians, officials, or both; null where the sources do not say.' })
  tier?: keyof typeof Tier;

  @Field(() => String, { nullable: true, description: 'What the body is, in the words of its source.' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'How often it meets, as written ("3 – 4 gånger per år").' })
  meetingFrequency?: string;

  @Field(() => Int, { nullable: true, description: 'Fewest meetings a year, where the sources give a number.' })
  meetingsPerYearMin?: number;

  @Field(() => Int, { nullable: true, description: 'Most meetings a year, where the sources give a number.' })
  meetingsPerYearMax?: number;

  @Field(() => String, { nullable: true, description: 'Its size as written ("13 – 15 ledamöter").' })
  sizeText?: string;

  @Field(() => Int, { nullable: true, description: 'Fewest members, where stated.' })
  sizeMin?: number;

  @Field(() => Int, { nullable: true, description: 'Most members, where stated.' })
  sizeMax?: number;

  @Field(() => PartialDate, { nullable: true, description: 'When it was founded, as precisely as the sources say.' })
  get founded(): PartialDate | null {
    return partialDate(this.props, 'founded');
  }

  @Field(() => PartialDate, { nullable: true, description: 'When it was dissolved or replaced, if it was.' })
  get dissolved(): PartialDate | null {
    return partialDate(this.props, 'dissolved');
  }

  @Field(() => String, { nullable: true, description: 'Editorial note on how the sources describe it.' })
  note?: string;
}

registerNodeClass('Body', Body);
