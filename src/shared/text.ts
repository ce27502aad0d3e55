/** Lower case without diacritics, for matching names as users type them ("ostergotland"). */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
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
export type DatePrecision = 'YEAR' | 'SEASON' | 'MONTH' | 'DAY';

export function datePrecision(value: string): DatePrecision {
  if (/^\d{4}$/.test(value)) return 'YEAR';
  if (/^\d{4}-\d{2}$/.test(value)) return 'MONTH';
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return 'DAY';
  return 'SEASON';
}

/**
 * The first and last day a partial date can mean, as YYYY-MM-DD strings (which compare
 * correctly as text): "2024" is 2024-01-01…2024-12-31, "2022-autumn" 2022-09-01…2022-11-30.
 */
export function dateBounds(value: string): { start: string; end: string } {
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
    default: {
      const season = SEASONS[rest];
      if (!season) throw new Error(`'${value}' is not a partial date`);
      return { start: `${year}-${season[0]}`, end: `${year}-${season[1]}` };
    }
  }
}
