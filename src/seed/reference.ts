import { readFileSync } from 'node:fs';
import type { SeedFile } from './files';

/**
 * SCB's municipality and county codes as a seed file of areas: Sweden, its 21 counties and
 * 290 municipalities, nested. The CSV is copied verbatim from SCB's code list into
 * seed/reference/ so the repository (and its Docker image) is self-contained.
 */
export const REFERENCE_SOURCE_ID = 'scb-kommun-och-lanskoder';

export function referenceSeed(csvPath: string): SeedFile {
  const lines = readFileSync(csvPath, 'utf8').trim().split(/\r?\n/);
  const header = lines[0];
  if (header !== 'municipality_code,municipality_name,county_code,county_name') {
    throw new Error(`${csvPath}:1: unexpected header '${header}'; expected SCB's four columns`);
  }
  const counties = new Map<string, any>();
  const municipalities: any[] = [];
  lines.slice(1).forEach((line, i) => {
    const [code, name, countyCode, countyName] = line.split(',');
    const locator = `${csvPath.split('/').pop()} row ${i + 2}`;
    if (!/^\d{4}$/.test(code) || !/^\d{2}$/.test(countyCode) || !code.startsWith(countyCode)) {
      throw new Error(`${csvPath}:${i + 2}: codes '${code}'/'${countyCode}' are not a municipality code within its county code`);
    }
    if (!counties.has(countyCode)) {
      counties.set(countyCode, { id: `area-${countyCode}`, code: countyCode, name: countyName, level: 'COUNTY', partOf: 'area-se', locator });
    }
    municipalities.push({ id: `area-${code}`, code, name, level: 'MUNICIPALITY', partOf: `area-${countyCode}`, locator });
  });
  const data = {
    source: {
      id: REFERENCE_SOURCE_ID,
      file: 'seed/reference/scb-municipalities.csv',
      title: 'SCB, kommun- och länskoder',
      publisher: ['Statistiska centralbyrån (SCB)'],
    },
    areas: [
      { id: 'area-se', name: 'Sverige', level: 'COUNTRY', locator: 'SCB, kommun- och länskoder: the country all codes belong to' },
      ...counties.values(),
      ...municipalities,
    ],
  };
  return { path: csvPath, data, lineOf: (path) => (path[0] === 'areas' && typeof path[1] === 'number' ? Math.max(1, (path[1] as number) - counties.size) : 1) };
}
