import type { Database } from '../db/database';
import { toNode } from '../shared/registry';
import type { Node } from '../shared/types';

const LUCENE_SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/**
 * Turns what a user typed into a Lucene query: every word must match, either as a word
 * (analysed: stemmed the Swedish way, so "hemsjukvården" finds "hemsjukvård") or as the
 * start of a word (so "hemsjuk" finds "hemsjukvård"). Special characters are escaped,
 * so no input can change the query's structure.
 */
export function luceneQuery(text: string): string | null {
  const words = text
    .toLowerCase()
    .split(/\s+/)
    .map((w) => w.replace(LUCENE_SPECIAL, (c) => `\\${c}`))
    .filter((w) => w.replace(/\\/g, '').length > 0);
  if (words.length === 0) return null;
  return words.map((w) => `(${w} OR ${w}*)`).join(' AND ');
}

export interface Hit {
  node: Node;
  score: number;
}

export async function search(db: Database, text: string, labels: string[] | null, limit: number): Promise<Hit[] | null> {
  const query = luceneQuery(text);
  if (!query) return null;
  const rows = await db.read('search/fulltext', { query, labels, limit });
  return rows.map((r) => ({ node: toNode(r.props, r.labels) as Node, score: r.score })).filter((h) => h.node);
}
