/**
 * The explorer talks to the service only through its public API, the named persisted
 * queries at /api/q (see queries.ts), exactly as a portal would. `GOVGRAPH_API` on the page
 * (an embed's host) may name the service's origin, e.g. "https://govgraph.example".
 */
export interface GraphQLError {
  message: string;
  extensions?: { code?: string; field?: string; value?: string; expected?: string };
}

/**
 * The common BAD_USER_INPUT answers in Swedish, from the fields the API gives beside its
 * English message: an id in a filter that names nothing (src/server/id-arguments.ts). Any
 * other error keeps the API's own words.
 */
export function swedishMessage(error: GraphQLError): string {
  const { code, field, value, expected } = error.extensions ?? {};
  if (code !== 'BAD_USER_INPUT' || !field || value === undefined || !expected) return error.message;
  if (expected === `area-${value}`) return `${field}: "${value}" är en SCB-kod, inte ett id. Använd områdets id: "${expected}".`;
  return `${field}: "${value}" är inget id för det som efterfrågas. Ange ett befintligt id, t.ex. "${expected}".`;
}

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message);
  }
}

/**
 * Where the service is, seen from the page, decided once when this module first runs (before
 * any view is defined, whichever chunk the bundler puts it in). This module is always served
 * by the service, as part of the explorer or of the embeds under /assets, so its own URL
 * names the service. On the service's own pages (the explorer, /embed/…) every address
 * stays relative. On a portal of another origin the API is read from the service, links
 * open the full explorer there, and views leave the portal's title alone. The portal may
 * read the API elsewhere (a proxy) with `data-api` on the embed script's tag or a global
 * `GOVGRAPH_API`.
 */
const own = new URL(import.meta.url).origin;
const embedded = own !== location.origin;
const embedTag = [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find(
  (s) => /\/embed\.js(?:[?#]|$)/.test(s.src) && new URL(s.src).origin === own,
);
export const service: { api?: string; explorer: string; ownsTitle: boolean } = {
  api: embedTag?.dataset.api || undefined,
  explorer: embedded ? own : '',
  ownsTitle: !embedded,
};

/** A path of the explorer (`/organ/body-svo`) as a link that works on the page it is shown on. */
export const explorerUrl = (path: string): string => service.explorer + path;

function endpoint(operation: string, variables: Record<string, unknown>): string {
  const origin = service.api ?? (globalThis as { GOVGRAPH_API?: string }).GOVGRAPH_API ?? service.explorer;
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
  if (body.errors?.length) throw new ApiError(swedishMessage(body.errors[0]), body.errors[0].extensions?.code);
  if (!body.data) throw new ApiError(`Tjänsten svarade ${response.status} utan data.`);
  return body.data;
}
