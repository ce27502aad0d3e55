import { Field, ObjectType } from 'type-graphql';
import { CommissionStatus } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node, partialDate, PartialDate } from '../shared/types';

@ObjectType({ implements: Node, description: 'A commission (uppdrag) given by one body to another, with the directive fields the SSÖ model asks for.' })
export class Commission extends Node {
  @Field({ description: 'The commission in short, as written.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Description of the commission (beskrivning).' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'Background (bakgrund).' })
  background?: string;

  @Field(() => String, { nullable: true, description: 'Purpose (syfte).' })
  purpose?: string;

  @Field(() => String, { nullable: true, description: 'Goal (mål).' })
  goal?: string;

  @Field(() => String, { nullable: true, description: 'Expected result (förväntat resultat).' })
  expectedResult?: string;

  @Field(() => String, { nullable: true, description: 'Resources (resursåtgång).' })
  resources?: string;

  @Field(() => String, { nullable: true, description: 'Organisation of the work (uppdragsorganisation).' })
  organisation?: string;

  @Field(() => String, { nullable: true, description: 'Timeline (tidplan).' })
  timeline?: string;

  @Field(() => String, { nullable: true, description: 'How it is followed up or evaluated.' })
  followUp?: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it was given.' })
  get issuedOn(): PartialDate | null {
    return partialDate(this.props, 'issuedOn');
  }

  @Field(() => PartialDate, { nullable: true, description: 'When it is due (slutdatum), as precisely as stated.' })
  get due(): PartialDate | null {
    return partialDate(this.props, 'due');
  }

  @Field(() => CommissionStatus, { description: 'Status as recorded (UNKNOWN when the sources do not say).' })
  get status(): keyof typeof CommissionStatus {
    return this.props.status ?? 'UNKNOWN';
  }

  @Field(() => String, { nullable: true, description: 'Editorial note.' })
  note?: string;
}

registerNodeClass('Commission', Commission);
