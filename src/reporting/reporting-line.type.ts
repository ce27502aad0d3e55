import { Field, ObjectType } from 'type-graphql';
import { ReportingKind } from '../shared/enums';
import { DatedFact, Node } from '../shared/types';

@ObjectType({
  description: 'A typed, dated line from a body to a body or organisation it reports to, is subordinate to, prepares for, is supported by or overseen by.',
})
export class ReportingLine extends DatedFact {
  @Field(() => ReportingKind, { description: 'What kind of line it is.' })
  kind!: keyof typeof ReportingKind;

  @Field(() => Node, { description: 'The body the line starts from.' })
  from!: Node;

  @Field(() => Node, { description: 'The body or organisation the line leads to.' })
  to!: Node;

  @Field(() => String, { nullable: true, description: 'The words of the source that establish the line.' })
  text?: string;
}

export function reportingLine(from: Node, to: Node, rel: Record<string, any>): ReportingLine {
  return Object.assign(new ReportingLine(), {
    kind: rel.kind,
    from,
    to,
    text: rel.text,
    rel,
  });
}
