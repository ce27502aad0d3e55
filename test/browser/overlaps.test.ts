import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../helpers';
import { axe, launchBrowser, openPage, screenshot, serious, SETTLED, type TestBrowser } from './browser';

/**
 * The overlaps page (/overlapp) and the export links of the explorer, in a real browser
 * against the seed graph: what the analyses find, the area filter in the URL, and that
 * every download link gives the file it names, with the page's filters.
 */
let api: TestApi;
let chromium: TestBrowser;
const WAIT = { timeout: 60_000 };

beforeAll(async () => {
  [api, chromium] = await Promise.all([startTestApi({ GOVGRAPH_RATE_READS: '100000' }), launchBrowser()]);
  // Plan the analyses' statements on the freshly started database once, one at a time: what
  // is tested is what the page shows, not a cold start on a shared machine.
  const analyses = [
    'remitOverlaps(filter: $filter, first: 1) { classification }',
    'itemsPreparedInSeveralPlaces(filter: $filter, first: 1) { item { id } }',
    'itemsWithoutDecider(filter: $filter, first: 1) { item { id } }',
    'itemsWithSeveralDeciders(filter: $filter, first: 1) { item { id } }',
    'commissionsWithoutReportBack(filter: $filter, first: 1) { id }',
    'seatsInOverlappingBodies(filter: $filter, first: 1) { bodyA { id } }',
  ];
  await api.gql('{ sources(first: 1) { totalCount } }');
  for (const area of [null, 'area-04'])
    for (const field of analyses) await api.gql(`query ($filter: AnalysisFilter) { ${field} }`, { filter: area ? { area } : null });
});
afterAll(async () => {
  await chromium?.close();
  await api?.close();
});

const open = (path: string, width = 1280): Promise<Page> => openPage(chromium, api.server.url, path, width);

/** Loaded: the heading is there, the view too (the overlaps page's loads on demand), and nothing is still fetching. */
async function settled(page: Page, heading: string, view?: string): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).waitFor(WAIT);
  if (view) await page.locator(view).first().waitFor(WAIT);
  await page.waitForFunction(SETTLED, undefined, WAIT);
}

/** The overlaps view has rendered its analyses. */
const OVERLAPS = 'govgraph-overlaps section[data-analysis]';
const section = (page: Page, analysis: string): Locator => page.locator(`govgraph-overlaps section[data-analysis=${analysis}]`);
const rowIds = async (page: Page, analysis: string): Promise<string[]> =>
  Promise.all((await section(page, analysis).locator('[data-id]').all()).map(async (r) => (await r.getAttribute('data-id'))!));

/** An export link's address, fetched as a browser would: status, type and the bytes. */
async function fetchLink(link: Locator): Promise<{ url: string; status: number; type: string; bytes: Buffer }> {
  const url = (await link.evaluate((a: any) => a.href)) as string;
  const response = await fetch(url);
  return { url, status: response.status, type: response.headers.get('content-type') ?? '', bytes: Buffer.from(await response.arrayBuffer()) };
}

/** A CSV export as rows by header: UTF-8 with a byte-order mark, `;` between fields. */
function csvRows(bytes: Buffer): Record<string, string>[] {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return parse(bytes, { bom: true, columns: true, delimiter: ';' });
}

