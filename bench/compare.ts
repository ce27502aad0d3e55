/**
 * Whether two implementations answered the same question. The raw floor returns govgraph's
 * shape, so its answer must be equal once lists are taken as sets (`sameAnswer`); and
 * whether it is equal as it stands, order included (`sameOrder`). @neo4j/graphql answers
 * in its own shape (lists for single relationships, edges, union fragments), so there the
 * facts are compared: every non-null value in the answer, as a multiset (`facts`).
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Scores are floats computed by Lucene: equal to 6 significant digits is equal. */
const number = (n: number): string => (Number.isInteger(n) ? String(n) : n.toPrecision(6));

/** Keys sorted, numbers rounded; lists also sorted when `unordered`. */
function canonical(value: Json, unordered: boolean): Json {
  if (Array.isArray(value)) {
    const items = value.map((v) => canonical(v, unordered));
    return unordered ? items.sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b))) : items;
  }
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical(value[k], unordered)]),
    );
  }
  return typeof value === 'number' ? number(value) : value;
}

export const sameAnswer = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a as Json, true)) === JSON.stringify(canonical(b as Json, true));
export const sameOrder = (a: unknown, b: unknown): boolean => JSON.stringify(canonical(a as Json, false)) === JSON.stringify(canonical(b as Json, false));

/** Every non-null scalar in the answer, sorted; values under a key in `ignore` left out. */
export function facts(value: unknown, ignore: string[] = []): string[] {
  const out: string[] = [];
  const walk = (v: Json) => {
    if (v === null) return;
    if (Array.isArray(v)) return v.forEach(walk);
    if (typeof v === 'object') {
      for (const [k, child] of Object.entries(v)) if (!ignore.includes(k)) walk(child);
      return;
    }
    out.push(typeof v === 'number' ? number(v) : String(v));
  };
  walk(value as Json);
  return out.sort();
}

/** The first values one multiset has and the other lacks, for a message. */
export function factDifference(a: string[], b: string[]): { onlyFirst: string[]; onlySecond: string[] } {
  const count = new Map<string, number>();
  a.forEach((f) => count.set(f, (count.get(f) ?? 0) + 1));
  b.forEach((f) => count.set(f, (count.get(f) ?? 0) - 1));
  const onlyFirst = [...count].filter(([, n]) => n > 0).map(([f]) => f);
  const onlySecond = [...count].filter(([, n]) => n < 0).map(([f]) => f);
  return { onlyFirst: onlyFirst.slice(0, 5), onlySecond: onlySecond.slice(0, 5) };
}
