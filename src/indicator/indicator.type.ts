import { Field, ObjectType } from 'type-graphql';
import { registerNodeClass } from '../shared/registry';
import { Node } from '../shared/types';

@ObjectType({ implements: Node, description: 'An indicator used to follow up a goal (e.g. Sörmland\'s "Delaktighet"), with its measures.' })
export class Indicator extends Node {
  @Field({ description: 'Name as written.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'What it indicates, as written.' })
  description?: string;
}

@ObjectType({ implements: Node, description: 'A measure (mått) of an indicator.' })
export class Measure extends Node {
  @Field({ description: 'The measure as written.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'More on the measure, as written.' })
  description?: string;
}

registerNodeClass('Indicator', Indicator);
registerNodeClass('Measure', Measure);