describe('overlaps page', () => {
  test('Sörmland: overlapping mandates side by side with both texts, GAO class, shared topic and capacity, and their sources', async () => {
    const page = await open('/overlapp?omrade=area-04');
    await settled(page, 'Överlapp och luckor', OVERLAPS);
    const pairs = section(page, 'remitOverlaps').locator('li.pair');
    await expect(pairs.count()).resolves.toBe(15);
    const first = section(page, 'remitOverlaps').locator('li.pair[data-id="mandate-004-lansstyrgruppen-figur4|mandate-004-nsv-malbild"]');
    await expect(first.locator('h3').textContent()).resolves.toBe('Dubbelarbete Länsstyrgruppen och Nämnden för samverkan kring socialtjänst och vård');
    const sides = first.locator('.side');
    await expect(sides.nth(0).locator('.who').textContent()).resolves.toMatch(/^Länsstyrgruppen · Södermanlands län$/);
    await expect(sides.nth(0).locator('blockquote').textContent()).resolves.toBe(
      'Beslutar om fokusområden. Beslutar om gemensamma satsningar. Ansvarar för uppföljning av gemensamma satsningar och resultat.',
    );
    await expect(sides.nth(1).locator('.who').textContent()).resolves.toMatch(/^Nämnden för samverkan kring socialtjänst och vård · Södermanlands län$/);
    await expect(sides.nth(1).locator('blockquote').textContent()).resolves.toContain('Har beslutat om en gemensam målbild för Nära vård i Sörmland.');
    // Side by side on a wide screen: the two mandates start on the same line.
    const [a, b] = [await sides.nth(0).boundingBox(), await sides.nth(1).boundingBox()];
    expect(a!.y).toBe(b!.y);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    const facts = (await first.locator('dl.facts').textContent())!.replace(/\s+/g, ' ');
    expect(facts).toContain('Gemensamma förmågorbesluta');
    // The reasons: the topic both share (the document's own and the shared vocabulary's, one name), and texts too unlike to compare.
    const reasons = (await first.locator('.reasons').textContent())!.replace(/\s+/g, ' ');
    expect(reasons).toContain('Gemensamma ämnen: Nära vård');
    expect(reasons).not.toContain('Likhet');
    // The links go to the bodies' pages; each mandate's source is one click away.
    await expect(sides.nth(0).getByRole('link', { name: 'Länsstyrgruppen' }).getAttribute('href')).resolves.toBe('/organ/body-lansstyrgruppen-sormland');
    await sides.nth(0).locator('details.cite summary').click();
    await expect(sides.nth(0).locator('details.cite li').first().textContent()).resolves.toMatch(/\S+: \S/);
    await expect(section(page, 'remitOverlaps').locator('li.pair[data-classification=FRAGMENTATION]').count()).resolves.toBe(11);
    await expect(rowIds(page, 'seatsInOverlappingBodies')).resolves.toEqual(['post-004-narvardskoordinator']);
    await expect(section(page, 'seatsInOverlappingBodies').locator('[data-id]').textContent()).resolves.toMatch(
      /ledamot i Länsstyrgruppen och ledamot i Nätverket Nära vård i Sörmland/,
    );
    await screenshot(page, 'overlaps-area-04-1280');
    expect((page as any).failures).toEqual([]);
  });

  test('Östergötland: SVO and LGVO, found by the likeness of their texts, show "Likhet 0.61" and the two matching sentences side by side', async () => {
    const page = await open('/overlapp?omrade=area-05');
    await settled(page, 'Överlapp och luckor', OVERLAPS);
    await expect(section(page, 'remitOverlaps').locator('li.pair').count()).resolves.toBe(23);
    const card = section(page, 'remitOverlaps').locator('li.pair[data-id="mandate-000-lgvo-uppdrag|mandate-000-svo-ledning-styrning"]');
    await expect(card.locator('h3').textContent()).resolves.toBe('Dubbelarbete Ledningsgrupp vård och omsorg och Samråd vård och omsorg');
    const reasons = card.locator('.reasons');
    await expect(reasons.locator('.similarity strong').textContent()).resolves.toBe('Likhet 0.61');
    await expect(reasons.textContent()).resolves.toContain('Gemensamma ämnen: Kunskapsstyrning och kunskapsutveckling');
    // 000, Bilaga 1: LGVO's "Uppdraget är att vara …" beside SVO's second bullet "Att vara …".
    const match = reasons.locator('li.passage').first().locator('blockquote.match');
    await expect(match.nth(0).textContent()).resolves.toBe(
      'Ledningsgrupp vård och omsorg: Uppdraget är att vara huvudmännens gemensamma organ för ledning och styrning av länsövergripande utvecklingsarbeten och aktiviteter, gemensam kunskapsstyrning och kunskapsutveckling.',
    );
    await expect(match.nth(1).textContent()).resolves.toBe(
      'Samråd vård och omsorg: Att vara huvudmännens gemensamma organ för ledning och styrning av länsövergripande utvecklingsarbeten och aktiviteter samt ha ett kunskapsuppdrag gentemot huvudmännen.',
    );
    // Side by side on a wide screen, the body's name read out but not shown.
    const [a, b] = [await match.nth(0).boundingBox(), await match.nth(1).boundingBox()];
    expect(a!.y).toBe(b!.y);
    expect(b!.x).toBeGreaterThan(a!.x + a!.width - 1);
    await expect(reasons.locator('li.passage').first().textContent()).resolves.toContain('Meningarnas likhet 0.69');
    await screenshot(page, 'overlaps-area-05-similarity-1280');
    expect((page as any).failures).toEqual([]);
  });

  test('the area filter changes the URL and the findings; the contents jump to an analysis', async () => {
    const page = await open('/overlapp');
    await settled(page, 'Överlapp och luckor', OVERLAPS);
    await expect(section(page, 'remitOverlaps').locator('li.pair').count()).resolves.toBe(47);
    await expect(rowIds(page, 'seatsInOverlappingBodies')).resolves.toHaveLength(4);
    await expect(rowIds(page, 'itemsPreparedInSeveralPlaces')).resolves.toHaveLength(23);

    await page
      .getByLabel('Område', { exact: true })
      .locator('option[value="area-05"]')
      .waitFor({ state: 'attached', ...WAIT });
    await page.getByLabel('Område', { exact: true }).selectOption('area-05');
    await page.waitForURL(/\/overlapp\?omrade=area-05$/);
    await section(page, 'remitOverlaps').locator('li.pair[data-id="mandate-000-lgvo-uppdrag|mandate-000-svo-ledning-styrning"]').waitFor(WAIT);
    await page.waitForFunction(SETTLED, undefined, WAIT);
    await expect(section(page, 'remitOverlaps').locator('li.pair').count()).resolves.toBe(23);
    await expect(rowIds(page, 'seatsInOverlappingBodies')).resolves.toEqual([
      'post-003-oso-aldre-ordforande',
      'post-003-oso-barn-unga-ordforande',
      'post-003-oso-vuxna-ordforande',
    ]);
    await expect(rowIds(page, 'itemsPreparedInSeveralPlaces')).resolves.toEqual(['item-000-samverkansstruktur-barn-unga', 'item-001-godkannande-arbetsplan']);
    // The CSV links carry the filter too.
    await expect(
      section(page, 'seatsInOverlappingBodies')
        .getByRole('link', { name: /^Ladda ner CSV \(Excel\)/ })
        .getAttribute('href'),
    ).resolves.toBe('/export/analysis/seatsInOverlappingBodies.csv?area=area-05');

    // Reloading the shared address shows the same.
    await page.reload();
    await settled(page, 'Överlapp och luckor', OVERLAPS);
    await expect(page.getByLabel('Område', { exact: true }).inputValue()).resolves.toBe('area-05');
    await expect(rowIds(page, 'itemsPreparedInSeveralPlaces')).resolves.toHaveLength(2);

    await page.getByRole('navigation', { name: 'Analyserna på sidan' }).getByRole('link', { name: 'Platser i flera organ som möts' }).click();
    await expect(page.locator('govgraph-overlaps').evaluate((e: any) => e.shadowRoot.activeElement?.id)).resolves.toBe('platser');
    expect(page.url()).toMatch(/\/overlapp\?omrade=area-05$/);
    expect((page as any).failures).toEqual([]);
  });

  test('each analysis downloads as a real CSV with the rows the page shows', async () => {
    const page = await open('/overlapp');
    await settled(page, 'Överlapp och luckor', OVERLAPS);
    const known: [string, string, Record<string, string>][] = [
      [
        'remitOverlaps',
        '',
        // 002's register: "Rekommendationsbeslutande forum" for Barnarenan and for "Gemensamma nämnden".
        {
          Klassning: 'DUPLICATION',
          'Organ A': 'Barnarenan',
          'Organ B': 'Gemensamma nämnden för upphandling',
          'Gemensamma ämnen': '',
          Likhet: '0.56',
          'Matchande meningar A': 'Rekommendationsbeslutande forum',
          'Matchande meningar B': 'Rekommendationsbeslutande forum: Gemensamma nämnden',
        },
      ],
      [
        'itemsPreparedInSeveralPlaces',
        'Ärende-id',
        { 'Ärende-id': 'item-000-samverkansstruktur-barn-unga', 'Bereds av': 'Ledningsgrupp vård och omsorg; Skolchefsnätverket' },
      ],
      [
        'itemsWithoutDecider',
        'Ärende-id',
        { 'Ärende-id': 'item-000-bjuda-in-bildningspolitiker', Ärende: 'Regelbundet bjuda in bildnings-/utbildningspolitiker till gemensamma möten' },
      ],
      ['itemsWithSeveralDeciders', 'Ärende-id', { 'Ärende-id': 'item-001-godkannande-arbetsplan' }],
      // Posts among the assignees are named by their title, not their id.
      [
        'commissionsWithoutReportBack',
        'Id',
        {
          Id: 'commission-002-atgarder-socialtjanst-vuxenpsykiatri',
          Tilldelat:
            'Förbundsstrateg Sociala välfärdsfrågor; Partsammansatt arbetsgrupp samverkan socialtjänsten och vuxenpsykiatri; Verksamhetschef psykiatri',
        },
      ],
      [
        'seatsInOverlappingBodies',
        '',
        { Innehavare: 'ordförande i OSÖ-gruppen äldre samt vuxna med somatisk sjukdom/ funktionsnedsättning', 'Organ B': 'Strategisk Samverkan Öster' },
      ],
    ];
    for (const [analysis, idColumn, firstRow] of known) {
      const link = section(page, analysis).getByRole('link', { name: /^Ladda ner CSV \(Excel\)/ });
      await expect(link.getAttribute('download')).resolves.toBe('');
      const file = await fetchLink(link);
      expect([analysis, file.status, file.type]).toEqual([analysis, 200, 'text/csv; header=present; charset=utf-8']);
      const rows = csvRows(file.bytes);
      expect(rows[0]).toMatchObject(firstRow);
      const shown = await rowIds(page, analysis);
      expect(rows).toHaveLength(shown.length);
      if (idColumn) expect(rows.map((r) => r[idColumn])).toEqual(shown);
    }
    // And a click saves the file under the export's own name.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      section(page, 'remitOverlaps')
        .getByRole('link', { name: /^Ladda ner CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toBe('overlappande-mandat.csv');
    expect(csvRows(readFileSync((await download.path())!))).toHaveLength(47);
    expect((page as any).failures).toEqual([]);
  });

  test('a wrong date in a shared address: each analysis says what is wrong and offers to ask again; the form recovers', async () => {
    const page = await open('/overlapp?per=2024-13-45');
    await page.getByRole('heading', { level: 1, name: 'Överlapp och luckor' }).waitFor(WAIT);
    const alerts = page.locator('govgraph-overlaps section[data-analysis] [role=alert]');
    await alerts.first().waitFor(WAIT);
    await expect(alerts.count()).resolves.toBe(6);
    await expect(alerts.first().textContent()).resolves.toContain("'2024-13-45' is not a date: there is no month 13");
    await expect(section(page, 'remitOverlaps').getByRole('button', { name: 'Försök igen' }).isEnabled()).resolves.toBe(true);
    // The date field cannot hold that day, so sending the form drops it and the analyses load.
    await page
      .getByLabel('Område', { exact: true })
      .locator('option[value="area-04"]')
      .waitFor({ state: 'attached', ...WAIT });
    await page.getByLabel('Område', { exact: true }).selectOption('area-04');
    await page.waitForURL(/\/overlapp\?omrade=area-04$/);
    await section(page, 'remitOverlaps').locator('li.pair').first().waitFor(WAIT);
    await expect(alerts.count()).resolves.toBe(0);
    expect((page as any).failures).toEqual([]);
  });

  for (const width of [1280, 390]) {
    test(`at ${width} px: no serious or critical axe violations, nothing wider than the screen`, async () => {
      const page = await open('/overlapp?omrade=area-04', width);
      await settled(page, 'Överlapp och luckor', OVERLAPS);
      await screenshot(page, `overlaps-${width}`);
      expect(serious(await axe(page))).toEqual([]);
      await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(width);
      expect((page as any).failures).toEqual([]);
    });
  }
});

describe('export links on the other pages', () => {
  test('the body page: its calendar, its chain as Mermaid and DOT (same depth and day) and Popolo answer with their types', async () => {
    const page = await open('/organ/body-sso?per=2024-09-01&djup=1');
    await settled(page, 'Strategisk Samverkan Öster');
    const body = page.locator('govgraph-body');
    const calendar = await fetchLink(body.getByRole('link', { name: 'Prenumerera på kalender (iCal) för organet' }));
    expect([calendar.status, calendar.type]).toEqual([200, 'text/calendar; charset=utf-8']);
    expect(calendar.url).toBe(`${api.server.url}/export/body/body-sso.ics`);
    expect(calendar.bytes.toString()).toMatch(/^BEGIN:VCALENDAR\r\n[\s\S]*X-WR-CALNAME:govgraph – Strategisk Samverkan Öster/);

    const mermaid = await fetchLink(body.getByRole('link', { name: /^Mermaid-diagram \(\.mmd\)/ }));
    expect([mermaid.status, mermaid.type]).toEqual([200, 'text/vnd.mermaid; charset=utf-8']);
    expect(mermaid.url).toBe(`${api.server.url}/export/body/body-sso/chain.mmd?depth=1&asOf=2024-09-01`);
    expect(mermaid.bytes.toString()).toMatch(/^flowchart BT\n/);
    expect(mermaid.bytes.toString()).toContain('body_oso -->|"bereder åt"| body_sso');

    const dot = await fetchLink(body.getByRole('link', { name: /^Graphviz DOT \(\.dot\)/ }));
    expect([dot.status, dot.type]).toEqual([200, 'text/vnd.graphviz; charset=utf-8']);
    expect(dot.bytes.toString()).toContain('"body-oso" -> "body-sso" [label="bereder åt", kind="PREPARES_FOR"];');

    const popolo = await fetchLink(body.getByRole('link', { name: /Popolo JSON-LD/ }));
    expect([popolo.status, popolo.type]).toEqual([200, 'application/ld+json; charset=utf-8']);
    expect(JSON.parse(popolo.bytes.toString()).organizations[0]).toMatchObject({ type: 'Organization', id: 'body-sso', name: 'Strategisk Samverkan Öster' });

    // The chain's links follow the depth chosen on the page.
    await body.getByLabel('Nivåer nedåt').selectOption('3');
    await page.waitForURL(/djup=3/);
    await expect(body.getByRole('link', { name: /^Mermaid-diagram/ }).getAttribute('href')).resolves.toBe(
      '/export/body/body-sso/chain.mmd?depth=3&asOf=2024-09-01',
    );
    expect((page as any).failures).toEqual([]);
  });

  test('the agreements page: the CSV has the register with the filters shown, and the feeds answer', async () => {
    const page = await open('/avtal?per=2024-09-01&omrade=area-05&uppsagning-tom=2025-06-30');
    await page.getByText('4 avtal per 2024-09-01.').waitFor(WAIT);
    const register = page.locator('govgraph-agreements');
    const shown = await Promise.all((await register.locator('tbody tr').all()).map((r) => r.getAttribute('data-id')));
    const csv = await fetchLink(register.getByRole('link', { name: /^Ladda ner CSV \(Excel\)/ }));
    expect(csv.url).toBe(`${api.server.url}/export/agreements.csv?asOf=2024-09-01&area=area-05&noticeTo=2025-06-30`);
    expect([csv.status, csv.type]).toEqual([200, 'text/csv; header=present; charset=utf-8']);
    expect(csvRows(csv.bytes).map((r) => r.Id)).toEqual(shown);

    const whole = await fetchLink(register.getByRole('link', { name: 'Prenumerera på kalender (iCal) för hela registret' }));
    expect([whole.url, whole.status, whole.type]).toEqual([`${api.server.url}/export/calendar.ics`, 200, 'text/calendar; charset=utf-8']);
    const area = await fetchLink(register.getByRole('link', { name: 'Prenumerera på kalender (iCal) för Östergötlands län' }));
    expect([area.url, area.status, area.type]).toEqual([`${api.server.url}/export/area/area-05.ics`, 200, 'text/calendar; charset=utf-8']);
    expect(area.bytes.toString()).toContain('X-WR-CALNAME:govgraph – Östergötlands län');
    expect((page as any).failures).toEqual([]);
  });

  test('the area page: its calendar answers, and its mandates are named by body and text, never by id', async () => {
    const page = await open('/omrade/area-04');
    await settled(page, 'Södermanlands län');
    const area = page.locator('govgraph-area');
    const feed = await fetchLink(area.getByRole('link', { name: 'Prenumerera på kalender (iCal) för Södermanlands län' }));
    expect([feed.url, feed.status, feed.type]).toEqual([`${api.server.url}/export/area/area-04.ics`, 200, 'text/calendar; charset=utf-8']);
    const mandates = area
      .locator('section')
      .filter({ has: page.getByRole('heading', { name: 'Mandat här (13)' }) })
      .locator('li');
    await expect(mandates.count()).resolves.toBe(13);
    await expect(mandates.allTextContents()).resolves.toContain(
      'Länsstyrgruppen: Beslutar om fokusområden. Beslutar om gemensamma satsningar. Ansvarar för uppföljning av gemensamma satsningar och resultat.',
    );
    await expect(area.locator('article').textContent()).resolves.not.toMatch(/mandate-|body-|item-|doc-/);
    await expect(area.getByRole('link', { name: 'Överlapp och luckor i Södermanlands län' }).getAttribute('href')).resolves.toBe('/overlapp?omrade=area-04');
    expect((page as any).failures).toEqual([]);
  });
});
