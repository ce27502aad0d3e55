import { certaintyFields, type Certainty } from '../shared/certainty';
import { Field, ObjectType } from 'type-graphql';
import { AttendanceStatus, MembershipRole } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node, partialDate, PartialDate } from '../shared/types';
import { Person } from '../person/person.type';

@ObjectType({ implements: Node, description: 'A meeting of a body on a date, with attendance where the minutes give it.' })
export class Meeting extends Node {
  @Field(() => String, { nullable: true, description: 'Title, e.g. "SVOM 11/10 2024".' })
  title?: string;

  @Field(() => PartialDate, { description: 'When.' })
  get date(): PartialDate | null {
    return partialDate(this.props, 'date');
  }

  @Field(() => String, { nullable: true, description: 'Where.' })
  place?: string;

  @Field(() => String, { nullable: true, description: "Editorial note (e.g. planned as of the source's date)." })
  note?: string;
}

@ObjectType({ description: 'A person at a meeting: role and how they took part.' })
export class Attendance {
  @Field(() => Person, { description: 'Who.' })
  person!: Person;

  @Field(() => MembershipRole, { nullable: true, description: 'In which role.' })
  role?: keyof typeof MembershipRole;

  @Field(() => String, { nullable: true, description: 'The role as written.' })
  roleText?: string;

  @Field(() => AttendanceStatus, { description: 'Present, serving deputy…' })
  status!: keyof typeof AttendanceStatus;

  @Field(() => Node, { nullable: true, description: 'The organisation they represent.' })
  representing?: Node | null;

  certainty!: Certainty;
  inference!: string | null;
}
certaintyFields(Attendance);

registerNodeClass('Meeting', Meeting);
