import { Field, Int, ObjectType } from 'type-graphql';
import { MembershipRole } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Dated, Node } from '../shared/types';

@ObjectType({
  implements: [Node, Dated],
  description: 'A seat in a body: held by a person, a post or an organisation, in a role, representing an organisation.',
})
export class Membership extends Dated {
  @Field(() => MembershipRole, { description: 'The role of the seat.' })
  role!: keyof typeof MembershipRole;

  @Field(() => String, { nullable: true, description: 'The role as the source words it.' })
  roleText?: string;

  @Field(() => Int, { nullable: true, description: 'How many such seats, where the source gives a number.' })
  count?: number;

  @Field(() => String, { nullable: true, description: 'Editorial note.' })
  note?: string;
}

registerNodeClass('Membership', Membership);
