import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { daysInMonth } from './text';

/** Why `value` is not a calendar day as YYYY-MM-DD, or null when it is one. */
export function dayProblem(value: unknown): string | null {
  const shown = typeof value === 'string' ? `'${value.length > 40 ? `${value.slice(0, 40)}…` : value}'` : String(value);
  const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!match) return `${shown} is not a date; give a day as YYYY-MM-DD, e.g. 2024-02-29`;
  const [year, month, day] = match.slice(1).map(Number);
  if (month < 1 || month > 12) return `${shown} is not a date: there is no month ${match[2]}; give a day as YYYY-MM-DD, e.g. 2024-02-29`;
  const days = daysInMonth(year, month);
  if (day < 1 || day > days) return `${shown} is not a date: ${match[1]}-${match[2]} has days 01 to ${days}; give a day as YYYY-MM-DD, e.g. 2024-02-29`;
  return null;
}

function parseDay(value: unknown): string {
  const problem = dayProblem(value);
  if (problem) throw new GraphQLError(problem);
  return value as string;
}

/**
 * A calendar day, YYYY-MM-DD, as an argument (asOf, windows). Only days that exist pass:
 * 2024-02-29 does, 2023-02-29 and 2013-02-30 do not. Dates the graph returns are
 * PartialDate objects instead, because the sources are often less precise than a day.
 */
export const DateArg = new GraphQLScalarType<string, string>({
  name: 'LocalDate',
  description: 'A calendar day as YYYY-MM-DD, e.g. `2024-02-29`; only days that exist are accepted (not 2023-02-29 or 2013-02-30).',
  serialize: (value) => parseDay(value),
  parseValue: (value) => parseDay(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('a date must be a string as YYYY-MM-DD, e.g. "2024-02-29"');
    return parseDay(ast.value);
  },
});
