import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';
import { Person } from '../person/person.type';
import type { Context } from '../server/context';
import { certainFact, certaintyFields, type Certainty } from '../shared/certainty';
import { links, nodesFor } from '../shared/nodes';
import { Citation, citations } from '../shared/types';
import { Document } from './document.type';

/** Who wrote a document: authorship is a fact about the document, not a seat in the body that adopted it. */
@ObjectType({ description: 'A person who wrote or revised a document, in the role the source gives (framtaget av, reviderat av, författare).' })
export class Author {
  @Field(() => Person, { description: 'The author.' })
  person!: Person;

  @Field({ description: 'The role as the source words it, e.g. "Framtaget av" or "Reviderat av (2014-10-28)".' })
  role!: string;

  @Field(() => [Citation], { description: 'Where the sources say so.' })
  sources!: Citation[];

  certainty!: Certainty;
  inference!: string | null;
}
certaintyFields(Author);

@Resolver(() => Document)
export class DocumentAuthorsResolver {
  @FieldResolver(() => [Author], {
    description: 'Who wrote or revised it, each with the role as written. Authors are not members of the body that adopted it.',
  })
  async authors(@Root() d: Document, @Ctx() ctx: Context): Promise<Author[]> {
    const [rows] = await ctx.repos.document.authorsOf([d.id]);
    return links<Person>(rows).map((a) =>
      Object.assign(new Author(), { person: a.node, role: a.rel.roleText, sources: citations(a.rel), ...certainFact(a.rel) }),
    );
  }
}

@Resolver(() => Person)
export class PersonAuthoredResolver {
  @FieldResolver(() => [Document], { description: 'Documents the person wrote or revised (see Document.authors for the role).' })
  authored(@Root() p: Person, @Ctx() ctx: Context): Promise<Document[]> {
    return nodesFor(ctx.repos.document.authoredBy([p.id]));
  }
}
