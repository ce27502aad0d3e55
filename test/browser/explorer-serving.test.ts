import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EXPLORER_DIR } from '../../src/server/explorer';
import { startTestApi, type TestApi } from '../helpers';

/**
 * The explorer is served by the service itself: its pages answer index.html, its hashed
 * assets are cached for good, and every other path behaves as before.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api?.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.server.url}${path}`, { headers, redirect: 'manual' });

test.each(['/', '/sok?q=SVO', '/organ/body-svo', '/arende/item-002-samverkansavtal-hemsjukvard', '/avtal?per=2024-09-01', '/omrade/area-05'])(
  '%s answers the explorer page, revalidated on each visit',
  async (path) => {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const body = await response.text();
    expect(body).toContain('<html lang="sv">');
    expect(body).toContain('<govgraph-app>');
    // No CDN: every script and stylesheet comes from this server.
    expect(body).not.toMatch(/(src|href)="(https?:)?\/\//);
  },
);

test('hashed assets are served with a year-long immutable cache', async () => {
  const index = readFileSync(join(EXPLORER_DIR, 'index.html'), 'utf8');
  const script = index.match(/src="(\/assets\/[^"]+\.js)"/)![1];
  const response = await get(script);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
});

test.each(['/nope', '/organ/body-svo/extra', '/assets/missing.js', '/sok/extra'])('%s still answers the JSON 404', async (path) => {
  const response = await get(path);
  expect(response.status).toBe(404);
  expect(await response.json()).toEqual({
    errors: [{ message: `nothing at GET ${path}: GraphQL is at /graphql, GraphiQL at /graphiql`, extensions: { code: 'NOT_FOUND' } }],
  });
});

test('/graphql, /graphiql and /health are untouched', async () => {
  expect((await get('/graphql', { accept: 'text/html' })).headers.get('location')).toBe('/graphiql');
  expect((await get('/graphiql')).status).toBe(200);
  expect(((await (await get('/health')).json()) as { status: string }).status).toBe('ok');
});
