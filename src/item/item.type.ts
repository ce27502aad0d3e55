import { certaintyFields, type Certainty } from '../shared/certainty';
import { Field, ObjectType } from 'type-graphql';
import { DeciderKind, PreparerBasis, StepKind } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Citation, Node, partialDate, PartialDate } from '../shared/types';

@ObjectType({
  implements: Node,
  description: 'An item of business (ärende): something prepared, decided and followed up, e.g. a balanslista row or the approval of a work plan.',
})
export class Item extends Node {
  @Field({ description: 'What the item is, as written.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'The commission or activity, as written.' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Who is responsible, as written (ansvarig funktion).' })
  responsibleText?: string;

  @Field(() => String, { nullable: true, description: 'Its state or follow-up as the source words it.' })
  status?: string;

  @Field(() => [String], { description: 'Registry numbers (Dnr).' })
  get registryNumbers(): string[] {
    return this.props.registryNumbers ?? [];
  }

  @Field(() => String, { nullable: true, description: 'Editorial note.' })
  note?: string;
}

@ObjectType({ description: 'A body or organisation that takes part in deciding an item, and how.' })
export class Decider {
  @Field(() => Node, { description: 'The deciding body or organisation.' })
  decider!: Node;

  @Field(() => DeciderKind, { description: 'Decides, recommends, endorses, approves or adopts.' })
  kind!: keyof typeof DeciderKind;

  @Field(() => String, { nullable: true, description: 'A condition on the decision, as written ("förutsätter att … godkänner").' })
  condition?: string;

  @Field(() => [Citation], { description: 'Where the sources say so.' })
  sources!: Citation[];

  certainty!: Certainty;
  inference!: string | null;
}
certaintyFields(Decider);

@ObjectType({
  description: 'A body or organisation that prepares an item, and why it is shown: stated for the item, or by a standing rule of the deciding body.',
})
export class ItemPreparer {
  @Field(() => Node, { description: 'The preparing body or organisation.' })
  preparer!: Node;

  @Field(() => PreparerBasis, {
    description: 'STATED: the source names it for this item; STANDING_RULE: derived from a rule such as "LGVO bereder ärenden till SVO".',
  })
  basis!: keyof typeof PreparerBasis;

  @Field(() => [Citation], { description: 'Where the sources say so: for a standing rule, the rule and the item.' })
  sources!: Citation[];

  /** INFERRED with the rule for a preparer by standing rule; a stated preparer as its seed entry says. */
  certainty!: Certainty;
  inference!: string | null;
}
certaintyFields(ItemPreparer);

@ObjectType({ implements: Node, description: 'A dated step of an item: a decision, recommendation, referral, report… in a body, at a meeting.' })
export class Step extends Node {
  @Field(() => StepKind, { description: 'What happened.' })
  kind!: keyof typeof StepKind;

  @Field({ description: 'What happened, as written.' })
  text!: string;

  @Field(() => PartialDate, { nullable: true, description: 'When.' })
  get date(): PartialDate | null {
    return partialDate(this.props, 'date');
  }

  @Field(() => String, { nullable: true, description: 'Registry number (Dnr) of the decision.' })
  registryNumber?: string;

  @Field(() => String, { nullable: true, description: 'Paragraph (§) in the minutes.' })
  paragraph?: string;

  @Field(() => String, { nullable: true, description: 'Editorial note (e.g. that a step was planned, not yet held, when the source was written).' })
  note?: string;
}

registerNodeClass('Item', Item);
registerNodeClass('Step', Step);
