import { dateBounds, fold, nameKey, normalise } from './text';

/** Fields holding partial dates: stored as written plus the first and last day they may mean. */
export const DATE_FIELDS = new Set([
  'date',
  'validFrom',
  'validTo',
  'founded',
  'dissolved',
  'issuedOn',
  'due',
  'start',
  'initialEnd',
  'maxEnd',
  'terminated',
  'until',
  'decidedOn',
]);

/** Text a full-text search should find a node by. */
const SEARCH_FIELDS = ['name', 'title', 'altNames', 'description', 'summary', 'text', 'purpose', 'expectedResult', 'responsibleText'];

/** Adds `<field>Start`/`<field>End` (first and last possible day) beside each partial date. */
export function withDateBounds(fields: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...fields };
  for (const [field, value] of Object.entries(fields)) {
    if (DATE_FIELDS.has(field) && typeof value === 'string') {
      const bounds = dateBounds(value);
      out[`${field}Start`] = bounds.start;
      out[`${field}End`] = bounds.end;
    }
  }
  return out;
}

/**
 * The properties every entity derives from its own (seeded or written through the API):
 * sortName (folded name for sorting), matchText (folded name and alternative names for
 * case- and diacritic-insensitive filters), nameKeys and foldedNameKeys (the name and each
 * alternative name as words, normalised, with and without diacritics: search ranks exact
 * names first, filter.nameExact compares with them) and searchText (for the full-text index).
 */
export function withDerivedText(props: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...props };
  delete out.sortName;
  delete out.matchText;
  delete out.nameKeys;
  delete out.foldedNameKeys;
  return Object.assign(out, derivedText(props));
}

/** The exact-match keys of a name and its alternative names: each as its words, normalised ("LGVO:s AU" is "lgvo s au"), diacritics kept or `folded`. */
export function nameKeysOf(names: string[], folded = false): string[] {
  return [...new Set(names.map((n) => nameKey(folded ? fold(n) : normalise(n))))].filter((k) => k.length > 0);
}

/** The derived properties alone, without copying the entity (the generator writes a million). */
export function derivedText(props: Record<string, unknown>): {
  sortName?: string;
  matchText?: string;
  nameKeys?: string[];
  foldedNameKeys?: string[];
  searchText: string;
} {
  const label = (props.name ?? props.title) as string | undefined;
  const altNames = (props.altNames as string[] | undefined) ?? [];
  const searchText = SEARCH_FIELDS.flatMap((f) => ([] as unknown[]).concat(props[f] ?? [])).join(' \n ');
  if (!label) return { searchText };
  const names = [label, ...altNames];
  return { sortName: fold(label), matchText: fold(names.join(' | ')), nameKeys: nameKeysOf(names), foldedNameKeys: nameKeysOf(names, true), searchText };
}
