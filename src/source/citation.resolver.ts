import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { toNode } from '../shared/registry';
import { Citation } from '../shared/types';
import { Source } from './source.type';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The source document.' })
  async source(@Root() citation: Citation, @Ctx() ctx: Context): Promise<Source> {
    return toNode(await ctx.loaders.entity.load(citation.sourceId)) as Source;
  }
}
