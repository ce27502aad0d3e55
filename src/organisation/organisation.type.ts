import { Field, ObjectType } from 'type-graphql';
import { OrganisationKind } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node, partialDate, PartialDate } from '../shared/types';

@ObjectType({ implements: Node, description: 'An organisation: a principal (region, municipality), a national body, an association, or an administration (förvaltning) inside one.' })
export class Organisation extends Node {
  @Field({ description: 'Name, e.g. "Region Östergötland".' })
  name!: string;

  @Field(() => [String], { description: 'Other names and abbreviations the sources use (e.g. "RJH").' })
  get altNames(): string[] {
    return this.props.altNames ?? [];
  }

  @Field(() => OrganisationKind, { description: 'What kind of organisation it is.' })
  kind!: keyof typeof OrganisationKind;

  @Field(() => PartialDate, { nullable: true, description: 'From when it exists in this form, where the sources say.' })
  get validFrom(): PartialDate | null {
    return partialDate(this.props, 'validFrom');
  }

  @Field(() => PartialDate, { nullable: true, description: 'Until when it existed in this form, where the sources say.' })
  get validTo(): PartialDate | null {
    return partialDate(this.props, 'validTo');
  }

  @Field(() => String, { nullable: true, description: 'Editorial note on how the sources describe it.' })
  note?: string;
}

registerNodeClass('Organisation', Organisation);
