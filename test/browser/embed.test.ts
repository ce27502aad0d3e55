import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../helpers';
import { axe, launchBrowser, screenshot, serious, type TestBrowser, SETTLED } from './browser';

/**
 * The embeds as a portal uses them: a page on another origin (a second plain HTTP server on
 * another port) includes /embed.js and the elements, or frames the /embed/ pages, and
 * Chromium shows real data from the test graph. Screenshots land in .data/screenshots.
 */
let api: TestApi;
let chromium: TestBrowser;
let portal: Server;
let portalUrl: string;
const WAIT = { timeout: 60_000 };

/** The portal's pages: what a web editor writes, three lines per view. */
const pages: Record<string, (service: string) => string> = {
  '/kedja.html': (s) =>
    portalPage(
      'SVO:s rapporteringskedja',
      `
    <script src="${s}/embed.js"></script>
    <govgraph-chain body="body-svo" depth="2"></govgraph-chain>`,
    ),
  // The same views from a module script tag, with the host's colours and parts.
  '/vyer.html': (s) =>
    portalPage(
      'Vård och omsorg i länet',
      `
    <style>
      govgraph-item.themed { --govgraph-accent: rgb(128, 0, 96); }
      govgraph-agreements::part(table) { border: 3px solid rgb(0, 110, 60); }
    </style>
    <script type="module" src="${s}/embed.js"></script>
    <h2>Hemsjukvårdsavtalet</h2>
    <govgraph-item class="themed" item="item-002-samverkansavtal-hemsjukvard" as-of="2024-09-01"></govgraph-item>
    <h2>Avtal i Östergötland</h2>
    <govgraph-agreements area="area-05" as-of="2024-09-01" notice-to="2025-06-30"></govgraph-agreements>
    <h2>Ett annat ärende, i portalens standardfärger</h2>
    <govgraph-item item="item-001-godkannande-arbetsplan" as-of="2024-09-01"></govgraph-item>`,
    ),
  // data-api: the API read through another address (another origin) of the same service.
  '/omrade.html': (s) =>
    portalPage(
      'Östergötland',
      `
    <script src="${s}/embed.js" data-api="${otherAddress(s)}"></script>
    <govgraph-area area="area-05"></govgraph-area>`,
    ),
  '/ramar.html': (s) =>
    portalPage(
      'Inbäddat med iframe',
      `
    <iframe title="SVO:s rapporteringskedja" src="${s}/embed/chain/body-svo" style="width:100%;height:500px;border:1px solid #ccc"></iframe>
    <iframe title="Nytt samverkansavtal hemsjukvård" src="${s}/embed/item/item-002-samverkansavtal-hemsjukvard?per=2024-09-01" style="width:100%;height:500px;border:1px solid #ccc"></iframe>
    <iframe title="Avtal i Östergötland" src="${s}/embed/agreements?area=area-05&per=2024-09-01&notice-to=2025-06-30" style="width:100%;height:500px;border:1px solid #ccc"></iframe>`,
    ),
};

/** The service under its other loopback name: the same server, another origin. */
const otherAddress = (url: string): string => (url.includes('localhost') ? url.replace('localhost', '127.0.0.1') : url.replace('127.0.0.1', 'localhost'));

function portalPage(title: string, body: string): string {
  return `<!doctype html><html lang="sv"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title} – Kommunportalen</title><link rel="icon" href="data:,">
<style>body { font-family: Georgia, serif; margin: 0; } header { background: #2d4a22; color: #fff; padding: 0.8em 1rem; } main { padding: 0 1rem; max-width: 70rem; }</style></head>
<body><header>Kommunportalen</header><main><h1>${title}</h1>${body}</main></body></html>`;
}

