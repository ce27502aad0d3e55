import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { shown } from '../../shared/limits';
import { DATE_SHAPES, partialDateProblem } from '../../shared/text';

/**
 * Why `value` is not a partial date as the seed writes them, or null when it is one. The
 * rule is the seed's (src/shared/text.ts partialDateProblem: shape, then calendar day);
 * this only words it so that the value and the accepted forms are always named.
 */
export function partialDateMessage(value: unknown): string | null {
  if (typeof value !== 'string')
    return `must be a date as ${DATE_SHAPES}, written as a string (e.g. "2024-03"); ${shown(JSON.stringify(value) ?? String(value))} is not`;
  const problem = partialDateProblem(value);
  if (!problem) return null;
  // The calendar rule quotes the value already; the shape rule does not.
  return problem.includes(`'${value}'`) ? `${problem}; give a day that exists, or a date as ${DATE_SHAPES}` : `${problem}; '${shown(value)}' is not`;
}

/** A year may be given as a number (2024): the same date as "2024". */
function asText(value: unknown): unknown {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1000 && value <= 9999 ? String(value) : value;
}

/**
 * A value that is no partial date. Not a GraphQLError, so that graphql-js keeps it as the
 * originalError of the error it reports, and input-errors.ts can word the message with the field.
 */
export class PartialDateError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PartialDateError';
  }
}

function parse(value: unknown): string {
  const text = asText(value);
  const problem = partialDateMessage(text);
  if (problem) throw new PartialDateError(problem);
  return text as string;
}

/**
 * A date as precise as its source, as the typed writes take it: "2024", "2024-03",
 * "2024-03-05", "2024-autumn", "2024-H1". Named PartialDateText because the dates the API
 * returns are PartialDate objects; this is their `text`, as you write it back.
 */
export const PartialDateText = new GraphQLScalarType<string, string>({
  name: 'PartialDateText',
  description:
    `A date as precise as the source gives it: ${DATE_SHAPES} (e.g. "2024", "2024-03", "2024-03-05", "2022-autumn"). ` +
    'A day must exist in the calendar (2024-02-29, not 2023-02-29). Keep the precision the source gives; never invent a day. ' +
    'It is what a PartialDate read from the API has as `text`.',
  serialize: (value) => parse(value),
  parseValue: (value) => parse(value),
  parseLiteral: (ast) => {
    if (ast.kind === Kind.STRING) return parse(ast.value);
    if (ast.kind === Kind.INT) return parse(Number(ast.value));
    throw new GraphQLError(`a date must be a string as ${DATE_SHAPES}, e.g. "2024-03"`);
  },
});
