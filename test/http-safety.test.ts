import { request } from 'node:http';
import { startTestApi, type TestApi } from './helpers';

/** A raw POST, so the body and headers can be anything a careless or hostile client sends. */
function post(
  url: string,
  body: Buffer | string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Record<string, unknown>; text: string }> {
  return new Promise((resolvePost, reject) => {
    const req = request(`${url}/graphql`, { method: 'POST', headers: { 'content-length': String(Buffer.byteLength(body)), ...headers } }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolvePost({ status: res.statusCode!, headers: res.headers, text: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

/** Nothing that would tell an attacker where the code lives or how it is built. */
function expectNoLeak(text: string): void {
  expect(text).not.toMatch(/<html|<pre>|\bat \w+ \(|node_modules|\/work\/|\/src\/|\.ts:\d|\.js:\d|MATCH|Neo4jError/i);
}

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('errors outside GraphQL are JSON with a stable code, and leak nothing', () => {
  test('a malformed JSON body: 400 BAD_REQUEST saying what to send', async () => {
    const res = await post(api.server.url, '{"query": "{ __typename }"', { 'content-type': 'application/json' });
    expect(res.status).toBe(400);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    expect(JSON.parse(res.text)).toEqual({ errors: [{ message: expect.stringContaining('not valid JSON'), extensions: { code: 'BAD_REQUEST' } }] });
    expectNoLeak(res.text);
  });

  test('a body over 1 MB: 413 PAYLOAD_TOO_LARGE', async () => {
    const res = await post(api.server.url, JSON.stringify({ query: `{ __typename } # ${'x'.repeat(1_100_000)}` }), { 'content-type': 'application/json' });
    expect(res.status).toBe(413);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expectNoLeak(res.text);
  });

  test('a charset other than UTF-8: 415 UNSUPPORTED_MEDIA_TYPE', async () => {
    const res = await post(api.server.url, '{"query":"{ __typename }"}', { 'content-type': 'application/json; charset=ebcdic' });
    expect(res.status).toBe(415);
    expect(JSON.parse(res.text).errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expectNoLeak(res.text);
  });

  test('an unknown path: 404 NOT_FOUND in JSON, naming where GraphQL is', async () => {
    const res = await fetch(`${api.server.url}/wp-admin/setup.php`);
    expect(res.status).toBe(404);
    expect(await res.json()).toEqual({
      errors: [{ message: 'nothing at GET /wp-admin/setup.php: GraphQL is at /graphql, GraphiQL at /graphiql', extensions: { code: 'NOT_FOUND' } }],
    });
  });

  test('no X-Powered-By on any response', async () => {
    for (const path of ['/graphql?query=%7B__typename%7D', '/health', '/nowhere', '/graphiql']) {
      const res = await fetch(`${api.server.url}${path}`);
      expect(res.headers.get('x-powered-by')).toBeNull();
    }
  });
});

describe('introspection and field suggestions are configurable', () => {
  test('on by default: introspection answers', async () => {
    expect((await api.data('{ __schema { queryType { name } } }')).__schema.queryType.name).toBe('Query');
  });

  test('GOVGRAPH_INTROSPECTION=false refuses introspection but serves queries', async () => {
    const closed = await startTestApi({ GOVGRAPH_INTROSPECTION: 'false' });
    try {
      const { errors } = await closed.gql('{ __schema { queryType { name } } }');
      expect(errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
      expect((await closed.data('{ area(code: "0580") { name } }')).area.name).toBe('Linköping');
    } finally {
      await closed.close();
    }
  });
});

describe('abuse is throttled per client', () => {
  let strict: TestApi;
  beforeAll(async () => {
    strict = await startTestApi({ GOVGRAPH_RATE_AUTH_FAILURES: '3', GOVGRAPH_RATE_WINDOW_S: '60', GOVGRAPH_TOKENS: 'correct-horse-battery:editor:tester' });
  });
  afterAll(() => strict.close());

  const send = (api: TestApi, query: string, token?: string) =>
    fetch(`${api.server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query }),
    });

  test('wrong tokens: after 3 the client gets 429 with Retry-After, and then even the right token is refused', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) statuses.push((await send(strict, '{ __typename }', `guess-number-${i}`)).status);
    // A wrong token on a read is not an error by itself (reads need none); the fourth is over the limit.
    expect(statuses).toEqual([200, 200, 200, 429]);
    const blocked = await send(strict, '{ __typename }', 'correct-horse-battery');
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const body = (await blocked.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('RATE_LIMITED');
    expect(body.errors[0].message).toMatch(/^too many requests with a wrong token from this client: at most 3 per 60 s; wait \d+ s/);
  });

  test('many simultaneous requests with the right token are never counted as wrong ones', async () => {
    const busy = await startTestApi({ GOVGRAPH_RATE_AUTH_FAILURES: '3', GOVGRAPH_TOKENS: 'correct-horse-battery:editor:tester' });
    try {
      const statuses = await Promise.all(Array.from({ length: 50 }, () => send(busy, '{ __typename }', 'correct-horse-battery').then((r) => r.status)));
      expect(statuses.filter((s) => s !== 200)).toEqual([]);
    } finally {
      await busy.close();
    }
  });

  test('reads: the sixth request in the window gets 429 RATE_LIMITED with Retry-After, as JSON', async () => {
    const reads = await startTestApi({ GOVGRAPH_RATE_READS: '5' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await send(reads, '{ __typename }')).status);
      expect(statuses).toEqual([200, 200, 200, 200, 200]);
      const refused = await send(reads, '{ __typename }');
      expect(refused.status).toBe(429);
      expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
      expect(((await refused.json()) as any).errors[0].message).toMatch(/^too many requests from this client: at most 5 per 60 s/);
    } finally {
      await reads.close();
    }
  });

  test('mutations have their own, stricter limit', async () => {
    const writes = await startTestApi({ GOVGRAPH_RATE_WRITES: '2', GOVGRAPH_TOKENS: 'correct-horse-battery:editor:tester' });
    try {
      const mutation =
        'mutation { retireEntity(input: { id: "no-such-entity", on: "2024-01-01", reason: "test", source: { sourceId: "src-000", locator: "test" } }) { entity { id } } }';
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await send(writes, mutation, 'correct-horse-battery')).status);
      expect(statuses).toEqual([200, 200, 429]);
      // Reads still pass: the write limit counts mutations only.
      expect((await send(writes, '{ __typename }')).status).toBe(200);
    } finally {
      await writes.close();
    }
  });
});
