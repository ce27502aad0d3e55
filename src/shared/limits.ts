import schema from '../../seed/seed.schema.json';
import { userError } from '../server/errors';

const defs = schema.definitions;

/**
 * Every length limit on input, in one place, in characters (Unicode code points, as JSON
 * Schema counts them). The limits of entity fields are written once in
 * seed/seed.schema.json's definitions, which seed files and API writes are both validated
 * against, and are read from there; the others bound API arguments only. Each is far
 * above the longest real value in seed/*.yaml (ids 60, names 193, locators 417, texts 1011).
 */
export const LIMITS = {
  /** An id, in seed files and in any argument that takes one. */
  id: defs.id.maxLength,
  /** A name, title or other short label; also a name filter. */
  name: defs.name.maxLength,
  /** Free text: a description, a quoted passage, a note, a reason. */
  text: defs.text.maxLength,
  /** Where in a source a fact is written. */
  locator: defs.locator.maxLength,
  /** A web address. */
  url: defs.url.maxLength,
  /** What one search may be given: this many characters in all… */
  searchChars: 300,
  /** …in at most this many words… */
  searchWords: 30,
  /** …each at most this long (the longest Swedish compounds have about 40). */
  searchWord: 64,
  /** A list cursor (the API's own are about 20). */
  cursor: 64,
} as const;

export const length = (value: string): number => [...value].length;

/** A value short enough to quote back in a message. */
export const shown = (value: string): string => (length(value) > 40 ? `${[...value].slice(0, 40).join('')}…` : value);

/** Refuses a text longer than `limit`, naming the field, the limit and the fix. */
export function checkLength(field: string, value: string, limit: number, fix = 'shorten it'): void {
  const n = length(value);
  if (n > limit) throw userError('BAD_USER_INPUT', `${field} is ${n} characters long; at most ${limit} are allowed: ${fix}`, { field, limit });
}

/**
 * Search text is bounded in words and word length as well as in characters: each word
 * becomes clauses of a Lucene query, and no real name has words longer than that.
 */
export function checkSearchText(field: string, text: string): void {
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length > LIMITS.searchWords) {
    throw userError('BAD_USER_INPUT', `${field} has ${words.length} words; a search takes at most ${LIMITS.searchWords}: keep the few words that matter`, {
      field,
      limit: LIMITS.searchWords,
    });
  }
  const longest = words.reduce((a, w) => (length(w) > length(a) ? w : a), '');
  if (length(longest) > LIMITS.searchWord) {
    throw userError(
      'BAD_USER_INPUT',
      `${field} has a word of ${length(longest)} characters ('${shown(longest)}'); search words have at most ${LIMITS.searchWord}: search for a shorter part of it`,
      { field, limit: LIMITS.searchWord },
    );
  }
  checkLength(field, text, LIMITS.searchChars, 'keep the few words that matter');
}