beforeAll(async () => {
  [api, chromium] = await Promise.all([startTestApi(), launchBrowser()]);
  portal = createServer((req, res) => {
    const render = pages[new URL(req.url ?? '/', 'http://x').pathname] as ((service: string) => string) | undefined;
    res.writeHead(render ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(render ? render(api.server.url) : 'not found');
  });
  await new Promise<void>((resolve) => portal.listen(0, '127.0.0.1', resolve));
  portalUrl = `http://127.0.0.1:${(portal.address() as AddressInfo).port}`;
  // Warm the freshly started database's plans, one operation at a time, so the first page's
  // burst of parallel reads does not meet a cold (and, on a busy machine, slow) planner.
  // What they answer is not checked here: the tests below check what the pages show.
  const warm: [string, Record<string, unknown>][] = [
    ['Sources', {}],
    ['Counties', {}],
    ['Chain', { id: 'body-svo', depth: 2 }],
    ['Area', { id: 'area-05' }],
    ['Agreements', { asOf: '2024-09-01', filter: { area: 'area-05' }, noticeWindowMonths: 6 }],
    ['AgreementDetail', { id: 'doc-000-ok-barn-unga' }],
    ...['Item', 'ItemDocuments', 'ItemSteps', 'ItemStepDocuments', 'Body', 'BodyMandates', 'BodyMembers', 'BodyWork'].map(
      (name): [string, Record<string, unknown>] => [
        name,
        { id: name.startsWith('Item') ? 'item-002-samverkansavtal-hemsjukvard' : 'body-svo', asOf: '2024-09-01' },
      ],
    ),
  ];
  for (const [name, variables] of warm) {
    const given = Object.fromEntries(Object.entries(variables).filter(([k]) => k !== 'asOf' || !/Steps|StepDocuments/.test(name)));
    await fetch(`${api.server.url}/api/q/${name}?variables=${encodeURIComponent(JSON.stringify(given))}`).then((r) => r.arrayBuffer());
  }
});
afterAll(async () => {
  await chromium?.close();
  await new Promise((resolve) => portal?.close(resolve));
  await api?.close();
});

interface Seen {
  url: string;
  origin: string | null;
  status: number;
  allowOrigin: string | null;
}

/** Opens a portal page, recording every request to the service and every failure. */
async function openPortal(path: string, width = 1280): Promise<{ page: Page; seen: Seen[]; failures: string[] }> {
  const page = await chromium.page(width);
  const seen: Seen[] = [];
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  page.on('console', (m) => m.type() === 'error' && failures.push(m.text()));
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failures.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('response', (r) => r.status() >= 400 && failures.push(`${r.status()} ${r.url()}`));
  page.on('requestfinished', async (r) => {
    const response = await r.response();
    if (new URL(r.url()).origin === portalUrl) return;
    seen.push({
      url: r.url(),
      origin: await r.headerValue('origin'),
      status: response?.status() ?? 0,
      allowOrigin: (await response?.headerValue('access-control-allow-origin')) ?? null,
    });
  });
  await page.goto(`${portalUrl}${path}`);
  return { page, seen, failures };
}

describe('web components on a portal of another origin', () => {
  test("three lines show SVO's reporting chain: the bodies above it, read cross-origin from the service, with links to the full explorer", async () => {
    const { page, seen, failures } = await openPortal('/kedja.html');
    const chain = page.locator('govgraph-chain');
    await chain.locator('svg').waitFor(WAIT);
    // Fourteen principals above (the region's committee and thirteen municipalities) and three below.
    await expect(chain.locator('g.node').count()).resolves.toBe(18);
    const up = await chain.locator('details.alt').textContent();
    expect(up).toContain('Uppåt från Samråd vård och omsorg');
    expect(up).toContain('underställd: Hälso- och sjukvårdsnämnden');
    expect(up).toContain('underställd: Norrköpings kommun');
    expect(up).toContain('underställd: Ödeshögs kommun');
    // A body in the diagram links to its page in the explorer, on the service, not the portal.
    const hsn = chain.locator('g.node a').filter({ hasText: 'Hälso- och' }).first();
    await expect(hsn.getAttribute('href')).resolves.toMatch(new RegExp(`^${api.server.url}/organ/body-`));
    // The portal's own title is left alone.
    await expect(page.title()).resolves.toBe('SVO:s rapporteringskedja – Kommunportalen');

    const reads = seen.filter((s) => s.url.includes('/api/q/'));
    expect(reads.map((s) => new URL(s.url).pathname)).toEqual(expect.arrayContaining(['/api/q/Chain', '/api/q/Sources']));
    for (const read of reads) expect(read).toMatchObject({ origin: portalUrl, status: 200, allowOrigin: '*' });
    expect(seen.map((s) => new URL(s.url).pathname)).toEqual(
      expect.arrayContaining(['/embed.js', expect.stringMatching(/^\/assets\/embed-.*\.js$/), expect.stringMatching(/^\/assets\/chain-layout-.*\.js$/)]),
    );
    await screenshot(page, 'embed-portal-chain-1280');
    expect(failures).toEqual([]);
  });

  test('an item shows its decider and an agreements register its rows on a day; the host page styles them with custom properties and parts', async () => {
    const { page, seen, failures } = await openPortal('/vyer.html');
    const themed = page.locator('govgraph-item.themed');
    await expect(themed.locator('.decider').first().textContent(WAIT)).resolves.toMatch(/^SVOM rekommenderar \(huvudmännen beslutar\)/);
    await expect(themed.locator('dl[part=roles]').textContent()).resolves.toMatch(/Bereds av\s*Fredagsgruppen/);
    await page.getByText('4 avtal per 2024-09-01.').waitFor(WAIT);
    const rows = page.locator('govgraph-agreements tbody tr');
    await expect(rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-id')))).resolves.toEqual([
      'doc-000-ramavtal-ungdomshalsa',
      'doc-000-ok-barn-unga-placerade',
      'doc-000-ok-barn-unga',
      'doc-000-ok-psykisk-funktionsnedsattning-missbruk',
    ]);
    await expect(rows.nth(2).locator('[data-status]').textContent()).resolves.toBe('Uppsägningsfönster – agera nu');
    await expect(rows.nth(2).locator('td').nth(3).textContent()).resolves.toBe('2024-12-31');
    await page.waitForFunction(SETTLED, undefined, WAIT);

    // --govgraph-accent set on one element by the host recolours its links; the other keeps the default.
    const linkColour = (item: string) =>
      page
        .locator(item)
        .locator('.decider a')
        .first()
        .evaluate((a: any) => (globalThis as any).getComputedStyle(a).color);
    await expect(linkColour('govgraph-item.themed')).resolves.toBe('rgb(128, 0, 96)');
    await expect(linkColour('govgraph-item:not(.themed)')).resolves.toBe('rgb(11, 87, 164)');
    // ::part(table) reaches into the register's shadow root.
    await expect(page.locator('govgraph-agreements table').evaluate((t: any) => (globalThis as any).getComputedStyle(t).borderTopColor)).resolves.toBe(
      'rgb(0, 110, 60)',
    );

    const reads = seen.filter((s) => s.url.includes('/api/q/'));
    expect(reads.length).toBeGreaterThan(5);
    for (const read of reads) expect(read).toMatchObject({ origin: portalUrl, status: 200, allowOrigin: '*' });
    // Loaded as type="module" the script is fetched in CORS mode too, and allowed.
    expect(seen.find((s) => s.url.endsWith('/embed.js'))).toMatchObject({ origin: portalUrl, status: 200, allowOrigin: '*' });
    await screenshot(page, 'embed-portal-views-1280');
    expect(failures).toEqual([]);
  });

  test('data-api on the script tag reads the API elsewhere, while links still open the explorer on the service', async () => {
    const { page, seen, failures } = await openPortal('/omrade.html');
    const area = page.locator('govgraph-area');
    await area.getByRole('heading', { level: 1, name: 'Östergötlands län' }).waitFor(WAIT);
    const reads = seen.filter((s) => s.url.includes('/api/q/'));
    expect(reads.length).toBeGreaterThan(0);
    expect(otherAddress(api.server.url)).not.toBe(api.server.url);
    for (const read of reads) expect(new URL(read.url).origin).toBe(otherAddress(api.server.url));
    await expect(area.getByRole('link', { name: 'Avtal i Östergötlands län' }).getAttribute('href')).resolves.toBe(`${api.server.url}/avtal?omrade=area-05`);
    expect(failures).toEqual([]);
  });

  test('at 390 px the views fit the screen', async () => {
    for (const path of ['/kedja.html', '/vyer.html']) {
      const { page, failures } = await openPortal(path, 390);
      await page.locator('govgraph-chain svg, govgraph-agreements tbody tr').first().waitFor(WAIT);
      await page.waitForFunction(SETTLED, undefined, WAIT);
      await screenshot(page, `embed-portal-${path.slice(1, -5)}-390`);
      await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(390);
      expect(failures).toEqual([]);
    }
  });

  test('a script on the portal revalidates a persisted query and gets 304, reading the ETag cross-origin', async () => {
    // The same exchange over plain HTTP is in test/persisted-queries.test.ts; here the browser enforces CORS.
    const { page } = await openPortal('/kedja.html');
    const url = `${api.server.url}/api/q/Body?variables=${encodeURIComponent(JSON.stringify({ id: 'body-svo', asOf: '2024-09-01' }))}`;
    // cache: 'no-store' keeps the browser's own cache out of it, so the page sees the service's answers.
    const result = (await page.evaluate(`(async () => {
      const first = await fetch(${JSON.stringify(url)}, { cache: 'no-store' });
      const etag = first.headers.get('etag');
      const again = await fetch(${JSON.stringify(url)}, { cache: 'no-store', headers: { 'If-None-Match': etag ?? '' } });
      return { first: first.status, etag, again: again.status };
    })()`)) as { first: number; etag: string | null; again: number };
    expect(result.first).toBe(200);
    expect(result.etag).toMatch(/^"[^"]+"$/);
    expect(result.again).toBe(304);
  });
});

