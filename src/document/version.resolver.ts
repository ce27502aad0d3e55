import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { nodeFor } from '../shared/nodes';
import { Document, DocumentVersion } from './document.type';

/** A document's dated version: the document it belongs to. */
@Resolver(() => DocumentVersion)
export class DocumentVersionResolver {
  @FieldResolver(() => Document, { nullable: true, description: 'The document this is a version of.' })
  document(@Root() v: DocumentVersion, @Ctx() ctx: Context): Promise<Document | null> {
    return nodeFor(ctx.repos.document.documentOfVersion([v.id]));
  }
}
