import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { KINDS } from '../model';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { LIMITS } from '../shared/limits';
import { node } from '../shared/nodes';
import { Node } from '../shared/types';
import { vocabulary } from '../shared/vocabulary';

const SEARCHABLE = ['Body', 'Organisation', 'Item', 'Document', 'Commission', 'Topic', 'Mandate', 'Person', 'Indicator'] as const;
/** The kinds search covers, each described as the model describes it. */
export const SearchKind = vocabulary(
  'SearchKind',
  'Kinds of entity the search covers.',
  Object.fromEntries(SEARCHABLE.map((k) => [k, KINDS[k].description])) as Record<(typeof SEARCHABLE)[number], string>,
);
export type SearchKind = keyof typeof SearchKind;

@ObjectType({ description: 'A search result: the entity (use `... on Body` etc.) and how well it matched.' })
export class SearchHit {
  @Field(() => Node, { description: 'The entity found.' })
  node!: Node;

  @Field(() => String, { description: 'Its GraphQL type name, e.g. "Body".' })
  kind!: string;

  @Field(() => Float, { description: 'Relevance; higher is better. Only comparable within one search.' })
  score!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'One full-text search across bodies, organisations, items, documents, commissions, topics, mandates, persons and indicators: names, alternative names, descriptions and mandate texts. Swedish-aware (å, ä, ö; Swedish stemming; common words such as "och" ignored) with prefix matching ("hemsjuk" finds "hemsjukvård"), and forgiving of words typed without diacritics ("hemsjukvard", "nara vard"); every word must match; best first.',
  })
  async search(
    @Ctx() ctx: Context,
    @Arg('text', {
      description: `What to look for, as typed, e.g. "hemsjukvård avtal": at most ${LIMITS.searchChars} characters in at most ${LIMITS.searchWords} words of at most ${LIMITS.searchWord} characters each.`,
    })
    text: string,
    @Arg('kinds', () => [SearchKind], { nullable: true, description: 'Only these kinds; all when left out.' }) kinds?: SearchKind[],
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many results (1–100).' }) first = 20,
  ): Promise<SearchHit[]> {
    if (first < 1 || first > 100) throw userError('BAD_USER_INPUT', 'first must be between 1 and 100', { field: 'first' });
    const hits = await ctx.repos.search.search(text, kinds ?? null, first);
    return hits.flatMap((h) => {
      const found = node(h.entity);
      return found ? [Object.assign(new SearchHit(), { node: found, kind: (found as any).__typename, score: h.score })] : [];
    });
  }
}
