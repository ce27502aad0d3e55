import { startTestApi, type TestApi } from './helpers';

/** A response's JSON body, untyped as tests read it. */
const jsonOf = async (response: Response | Promise<Response>): Promise<any> => (await response).json();

/** Persisted operations (GET /api/q/<name>) and HTTP caching of reads, on the real service. */
let api: TestApi;
const TOKEN = 'reader-token-for-cache-tests';

beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_TOKENS: `${TOKEN}:reader:cache-tester`, GOVGRAPH_RATE_READS: '100000' });
});
afterAll(() => api.close());

const url = (path: string) => `${api.server.url}${path}`;
const q = (name: string, variables: Record<string, unknown>) => url(`/api/q/${name}?variables=${encodeURIComponent(JSON.stringify(variables))}`);

describe('the catalogue', () => {
  test('GET /api/q lists every operation with what it answers and a working example URL', async () => {
    const { operations } = await jsonOf(fetch(url('/api/q')));
    const names = operations.map((o: { name: string }) => o.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'Search',
        'Body',
        'BodyMembers',
        'BodyMandates',
        'BodyWork',
        'Chain',
        'Item',
        'ItemSteps',
        'Agreements',
        'RemitOverlaps',
        'Area',
        'AgreementsRegister',
        'PopoloBody',
      ]),
    );
    for (const operation of operations) expect(operation.description.length).toBeGreaterThan(20);
  });

  test('every operation runs with its documented example and answers data without errors', async () => {
    const { operations } = await jsonOf(fetch(url('/api/q')));
    for (const operation of operations) {
      const response = await fetch(url(operation.example));
      const body = await jsonOf(response);
      expect({ name: operation.name, status: response.status, errors: body.errors }).toEqual({ name: operation.name, status: 200, errors: undefined });
    }
  });

  test('a persisted operation answers what POST /graphql answers for the same text', async () => {
    const response = await fetch(q('Chain', { id: 'body-lso-avvikelser', depth: 3 }));
    const { data } = await jsonOf(response);
    expect(data.body.chainUp.lines.map((l: any) => `${l.from.id} ${l.kind} ${l.to.id}`)).toEqual([
      'body-lso-avvikelser SUBORDINATE_TO body-oso',
      'body-oso PREPARES_FOR body-sso',
      'body-oso REPORTS_TO body-sso',
      'body-oso SUBORDINATE_TO body-sso',
    ]);
  });

  test('an unknown name is a JSON 404 listing the names', async () => {
    const response = await fetch(url('/api/q/NoSuchOperation'));
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const body = await jsonOf(response);
    expect(body.errors[0].extensions.code).toBe('NOT_FOUND');
    expect(body.errors[0].extensions.names).toEqual(expect.arrayContaining(['Body', 'Chain', 'Search']));
  });

  test.each([
    ['not JSON', '/api/q/Body?variables=%7Bid', 'variables'],
    ['a JSON array', '/api/q/Body?variables=%5B1%5D', 'variables'],
    ['an unknown parameter', '/api/q/Body?id=body-svo', 'id'],
  ])('variables that are %s: 400 BAD_USER_INPUT naming the field', async (_what, path, field) => {
    const response = await fetch(url(path));
    expect(response.status).toBe(400);
    const body = await jsonOf(response);
    expect(body.errors[0].extensions).toEqual({ code: 'BAD_USER_INPUT', field });
  });

  test('a variable of the wrong type or a missing one: 400 BAD_USER_INPUT from GraphQL, not cached', async () => {
    for (const variables of [{}, { id: 'body-svo', asOf: '2024-02-30' }]) {
      const response = await fetch(q('Body', variables));
      expect(response.status).toBe(400);
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect((await jsonOf(response)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('HTTP caching of reads', () => {
  test('a persisted read is public for GOVGRAPH_CACHE_MAX_AGE_S (300) with a strong ETag; a repeated GET with If-None-Match is a 304', async () => {
    const target = q('Body', { id: 'body-svo' });
    const first = await fetch(target);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('max-age=300, public');
    const etag = first.headers.get('etag');
    expect(etag).toMatch(/^"[^"]+"$/); // strong: no W/ prefix
    const again = await fetch(target, { headers: { 'If-None-Match': etag! } });
    expect(again.status).toBe(304);
    expect(again.headers.get('etag')).toBe(etag);
    expect(await again.text()).toBe('');
  });

  test('a cross-origin reader can read the ETag (Access-Control-Expose-Headers)', async () => {
    const response = await fetch(q('Body', { id: 'body-svo' }), { headers: { Origin: 'https://portal.example.se' } });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-expose-headers')?.split(',')).toContain('ETag');
  });

  test('a request with an Authorization token is never cached', async () => {
    const persisted = await fetch(q('Body', { id: 'body-svo' }), { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(persisted.status).toBe(200);
    expect(persisted.headers.get('cache-control')).toBe('private, no-store');
    const posted = await api.gql('{ body(id: "body-svo") { name } }', {}, { Authorization: `Bearer ${TOKEN}` });
    expect(posted.data.body.name).toBe('Samråd vård och omsorg');
    const viaGet = await fetch(url(`/graphql?query=${encodeURIComponent('{ body(id: "body-svo") { name } }')}`), {
      headers: { Authorization: `Bearer ${TOKEN}`, accept: 'application/json' },
    });
    expect(viaGet.headers.get('cache-control')).toBe('private, no-store');
  });

  test('a plain GET /graphql read is now cacheable and revalidates with 304', async () => {
    const target = url(`/graphql?query=${encodeURIComponent('{ organisation(code: "0580") { name } }')}`);
    const first = await fetch(target, { headers: { accept: 'application/json' } });
    expect(await jsonOf(first)).toEqual({ data: { organisation: { name: 'Linköpings kommun' } } });
    expect(first.headers.get('cache-control')).toBe('max-age=300, public');
    const again = await fetch(target, { headers: { accept: 'application/json', 'If-None-Match': first.headers.get('etag')! } });
    expect(again.status).toBe(304);
  });

  test('mutations and answers with errors are private, no-store', async () => {
    const mutation = await fetch(url('/graphql'), {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query:
          'mutation { retireEntity(input: { id: "body-svo", on: "2024-01-01", reason: "test", source: { sourceId: "src-000", locator: "x" } }) { audit { id } } }',
      }),
    });
    expect((await jsonOf(mutation)).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(mutation.headers.get('cache-control')).toBe('private, no-store');
    const failing = await fetch(url(`/graphql?query=${encodeURIComponent('{ body(id: "body-svo") { nonsense } }')}`), {
      headers: { accept: 'application/json' },
    });
    expect(failing.status).toBe(400);
    expect(failing.headers.get('cache-control')).toBe('private, no-store');
  });

  test('answers are compressed when the client accepts gzip or br', async () => {
    for (const encoding of ['gzip', 'br']) {
      const response = await fetch(q('Body', { id: 'body-svo' }), { headers: { 'Accept-Encoding': encoding } });
      expect(response.headers.get('content-encoding')).toBe(encoding);
      expect(response.headers.get('vary')).toContain('Accept-Encoding');
      expect((await jsonOf(response)).data.body.name).toBe('Samråd vård och omsorg'); // fetch decompresses
    }
  });

  test('persisted operations count against the same rate limit as /graphql', async () => {
    const limited = await startTestApi({ GOVGRAPH_RATE_READS: '3' });
    try {
      const statuses: number[] = [];
      statuses.push(
        (
          await fetch(`${limited.server.url}/graphql?query=${encodeURIComponent('{ sources(first: 1) { totalCount } }')}`, {
            headers: { accept: 'application/json' },
          })
        ).status,
      );
      for (let i = 0; i < 3; i++) statuses.push((await fetch(`${limited.server.url}/api/q/Sources`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await limited.close();
    }
  });
});