describe('iframe pages', () => {
  const frames: [string, string, (f: Frame) => Promise<void>][] = [
    [
      '/embed/chain/body-svo',
      'Rapporteringskedja',
      async (f) => {
        await f.locator('govgraph-chain svg').waitFor(WAIT);
        await expect(f.locator('govgraph-chain g.node').count()).resolves.toBe(18);
      },
    ],
    [
      '/embed/item/item-002-samverkansavtal-hemsjukvard?per=2024-09-01',
      'Nytt Samverkansavtal hemsjukvård',
      async (f) => {
        await expect(f.locator('govgraph-item .decider').first().textContent(WAIT)).resolves.toMatch(/^SVOM rekommenderar/);
      },
    ],
    [
      '/embed/agreements?area=area-05&per=2024-09-01&notice-to=2025-06-30',
      'Avtalsregistret',
      async (f) => {
        await f.getByText('4 avtal per 2024-09-01.').waitFor(WAIT);
      },
    ],
    [
      '/embed/body/body-svo?per=2024-09-01',
      'Samråd vård och omsorg',
      async (f) => {
        await f.locator('govgraph-chain svg').waitFor(WAIT);
      },
    ],
    [
      '/embed/area/area-05',
      'Östergötlands län',
      async (f) => {
        await f.getByRole('heading', { level: 1, name: 'Östergötlands län' }).waitFor(WAIT);
      },
    ],
  ];

  test('a portal frames the views: each shows its real data, framed from another origin', async () => {
    const { page, failures } = await openPortal('/ramar.html');
    for (const [path, , check] of frames.slice(0, 3)) {
      const frame = page.frames().find((f) => f.url() === `${api.server.url}${path}`);
      expect(frame).toBeDefined();
      await check(frame!);
    }
    await page.waitForFunction(SETTLED, undefined, WAIT);
    // Cross-origin frames are painted only within the viewport: make room for all three.
    await page.setViewportSize({ width: 1280, height: 1700 });
    await screenshot(page, 'embed-portal-iframes-1280');
    // A link in a frame opens the full explorer in the whole window, not inside the frame.
    const chain = page.frames().find((f) => f.url().includes('/embed/chain/'))!;
    await chain.locator('govgraph-chain details.alt a').filter({ hasText: 'Hälso- och sjukvårdsnämnden' }).first().click();
    await page.waitForURL(`${api.server.url}/organ/**`, WAIT);
    expect(failures).toEqual([]);
  });

  for (const width of [1280, 390]) {
    test.each(frames)(`%s at ${width} px: the view alone, titled, with landmarks; no serious or critical axe violations`, async (path, title, check) => {
      const page = await chromium.page(width);
      const response = await page.goto(`${api.server.url}${path}`);
      expect(response!.headers()['content-security-policy']).toBe('frame-ancestors *');
      expect(response!.headers()['x-frame-options']).toBeUndefined();
      await check(page.mainFrame());
      await page.waitForFunction(SETTLED, undefined, WAIT);
      await expect(page.title()).resolves.toBe(`${title} – govgraph`);
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('sv');
      await expect(page.getByRole('main').count()).resolves.toBe(1);
      await expect(page.getByRole('contentinfo').count()).resolves.toBe(1);
      await expect(page.locator('govgraph-app').count()).resolves.toBe(0);
      if (width === 390) await screenshot(page, `embed-page-${path.split(/[/?]/)[2]}-390`);
      expect(serious(await axe(page))).toEqual([]);
      await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(width);
    });
  }
});

