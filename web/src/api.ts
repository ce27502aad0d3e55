/**
 * The explorer talks to the service only through the public GraphQL API (POST /graphql),
 * exactly as a portal would. `GOVGRAPH_API` on the page (an embed's host) may point elsewhere.
 */
export interface GraphQLError {
  message: string;
  extensions?: { code?: string };
}

export class ApiError extends Error {
  constructor(message: string, readonly code?: string) {
    super(message);
  }
}

function endpoint(): string {
  const configured = (globalThis as { GOVGRAPH_API?: string }).GOVGRAPH_API;
  return configured ?? '/graphql';
}

/** Runs one read operation; GraphQL errors become one ApiError with the first message. */
export async function query<T>(document: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query: document, variables }),
      signal,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError('Tjänsten svarar inte. Kontrollera nätverket och försök igen.');
  }
  let body: { data?: T; errors?: GraphQLError[] };
  try {
    body = await response.json();
  } catch {
    throw new ApiError(`Tjänsten svarade ${response.status} utan läsbart svar.`);
  }
  if (body.errors?.length) throw new ApiError(body.errors[0].message, body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError(`Tjänsten svarade ${response.status} utan data.`);
  return body.data;
}
