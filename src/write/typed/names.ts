/**
 * How the typed write layer names what it generates, from the model's names: kinds are
 * already PascalCase ('Body', 'ChangeEvent'); relationship types are SCREAMING_SNAKE
 * (REPORTING_LINE → ReportingLine); seed field paths are camelCase ('decidedBy').
 */
export const pascal = (name: string): string =>
  /^[A-Z0-9_]+$/.test(name)
    ? name
        .toLowerCase()
        .split('_')
        .map((w) => w[0].toUpperCase() + w.slice(1))
        .join('')
    : name[0].toUpperCase() + name.slice(1);

export const camel = (name: string): string => {
  const p = pascal(name);
  return p[0].toLowerCase() + p.slice(1);
};

/** "a Body", "an Organisation": for descriptions and messages. */
export const a = (word: string): string => `${/^[AEIOU]/.test(word) ? 'an' : 'a'} ${word}`;

/** "a Body or an Organisation", "a Body, an Organisation, a Post or a Person". */
export function anyOf(kinds: readonly string[]): string {
  const each = kinds.map(a);
  return each.length < 2 ? each.join('') : `${each.slice(0, -1).join(', ')} or ${each[each.length - 1]}`;
}
