import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../src/config';
import { startTestApi, type TestApi } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.server.url}${path}`, { headers, redirect: 'manual' });

describe('read queries over GET, for caching portals', () => {
  test('GET /graphql?query=… answers without any special header', async () => {
    const response = await get(`/graphql?query=${encodeURIComponent('{ area(code: "0580") { id name } }')}`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { area: { id: 'area-0580', name: 'Linköping' } } });
  });

  test('a mutation over GET is refused with 405 and Allow: POST, before anything runs', async () => {
    const response = await get(`/graphql?query=${encodeURIComponent('mutation { __typename }')}`);
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('POST');
    expect(((await response.json()) as { errors: unknown[] }).errors).toEqual([
      { message: 'GET requests only support query operations, not mutation operations', extensions: { code: 'BAD_REQUEST' } },
    ]);
  });

  test('a browser opening /graphql without a query is sent to /graphiql', async () => {
    const response = await get('/graphql', { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/graphiql');
  });
});

describe('CORS', () => {
  test('by default any origin may read, without credentials', async () => {
    const response = await get(`/graphql?query=${encodeURIComponent('{ __typename }')}`, { origin: 'https://portal.example' });
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  test('a preflight for POST with a bearer token is allowed for any origin, without credentials', async () => {
    const response = await fetch(`${api.server.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://portal.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
  });

  describe('with CORS_ORIGIN="https://a.example,https://b.example"', () => {
    let listed: TestApi;
    beforeAll(async () => {
      listed = await startTestApi({ CORS_ORIGIN: 'https://a.example,https://b.example' });
    });
    afterAll(() => listed.close());

    const from = (origin: string) => fetch(`${listed.server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, { headers: { origin } });

    test.each(['https://a.example', 'https://b.example'])('%s is allowed by name, without credentials', async (origin) => {
      const response = await from(origin);
      expect(response.headers.get('access-control-allow-origin')).toBe(origin);
      expect(response.headers.get('access-control-allow-credentials')).toBeNull();
      expect(response.headers.get('vary')).toContain('Origin');
    });

    test('any other origin gets no Access-Control-Allow-Origin', async () => {
      const response = await from('https://c.example');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });
  });
});

describe('GraphiQL at /graphiql, with no internet', () => {
  let html: string;
  beforeAll(async () => {
    const response = await get('/graphiql');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    html = await response.text();
  });

  const references = () => [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((m) => m[1]);

  test('the page loads no script or style from another host', () => {
    expect(references().length).toBeGreaterThanOrEqual(4);
    expect(references().filter((url) => /^(https?:)?\/\//i.test(url))).toEqual([]);
  });

  test('every asset the page references is served with 200', async () => {
    const assets = references().filter((url) => url.startsWith('/'));
    const statuses = await Promise.all(assets.map(async (url) => [url, (await get(url)).status]));
    expect(statuses).toEqual(assets.map((url) => [url, 200]));
  });

  test('the page opens each example of public/examples as a tab, and each is served', async () => {
    const listed = [...html.match(/const EXAMPLES = \[([^\]]*)\]/)![1].matchAll(/'([^']+)'/g)].map((m) => m[1]);
    const files = readdirSync(join(ROOT, 'public', 'examples'))
      .filter((f) => f.endsWith('.graphql'))
      .map((f) => f.replace(/\.graphql$/, ''));
    expect([...listed].sort()).toEqual(files.sort());
    const statuses = await Promise.all(listed.map(async (name) => (await get(`/graphiql/examples/${name}.graphql`)).status));
    expect(statuses).toEqual(listed.map(() => 200));
  });
});
