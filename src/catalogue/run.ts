import { HeaderMap, type ApolloServer } from '@apollo/server';
import type { Request } from 'express';
import type { GraphQLFormattedError } from 'graphql';
import type { Context } from '../server/context';
import { NO_STORE } from '../server/caching';
import type { Operation } from './catalogue';

/** One operation's answer, as Apollo gave it over HTTP. */
export interface OperationResult {
  status: number;
  /** Apollo's Cache-Control for it (public and max-age for a clean read, else no-store). */
  cacheControl: string;
  /** The JSON text as /graphql would send it. */
  body: string;
  data?: any;
  errors?: GraphQLFormattedError[];
}

/** Runs a catalogue operation by name for a request. */
export type Runner = (req: Request, operation: Operation, variables: Record<string, unknown>) => Promise<OperationResult>;

/**
 * Runs operations through Apollo's own HTTP pipeline (executeHTTPGraphQLRequest, what the
 * /graphql middleware calls), so they meet exactly what a client's POST would: parse and
 * token limits, validation, depth/alias/cost limits, the request's deadline, variable
 * checks, error formatting and the cache-control plugin. The caller's headers go along, so
 * a token makes the answer private just as on /graphql.
 */
export function operationRunner(apollo: ApolloServer<Context>, contextFor: (req: Request) => Context): Runner {
  return async (req, operation, variables) => {
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined && key !== 'content-length') headers.set(key, Array.isArray(value) ? value.join(', ') : value);
    }
    headers.set('content-type', 'application/json');
    const response = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: { query: operation.document, operationName: operation.name, variables } },
      context: async () => contextFor(req),
    });
    let body = '';
    if (response.body.kind === 'complete') body = response.body.string;
    else for await (const chunk of response.body.asyncIterator) body += chunk;
    const parsed = JSON.parse(body) as { data?: unknown; errors?: GraphQLFormattedError[] };
    return {
      status: response.status ?? 200,
      cacheControl: response.headers.get('cache-control') ?? NO_STORE,
      body,
      data: parsed.data,
      errors: parsed.errors,
    };
  };
}
