import unhomoglyph from 'unhomoglyph';
import unidecode from 'unidecode';
import schema from '../../seed/seed.schema.json';

const CYRILLIC_OR_GREEK = /[\p{Script=Cyrillic}\p{Script=Greek}]/gu;

/**
 * A Cyrillic or Greek letter as Latin: the Latin letter it looks like, by Unicode's
 * confusables table (unhomoglyph), when that is one ASCII letter of the same case (a PDF
 * conversion that put Cyrillic "а", "р", "Н" for Latin "a", "p", "H"); otherwise its
 * transliteration (unidecode: "л" is "l").
 */
function latin(letter: string): string {
  const like = unhomoglyph(letter);
  const sameCase = letter === letter.toLowerCase() ? like === like.toLowerCase() : like === like.toUpperCase();
  return /^[A-Za-z]$/.test(like) && sameCase ? like : unidecode(letter);
}

/**
 * Text as compared for matching, diacritics kept: Unicode NFKC (ligatures, full-width and
 * compatibility forms as their plain letters), Cyrillic and Greek letters as Latin (see
 * `latin`), lower case, runs of whitespace as one space, trimmed. Stored names keep their
 * source spelling; only derived properties hold this.
 */
export function normalise(text: string): string {
  return (
    text
      .normalize('NFKC')
      // NFKC writes a spacing accent ("´", "¨") as a space and a combining mark: the mark stays, the space must not split a word.
      .replace(/ (?=\p{M})/gu, '')
      .replace(CYRILLIC_OR_GREEK, latin)
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Normalised and without diacritics, for matching names as users type them ("ostergotland"). */
export function fold(text: string): string {
  return normalise(text)
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .normalize('NFC');
}

/** Words only: every run of characters that are neither letters nor digits as one space ("LGVO:s AU" is "lgvo s au"). */
export function nameKey(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const SEASONS: Record<string, [string, string]> = {
  spring: ['03-01', '05-31'],
  summer: ['06-01', '08-31'],
  autumn: ['09-01', '11-30'],
  // "vintern 2023" may mean its start or its end: the whole year is the honest bound.
  winter: ['01-01', '12-31'],
  H1: ['01-01', '06-30'],
  H2: ['07-01', '12-31'],
};

/** The precision of a partial date as written. */
export type DatePrecision = 'YEAR' | 'SEASON' | 'MONTH' | 'DAY' | 'DAY_WITHOUT_YEAR';

export function datePrecision(value: string): DatePrecision {
  if (/^\d{4}$/.test(value)) return 'YEAR';
  if (/^\d{4}-\d{2}$/.test(value)) return 'MONTH';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'DAY';
  if (/^--\d{2}-\d{2}$/.test(value)) return 'DAY_WITHOUT_YEAR';
  return 'SEASON';
}

/** The shapes of a partial date, as seed/seed.schema.json's definitions.partialDate writes them. */
const PARTIAL_DATE = new RegExp(schema.definitions.partialDate.pattern);

export const DATE_SHAPES = 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)';

/** Days in a month of the proleptic Gregorian calendar (2024-02 has 29, 2023-02 and 1900-02 have 28). */
export function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 ? (leap ? 29 : 28) : [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/**
 * Why `value` is not a partial date, or null when it is one. The shape alone lets
 * 2013-02-30 through, so a day must also exist in the calendar. Seed files (through the
 * schema's partial-date format) and API writes share this check.
 */
export function partialDateProblem(value: string): string | null {
  if (!PARTIAL_DATE.test(value)) return `must be a date as ${DATE_SHAPES}`;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (day) {
    const [year, month, date] = day.slice(1).map(Number);
    const days = daysInMonth(year, month);
    if (date > days) return `'${value}' is not a calendar day: ${day[1]}-${day[2]} has ${days} days`;
  }
  const yearless = /^--(\d{2})-(\d{2})$/.exec(value);
  // Without a year, 29 February may exist: only days no month ever has are refused.
  if (yearless && Number(yearless[2]) > daysInMonth(2024, Number(yearless[1])))
    return `'${value}' is not a day of the year: month ${yearless[1]} never has ${yearless[2]} days`;
  return null;
}

/**
 * The first and last day a partial date can mean, as YYYY-MM-DD strings (which compare
 * correctly as text): "2024" is 2024-01-01…2024-12-31, "2022-autumn" 2022-09-01…2022-11-30.
 */
export function dateBounds(value: string): { start: string | null; end: string | null } {
  const [year, rest] = [value.slice(0, 4), value.slice(5)];
  switch (datePrecision(value)) {
    case 'YEAR':
      return { start: `${year}-01-01`, end: `${year}-12-31` };
    case 'MONTH': {
      const last = new Date(Date.UTC(Number(year), Number(rest), 0)).getUTCDate();
      return { start: `${value}-01`, end: `${value}-${String(last).padStart(2, '0')}` };
    }
    case 'DAY':
      return { start: value, end: value };
    case 'DAY_WITHOUT_YEAR':
      // The source gives no year (an announced "den 6 oktober"): no first or last day is known.
      return { start: null, end: null };
    default: {
      const season = SEASONS[rest];
      if (!season) throw new Error(`'${value}' is not a partial date`);
      return { start: `${year}-${season[0]}`, end: `${year}-${season[1]}` };
    }
  }
}
