import { Field, ObjectType } from 'type-graphql';
import { OrganisationKind } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Dated, Node } from '../shared/types';

@ObjectType({
  implements: [Node, Dated],
  description: 'An organisation: a principal (region, municipality), a national body, an association, or an administration (förvaltning) inside one.',
})
export class Organisation extends Dated {
  @Field({ description: 'Name, e.g. "Region Östergötland".' })
  name!: string;

  @Field(() => [String], { description: 'Other names and abbreviations the sources use (e.g. "RJH").' })
  get altNames(): string[] {
    return this.props.altNames ?? [];
  }

  @Field(() => OrganisationKind, { description: 'What kind of organisation it is.' })
  kind!: keyof typeof OrganisationKind;

  @Field(() => String, { nullable: true, description: 'Editorial note on how the sources describe it.' })
  note?: string;
}

registerNodeClass('Organisation', Organisation);
