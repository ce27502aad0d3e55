import { GraphQLError, Lexer, Source, TokenKind, type GraphQLFormattedError } from 'graphql';

/**
 * The one code every request-size limit answers with; `extensions.limit` says which limit,
 * `max` its value and `found` what the request had. Stable: clients may rely on it.
 */
export const TOO_COMPLEX = 'QUERY_TOO_COMPLEX';

export type LimitName = 'depth' | 'aliases' | 'tokens' | 'directives' | 'selections' | 'cost';

/** What was found, and how to shape the request instead, for each limit. */
const WORDING: Record<LimitName, { found: (found: string, max: number, listSize?: number) => string; fix: string }> = {
  depth: {
    found: (f, max) => `it is nested ${f} levels deep; at most ${max} are allowed`,
    fix: 'split it into several requests, or use chainUp/chainDown for long reporting chains',
  },
  aliases: {
    found: (f, max) => `it uses ${f} aliases; at most ${max} are allowed`,
    fix: 'ask for a list once instead of one alias per item (nodes(ids:), a page of a list, or search with a larger first), or split it into several requests',
  },
  tokens: {
    found: (f, max) => `the document has ${f} tokens (names, punctuation, values); at most ${max} are allowed`,
    fix: 'leave out fields and fragments you do not use, pass values as variables, or split it into several requests',
  },
  directives: {
    found: (f, max) => `it uses ${f} directives; at most ${max} are allowed`,
    fix: 'choose fields with one @include/@skip on a fragment instead of one per field, or split it into several requests',
  },
  selections: {
    found: (f, max) => `it selects ${f} fields once its fragments are expanded; at most ${max} are allowed`,
    fix: 'spread each fragment where it is needed instead of fragments that spread other fragments several times',
  },
  cost: {
    found: (f, max, listSize) =>
      `its estimated cost is ${f}; at most ${max} is allowed (each field counts 1, times the size of every list above it: its first/last, the depth of chainUp/chainDown, or ${listSize ?? 'a fixed size'} for a list without first)`,
    fix: 'ask for smaller pages (first/last), a shallower depth, or fewer nested lists, or split it into several requests',
  },
};

/** A limit's refusal; Apollo re-codes validation errors, so formatError restores the code from this class. */
export class LimitError extends GraphQLError {
  /** `listSize`: what the cost estimate counts for a list without first (cost only). */
  constructor(limit: LimitName, max: number, found: number | undefined, listSize?: number) {
    const shown = found === undefined ? `more than ${max}` : Number.isSafeInteger(found) ? String(found) : `about ${found.toExponential(1)}`;
    super(`Query too complex: ${WORDING[limit].found(shown, max, listSize)} (limit '${limit}'). To fix: ${WORDING[limit].fix}.`, {
      extensions: { code: TOO_COMPLEX, limit, max, found: found !== undefined && Number.isFinite(found) ? found : null, http: { status: 400 } },
    });
  }
}

/** Lexical tokens in a document, as graphql-js counts them for maxTokens; undefined if it does not lex. */
function countTokens(body: string): number | undefined {
  try {
    const lexer = new Lexer(new Source(body));
    let n = 0;
    while (lexer.advance().kind !== TokenKind.EOF) n++;
    return n;
  } catch {
    return undefined;
  }
}

/** graphql-js's own words when parse({ maxTokens }) gives up ("more that N tokens", sic). */
const TOKENS_ABORTED = /^Syntax Error: Document contains more th[ae][nt] (\d+) tokens\. Parsing aborted\.$/;

/**
 * A limit's refusal as the client sees it, or undefined for any other error. Validation
 * rules' errors arrive re-coded GRAPHQL_VALIDATION_FAILED by Apollo and the token limit as
 * graphql-js's parse error; both are given the limit's code and wording back here.
 */
export function formatLimitError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  if (original instanceof LimitError) {
    const { http, ...extensions } = original.extensions;
    return { message: original.message, locations: formatted.locations, extensions };
  }
  const tokens = formatted.extensions?.code === 'GRAPHQL_PARSE_FAILED' ? TOKENS_ABORTED.exec(formatted.message) : null;
  if (tokens && error instanceof GraphQLError) {
    return formatLimitError(formatted, new LimitError('tokens', Number(tokens[1]), error.source && countTokens(error.source.body)));
  }
  return undefined;
}
