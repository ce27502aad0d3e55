import { Arg, Ctx, Field, Float, Int, ObjectType, Query, Resolver } from 'type-graphql';
import { KINDS } from '../model';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { LIMITS } from '../shared/limits';
import { node } from '../shared/nodes';
import { Node } from '../shared/types';
import { vocabulary } from '../shared/vocabulary';
import type { MatchRank } from './search.repository';

const SEARCHABLE = ['Body', 'Organisation', 'Item', 'Document', 'Commission', 'Topic', 'Mandate', 'Person', 'Indicator'] as const;
/** The kinds search covers, each described as the model describes it. */
export const SearchKind = vocabulary(
  'SearchKind',
  'Kinds of entity the search covers.',
  Object.fromEntries(SEARCHABLE.map((k) => [k, KINDS[k].description])) as Record<(typeof SEARCHABLE)[number], string>,
);
export type SearchKind = keyof typeof SearchKind;

/** How a hit's name matched the text; results come in this order. */
export const SearchMatch = vocabulary(
  'SearchMatch',
  "How a search result's name (or an alternative name, such as an abbreviation) matched the text; results come in this order.",
  {
    EXACT: 'The name is the text, as typed (case, spacing and punctuation aside; diacritics count: "Åre" is not "Are").',
    EXACT_FOLDED: 'The name is the text once diacritics are ignored ("Ostergotland" for "Östergötland").',
    PREFIX: 'The name starts with the text.',
    WORDS: 'The name has every word of the text.',
    SUBSTRING: 'The name contains the text inside a word (three characters or more).',
    TEXT: 'The text matches elsewhere: a description, a mandate text, words of the name in another form (stemmed, or the start of a word).',
  } satisfies Record<MatchRank, string>,
);
export type SearchMatch = keyof typeof SearchMatch;

@ObjectType({ description: 'A search result: the entity (use `... on Body` etc.) and how well it matched.' })
export class SearchHit {
  @Field(() => Node, { description: 'The entity found.' })
  node!: Node;

  @Field(() => String, { description: 'Its GraphQL type name, e.g. "Body".' })
  kind!: string;

  @Field(() => SearchMatch, { description: 'How its name matched; results are ordered by this first.' })
  match!: SearchMatch;

  @Field(() => Float, {
    description: 'Full-text relevance; higher is better. Only comparable within one search and one `match`; 0 when only the name index found it.',
  })
  score!: number;
}

@Resolver()
export class SearchResolver {
  @Query(() => [SearchHit], {
    description:
      'One search across bodies, organisations, items, documents, commissions, topics, mandates, persons and indicators: names, alternative names, descriptions and mandate texts. A name or abbreviation that is exactly the text comes first ("LGVO" lists the body LGVO before its groups), then names starting with it, names with all its words, names containing it, then other matches by relevance (`match` says which; ties by name, then id). Swedish-aware (å, ä, ö; Swedish stemming; common words such as "och" ignored) with prefix matching ("hemsjuk" finds "hemsjukvård"), forgiving of words typed without diacritics ("hemsjukvard", "nara vard") and of Cyrillic look-alike letters in stored names; every word must match. Names are returned as the sources spell them.',
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
      return found ? [Object.assign(new SearchHit(), { node: found, kind: (found as any).__typename, score: h.score, match: h.match })] : [];
    });
  }
}
