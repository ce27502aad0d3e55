import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { links, nodeFor } from '../shared/nodes';
import { Person } from '../person/person.type';
import { Document, DocumentVersion } from './document.type';

/**
 * A document's dated version and who made it. Authorship is one fact, the document's
 * (Document.authors, each with the role as written); a version names the role of its
 * authors ("Reviderat av (2014-10-28)"), so its authors are the document's authors in that role.
 */
@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document this is a version of.' })
  document(@Root() v: DocumentVersion, @Ctx() ctx: Context): Promise<Document | null> {
    return nodeFor(ctx.repos.document.documentOfVersion([v.id]));
  }

  @FieldResolver(() => [Person], {
    description:
      "Who drew up or revised this version: the document's authors in the role the version names (authorRole), by id; Document.authors gives each with its sources. Empty when the source names none.",
  })
  async authors(@Root() v: DocumentVersion, @Ctx() ctx: Context): Promise<Person[]> {
    const role = v.authorRole;
    if (!role) return [];
    const [doc] = await ctx.repos.document.documentOfVersion([v.id]);
    if (!doc) return [];
    const [rows] = await ctx.repos.document.authorsOf([doc.props.id]);
    return links<Person>(rows)
      .filter((a) => a.rel.roleText === role)
      .map((a) => a.node);
  }
}
