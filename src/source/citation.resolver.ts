import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { node } from '../shared/nodes';
import { Citation } from '../shared/types';
import { Source } from './source.type';

@Resolver(() => Citation)
export class CitationResolver {
  @FieldResolver(() => Source, { description: 'The source document.' })
  async source(@Root() citation: Citation, @Ctx() ctx: Context): Promise<Source> {
    return node((await ctx.repos.node.byIds([citation.sourceId]))[0]) as Source;
  }
}
