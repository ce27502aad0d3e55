import { Field, Int, ObjectType } from 'type-graphql';
import { MembershipRole } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node, partialDate, PartialDate } from '../shared/types';

@ObjectType({ implements: Node, description: 'A seat in a body: held by a person, a post or an organisation, in a role, representing an organisation.' })
export class Membership extends Node {
  @Field(() => MembershipRole, { description: 'The role of the seat.' })
  role!: keyof typeof MembershipRole;

  @Field(() => String, { nullable: true, description: 'The role as the source words it.' })
  roleText?: string;

  @Field(() => Int, { nullable: true, description: 'How many such seats, where the source gives a number.' })
  count?: number;

  @Field(() => PartialDate, { nullable: true, description: 'Since when, where the sources say.' })
  get validFrom(): PartialDate | null {
    return partialDate(this.props, 'validFrom');
  }

  @Field(() => PartialDate, { nullable: true, description: 'Until when, where the sources say.' })
  get validTo(): PartialDate | null {
    return partialDate(this.props, 'validTo');
  }

  @Field(() => String, { nullable: true, description: 'Editorial note.' })
  note?: string;
}

registerNodeClass('Membership', Membership);
