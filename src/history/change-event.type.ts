import { Field, ObjectType } from 'type-graphql';
import { ChangeKind } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node, partialDate, PartialDate } from '../shared/types';

@ObjectType({ implements: Node, description: 'A change in the structure: founding, becoming permanent, expanding, renaming, reorganising, dissolving.' })
export class ChangeEvent extends Node {
  @Field(() => ChangeKind, { description: 'What changed.' })
  kind!: keyof typeof ChangeKind;

  @Field(() => PartialDate, { nullable: true, description: 'When, as precisely as the source says.' })
  get date(): PartialDate | null {
    return partialDate(this.props, 'date');
  }

  @Field({ description: 'What happened, as written.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'The name before a renaming.' })
  oldName?: string;

  @Field(() => String, { nullable: true, description: 'The name after a renaming.' })
  newName?: string;
}

registerNodeClass('ChangeEvent', ChangeEvent);