describe('over HTTP', () => {
  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.server.url}${path}`, { headers });

  test('/embed.js is a stable, revalidated loader of the hashed module, readable from any origin; the modules are compressed', async () => {
    const first = await get('/embed.js', { origin: 'https://portal.example.se', 'accept-encoding': 'gzip' });
    expect(first.status).toBe(200);
    expect(first.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    expect(first.headers.get('access-control-allow-origin')).toBe('*');
    const text = await first.text();
    const module = text.match(/"(\/assets\/embed-[\w-]+\.js)"/)![1];
    const again = await get('/embed.js', { 'if-none-match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
    const chunk = await get(module, { origin: 'https://portal.example.se' });
    expect(chunk.status).toBe(200);
    expect(chunk.headers.get('access-control-allow-origin')).toBe('*');
    expect(chunk.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const views = (await chunk.text()).match(/"\.\/([\w-]+\.js)"/)![1];
    const shared = await get(`/assets/${views}`, { origin: 'https://portal.example.se', 'accept-encoding': 'gzip' });
    expect(shared.headers.get('content-encoding')).toBe('gzip');
    expect(shared.headers.get('access-control-allow-origin')).toBe('*');
  });

  test.each([
    ['/embed/chain/body-svo?depth=9', 'Parametern depth måste vara ett heltal 1–6, t.ex. depth=2; den var "9".'],
    ['/embed/item/item-001?per=2024-02-30', 'Parametern per måste vara ett datum ÅÅÅÅ-MM-DD, t.ex. per=2024-09-01; den var "2024-02-30".'],
    ['/embed/agreements?omrade=area-05', 'Okänd parameter "omrade": /embed/agreements tar bara area, per, notice-to, ends-to, responsible, sort.'],
  ])('%s is refused with a page that says what to fix', async (path, message) => {
    const response = await get(path);
    expect(response.status).toBe(400);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toContain(message);
  });

  test('what a portal writes into a page attribute stays text', async () => {
    const response = await get(`/embed/item/${encodeURIComponent('"><script>alert(1)</script>')}`);
    const html = await response.text();
    expect(html).toContain('item="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
    expect(html).not.toContain('<script>alert');
  });
});
