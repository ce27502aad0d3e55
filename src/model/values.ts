/**
 * The shared value definitions: every id, name, text, locator, web address and partial date
 * in seed files and API writes is one of these, with one length limit each (far above the
 * longest real value in seed/*.yaml: ids 60, names 193, locators 417, texts 1011).
 * seed/seed.schema.json lists them under `definitions`; src/shared/limits.ts reads them there.
 */
export const DEFINITIONS = {
  id: {
    type: 'string',
    pattern: '^[a-z0-9][a-z0-9-]*$',
    maxLength: 100,
    description: 'Stable id, lowercase ascii, digits and hyphens; at most 100 characters',
  },
  partialDate: {
    type: 'string',
    pattern: '^(\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?|-(spring|summer|autumn|winter|H1|H2))?|--(0[1-9]|1[0-2])-(0[1-9]|[12]\\d|3[01]))$',
    format: 'partial-date',
    description:
      'Partial date: YYYY, YYYY-MM, YYYY-MM-DD, or YYYY-spring|summer|autumn|winter|H1|H2; --MM-DD for a day and month whose year the source does not write ("den 6 oktober" is --10-06). A day must exist in the calendar (2024-02-29, not 2023-02-29). Keep the precision the source gives; never invent a day or a year.',
  },
  name: { type: 'string', minLength: 1, maxLength: 300, description: 'A name, title or other short label; at most 300 characters' },
  text: { type: 'string', minLength: 1, maxLength: 5000, description: 'Free text (a description, a quoted passage, a note); at most 5000 characters' },
  locator: {
    type: 'string',
    minLength: 3,
    maxLength: 1000,
    description: 'Where in the source the fact is written: heading, table and row, or a quoted phrase; at most 1000 characters',
  },
  url: { type: 'string', minLength: 1, maxLength: 2000, description: 'A web address; at most 2000 characters' },
} as const;

/** The value types that are written as one of the shared definitions. */
export const DEFINED = ['id', 'name', 'text', 'locator', 'url', 'partialDate'] as const;
