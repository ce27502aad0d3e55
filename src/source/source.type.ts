import { Field, ObjectType } from 'type-graphql';
import { registerNodeClass } from '../shared/registry';
import { Node } from '../shared/types';

@ObjectType({ implements: Node, description: 'A public document the graph is built from; every fact cites one.' })
export class Source extends Node {
  @Field({ description: 'File name of the document (under shared/sources, or seed/reference).' })
  file!: string;

  @Field({ description: 'Title of the document.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'Kind of document (see DocumentKind).' })
  kind?: string;

  @Field(() => [String], { description: 'Who published it.' })
  get publishers(): string[] {
    return this.props.publisher ?? [];
  }

  @Field(() => String, { nullable: true, description: 'Date of the document as written.' })
  date?: string;

  @Field(() => [String], { description: 'Registry numbers (Dnr) of the document.' })
  get registryNumbers(): string[] {
    return this.props.registryNumbers ?? [];
  }
}

registerNodeClass('Source', Source);
