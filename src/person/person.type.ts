import { Field, ObjectType } from 'type-graphql';
import { registerNodeClass } from '../shared/registry';
import { Node } from '../shared/types';

@ObjectType({ implements: Node, description: 'A named person, only as far as the sources name them.' })
export class Person extends Node {
  @Field({ description: 'Name as written in the source, in Latin letters (see sourceSpelling).' })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The name as the source spells it, where that differs from `name`: e.g. Cyrillic letters a PDF conversion put into a Latin name. Search finds the person by either.',
  })
  sourceSpelling?: string;

  @Field(() => String, { nullable: true, description: 'Political party, where the source gives it (e.g. "S", "M").' })
  party?: string;

  @Field(() => String, { nullable: true, description: 'Title or position, where the source gives it.' })
  title?: string;
}

@ObjectType({
  implements: Node,
  description:
    'A seat defined by position rather than by person (e.g. "förvaltningschef inom socialtjänstens ansvarsområde", "MAS"); it exists without its holder.',
})
export class Post extends Node {
  @Field({ description: 'The position as written.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'More on the post, as written.' })
  description?: string;
}

registerNodeClass('Person', Person);
registerNodeClass('Post', Post);
