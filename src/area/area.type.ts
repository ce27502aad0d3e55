import { Field, ObjectType } from 'type-graphql';
import { AreaLevel } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node } from '../shared/types';

@ObjectType({ implements: Node, description: 'A geographic area: Sweden, a county (län), part of a county (länsdel) or a municipality (kommun).' })
export class Area extends Node {
  @Field({ description: 'Name, e.g. "Östergötlands län", "Linköping".' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'SCB code as a string: two digits for a county ("05"), four for a municipality ("0580").' })
  code?: string;

  @Field(() => AreaLevel, { description: 'Level in the hierarchy.' })
  level!: keyof typeof AreaLevel;

  @Field(() => [String], { description: 'Other names the sources use.' })
  get altNames(): string[] {
    return this.props.altNames ?? [];
  }
}

registerNodeClass('Area', Area);
