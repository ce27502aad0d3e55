import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError } from 'graphql';
import { BadInput } from '../shared/bad-input';
import { formatLimitError } from './limit-error';
import { formatInputError } from '../write/typed/input-errors';

/** Codes clients can rely on; anything else is reported as INTERNAL_SERVER_ERROR. */
const PUBLIC_CODES = new Set([
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'OPERATION_RESOLUTION_FAILURE',
  // A write's expectedVersion is stale: re-read the entity and resend with extensions.currentVersion.
  'CONFLICT',
  // A request over a size limit (extensions.limit, max, found), refused before it ran.
  'QUERY_TOO_COMPLEX',
  // A request that ran out of time (GOVGRAPH_REQUEST_TIMEOUT_MS): ask for less.
  'REQUEST_TIMEOUT',
  // The database cannot be reached now (HTTP 503, Retry-After, extensions.retryAfterS): retry later.
  'DATABASE_UNAVAILABLE',
]);

export function userError(
  code: 'BAD_USER_INPUT' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT',
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/**
 * Repositories and domain modules throw BadInput, not GraphQL errors (they know nothing of
 * the API); here it becomes the BAD_USER_INPUT error, with `field`, a resolver would throw.
 */
function formatBadInput(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError | undefined {
  const original = unwrapResolverError(error);
  if (!(original instanceof BadInput)) return undefined;
  return { ...formatted, message: original.message, extensions: { code: 'BAD_USER_INPUT', field: original.field, ...original.details } };
}

/**
 * Errors reach clients with a stable code and a message they can act on. Internal errors
 * (a driver failure, a bug) are logged in full here and reach the client without Cypher or
 * stack: only that something failed on our side.
 */
export function formatError(given: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const formatted = formatLimitError(given, error) ?? formatBadInput(given, error) ?? formatInputError(given, error) ?? given;
  const code = formatted.extensions?.code as string | undefined;
  if (code && PUBLIC_CODES.has(code)) {
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  console.error('internal error:', unwrapResolverError(error));
  return {
    message: 'Internal server error: the request could not be completed. It has been logged; try again later.',
    locations: formatted.locations,
    path: formatted.path,
    extensions: { code: 'INTERNAL_SERVER_ERROR' },
  };
}
