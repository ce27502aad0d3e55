/**
 * How much to generate. Every scale has the same structure per county; they differ in how
 * many counties, how many years of meetings and items, and how busy the bodies are.
 */
export interface Scale {
  name: string;
  /** SCB county codes to build, or 'all' for the 21 counties. */
  counties: readonly string[] | 'all';
  /** First and last year with meetings, items and steps. */
  years: readonly [number, number];
  /** Multiplies how many items each meeting starts. */
  density: number;
  /** What it is for, for --help. */
  description: string;
}

export const SCALES: Record<string, Scale> = {
  national: {
    name: 'national',
    counties: 'all',
    years: [2020, 2026],
    density: 0.87,
    description: 'all 21 counties and 290 municipalities, 2020–2026: about 1.03M nodes',
  },
  county: {
    name: 'county',
    counties: ['05'],
    years: [2020, 2026],
    density: 0.87,
    description: 'one county (Östergötland, 05) at national density: about 50,000 nodes',
  },
  tiny: {
    name: 'tiny',
    counties: ['09', '10'],
    years: [2025, 2026],
    density: 0.3,
    description: 'Gotland and Blekinge, 2025–2026, few items: a few thousand nodes, for tests',
  },
};

/** The day the generated graph is "as of": meetings after it are planned, steps never come after it. */
export const referenceDay = (scale: Scale): string => `${scale.years[1]}-11-30`;
