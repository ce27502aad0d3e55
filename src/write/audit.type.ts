import { Field, ID, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description: 'One write through the API: who, when, what changed (before and after), and the source it cites. Audit records are never changed or removed.',
})
export class AuditRecord {
  @Field(() => ID, { description: 'Id of the record.' })
  id!: string;

  @Field({ description: 'When the write was committed (ISO 8601, UTC).' })
  at!: string;

  @Field({ description: 'Name of the token holder who wrote.' })
  actor!: string;

  @Field({ description: 'Their role at the time.' })
  role!: string;

  @Field({ description: 'CREATE, UPDATE, RETIRE, LINK or RETIRE_LINK.' })
  action!: string;

  @Field({ description: 'Id of the entity written (for links: the start of the relationship).' })
  entityId!: string;

  @Field(() => String, { nullable: true, description: 'For links: the relationship type and key ("REPORTING_LINE/PREPARES_FOR").' })
  relationship?: string;

  @Field(() => String, { nullable: true, description: 'For links: id of the entity at the end of the relationship.' })
  otherId?: string;

  @Field(() => String, { nullable: true, description: 'Properties before the write, as JSON (null for a creation).' })
  before?: string;

  @Field({ description: 'Properties after the write, as JSON.' })
  after!: string;

  @Field({ description: 'Id of the source document the write cites.' })
  sourceId!: string;

  @Field({ description: 'Where in that source.' })
  locator!: string;

  @Field(() => String, { nullable: true, description: 'Why, for a retirement.' })
  reason?: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'The version of the entity this write produced (for links: of the start of the relationship); null for records written before entities had versions.',
  })
  version?: number;
}
