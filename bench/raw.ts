import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/config';
import { UPWARD } from '../src/reporting/chain.repository';
import { luceneQuery, namesQuery } from '../src/search/search.repository';
import { today } from '../src/shared/dates';

/**
 * The raw-Cypher floor: for each benchmark operation, one hand-written statement
 * (bench/raw/<key>.cypher) that returns the operation's answer in its shape, with the
 * fields asked for and nothing else, and how the operation's GraphQL variables become its
 * parameters (the defaults the GraphQL arguments have: chain kinds and depth, first…).
 */
export type Variables = Record<string, any>;

const SEARCHABLE = ['Body', 'Organisation', 'Item', 'Document', 'Commission', 'Topic', 'Mandate', 'Person', 'Indicator'];

export const RAW_PARAMS: Record<string, (v: Variables) => Variables> = {
  body: (v) => ({ id: v.id }),
  bodiesByArea: (v) => ({ area: v.area, first: v.first }),
  chainUp: (v) => ({ id: v.id, kinds: UPWARD, depth: 8 }),
  chainDown: (v) => ({ id: v.id, kinds: UPWARD, depth: v.depth }),
  paths: (v) => ({ from: v.from, to: v.to, first: 10 }),
  item: (v) => ({ id: v.id, today: today() }),
  agreements: (v) => ({ asOf: v.asOf, noticeFrom: v.noticeFrom, noticeTo: v.noticeTo, noticeWindowMonths: 6, first: 100 }),
  search: (v) => {
    const q = luceneQuery(v.text)!;
    const names = namesQuery(v.text);
    return {
      query: q.query,
      foldedQuery: q.folded,
      namesQuery: names.query,
      exact: names.exact,
      folded: names.folded,
      words: names.words,
      kinds: SEARCHABLE,
      first: v.first,
    };
  },
  nestedLists: (v) => ({ first: v.first }),
};

/** The statement of an operation. */
export function rawStatement(key: string): string {
  return readFileSync(join(ROOT, 'bench', 'raw', `${key}.cypher`), 'utf8');
}
