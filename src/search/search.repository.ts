import type { Database } from '../db/database';
import { BadInput } from '../shared/bad-input';
import type { EntityRow } from '../shared/repository';
import { fold, nameKey, normalise } from '../shared/text';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * The Swedish analyzer leaves these words out of the index (Lucene's Swedish stop set),
 * so requiring them would find nothing: "Samråd vård och omsorg" must find SVO.
 */
const STOPWORDS = new Set(
  (
    'och det att i en jag hon som han på den med var sig för så till är men ett om hade de av icke mig du henne då sin nu har inte ' +
    'hans honom skulle hennes där min man ej vid kunde något från ut när efter upp vi dem vara vad över än dig kan sina här ha mot ' +
    'alla under någon eller allt mycket sedan ju denna själv detta åt utan varit hur ingen mitt ni bli blev oss din dessa några ' +
    'deras blir mina samma vilken er sådan vår blivit dess inom mellan sådant varför varje vilka ditt vem vilket sitta sådana vart ' +
    'dina vars vårt våra ert era vilkas'
  ).split(' '),
);

/** Each Lucene special character preceded by a backslash, so it is a plain character. */
const escape = (word: string): string => word.replace(LUCENE_SPECIAL, (c) => `\\${c}`);

/**
 * Turns what a user typed into Lucene queries: every word must match, either as a word
 * (analysed: stemmed the Swedish way, so "hemsjukvården" finds "hemsjukvård") or as the
 * start of a word (so "hemsjuk" finds "hemsjukvård"). Special characters are escaped,
 * so no input can change the query's structure. `folded` is the same query with the
 * words' diacritics removed, for the index that has none. A word that is nothing but
 * diacritics (a lone "´", "^" or combining mark) stays as typed there, since folding would
 * leave an empty term, which Lucene cannot parse; like any lone special character it is
 * then a word that must match and matches nothing. Lengths are bounded before this
 * (src/shared/limits.ts).
 */
export function luceneQuery(text: string): { query: string; folded: string } | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .filter((w) => w.length > 0 && !STOPWORDS.has(w));
  if (words.length === 0) return null;
  const build = (ws: string[]) => ws.map((w) => `(${w} OR ${w}*)`).join(' AND ');
  return { query: build(words.map(escape)), folded: build(words.map((w) => escape(fold(w) || w))) };
}

/** How the name matched, best first, as cypher/search/fulltext.cypher ranks it. */
export const MATCH_RANKS = ['EXACT', 'EXACT_FOLDED', 'PREFIX', 'WORDS', 'SUBSTRING', 'TEXT'] as const;
export type MatchRank = (typeof MATCH_RANKS)[number];

/** A name key no name has (keys hold letters, digits and spaces only): the names query when the text has no word. */
const NO_NAME = '\\-';

/** Shorter texts are not looked for inside names (a substring query over every name term costs more than it finds). */
const SUBSTRING_MIN = 3;

/**
 * The text as name keys (with and without diacritics, src/shared/derived.ts) and the Lucene
 * query over the `search_names` index of folded keys: the key itself, names starting with it
 * and, from three characters, names containing it. A key holds only letters, digits and
 * spaces, and its spaces are escaped, so no text can change the query's structure.
 */
export function namesQuery(text: string): { exact: string; folded: string; words: string[]; query: string } {
  // A word of nothing but punctuation must match as the full-text search requires, so such a text matches no name.
  if (text.split(/\s+/).some((w) => w.length > 0 && !/[\p{L}\p{N}]/u.test(w))) return { exact: '', folded: '', words: [], query: NO_NAME };
  const exact = nameKey(normalise(text));
  const folded = nameKey(fold(text));
  const words = folded.split(' ').filter((w) => w.length > 0);
  if (!folded) return { exact, folded, words, query: NO_NAME };
  const term = folded.replace(/\s/g, (c) => `\\${c}`); // keys are letters, digits and spaces; a space escaped keeps the key one term
  return { exact, folded, words, query: [term, `${term}*`, ...(folded.length >= SUBSTRING_MIN ? [`*${term}*`] : [])].join(' OR ') };
}

/** An entity found, with how its name matched and its full-text relevance (only comparable within one search). */
export interface Hit {
  entity: EntityRow;
  score: number;
  match: MatchRank;
}

/** Search (cypher/search/fulltext.cypher): one statement over the name and full-text indexes, best first. */
export class SearchRepository {
  constructor(private readonly db: Database) {}

  /** At most `limit` entities of `labels` (any when null) matching every word of `text`. */
  async search(text: string, labels: string[] | null, limit: number): Promise<Hit[]> {
    const queries = luceneQuery(text);
    if (!queries) {
      throw new BadInput('text has no words to search for (common words such as "och" and "i" are not indexed); type at least one other word', 'text');
    }
    const names = namesQuery(text);
    const rows = await this.db.read('search/fulltext', {
      query: queries.query,
      foldedQuery: queries.folded,
      namesQuery: names.query,
      exact: names.exact,
      folded: names.folded,
      words: names.words,
      labels,
      limit,
    });
    return rows.map((r) => ({ entity: { labels: r.labels, props: r.props }, score: r.score, match: MATCH_RANKS[Number(r.rank)] }));
  }
}
