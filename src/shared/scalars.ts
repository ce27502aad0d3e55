import { LocalDateResolver } from 'graphql-scalars';

/**
 * A calendar day, YYYY-MM-DD, as an argument (asOf, windows). Dates the graph returns are
 * PartialDate objects instead, because the sources are often less precise than a day.
 */
export const DateArg = LocalDateResolver;
