/**
 * The explorer talks to the service only through its public API, the named persisted
 * queries at /api/q (see queries.ts), exactly as a portal would. `GOVGRAPH_API` on the page
 * (an embed's host) may name the service's origin, e.g. "https://govgraph.example".
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

function endpoint(operation: string, variables: Record<string, unknown>): string {
  const origin = (globalThis as { GOVGRAPH_API?: string }).GOVGRAPH_API ?? '';
  const given = Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== undefined));
  const query = Object.keys(given).length ? `?variables=${encodeURIComponent(JSON.stringify(given))}` : '';
  return `${origin.replace(/\/$/, '')}/api/q/${operation}${query}`;
}

/** Runs one named read operation; GraphQL errors become one ApiError with the first message. */
export async function query<T>(operation: string, variables: Record<string, unknown> = {}, signal?: AbortSignal): Promise<T> {
  let response: Response;
  try {
    response = await fetch(endpoint(operation, variables), { headers: { accept: 'application/json' }, signal });
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
