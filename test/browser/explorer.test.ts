import type { Page } from 'playwright-core';
import { startTestApi, type TestApi } from '../helpers';
import { axe, launchBrowser, openPage, screenshot, serious, SETTLED, type TestBrowser } from './browser';

/**
 * The explorer in a real browser (Debian's Chromium), served by the same server as the
 * API, against the real test graph: what an official clicks through, and what axe-core
 * finds. Screenshots land in .data/screenshots (git-ignored) for people to look at.
 */
let api: TestApi;
let chromium: TestBrowser;
const WAIT = { timeout: 60_000 };

beforeAll(async () => {
  [api, chromium] = await Promise.all([startTestApi(), launchBrowser()]);
  // Warm the freshly started database's plans, so the first page is not a cold start.
  await api.gql('{ sources(first: 1) { totalCount } search(text: "SVO", first: 1) { kind } }');
});
afterAll(async () => {
  await chromium?.close();
  await api?.close();
});

const open = (path: string, width = 1280): Promise<Page> => openPage(chromium, api.server.url, path, width);

/** No script error, no failed request and no request to anywhere but this server (no CDN, no internet). */
function expectClean(page: Page): void {
  expect((page as any).failures).toEqual([]);
}

describe('search → body → reporting chain → source', () => {
  test('"SVO" finds the body with its kind; its page draws the chain, and a line label opens the line\'s source', async () => {
    const page = await open('/');
    const requests: string[] = [];
    page.on('request', (r) => requests.push(new URL(r.url()).origin));
    await page.getByLabel('Sök organ, ärenden, avtal, uppdrag, personer…').fill('SVO');
    await page.keyboard.press('Enter');
    await page.waitForURL('**/sok?q=SVO');
    const hit = page.locator('li.hit').filter({ has: page.locator('.title').getByRole('link', { name: 'Samråd vård och omsorg', exact: true }) });
    await hit.waitFor(WAIT);
    await expect(hit.locator('.badge').textContent()).resolves.toBe('Organ');
    await expect(hit.locator('.context').textContent()).resolves.toContain('Politiskt samråd · Östergötlands län');
    await screenshot(page, 'search-svo-desktop');

    await hit.locator('.title').getByRole('link').click();
    await page.waitForURL('**/organ/body-svo');
    await page.getByRole('heading', { level: 1, name: 'Samråd vård och omsorg' }).waitFor(WAIT);
    const edge = page.getByRole('button', { name: 'Samråd vård och omsorg underställd Hälso- och sjukvårdsnämnden: visa källa' });
    await edge.waitFor(WAIT);
    // Fourteen principals above (the region's committee and thirteen municipalities) and
    // three bodies below: every one a box in the diagram, every line a labelled edge.
    await expect(page.locator('govgraph-chain g.node').count()).resolves.toBe(18);
    await expect(page.locator('govgraph-chain g.label').count()).resolves.toBe(17);
    await edge.click();
    const panel = page.locator('govgraph-chain .selected-line');
    await expect(panel.locator('h4').textContent()).resolves.toBe('Samråd vård och omsorg underställd Hälso- och sjukvårdsnämnden');
    await expect(panel.locator('cite').textContent()).resolves.toBe('Arbetsplan 2024-2025, Samråd vård och omsorg (SVO)');
    await expect(panel.locator('details li').textContent()).resolves.toContain(
      "Inledning: 'ett politiskt samråd under länets socialnämnder eller motsvarande och regionens hälso- och sjukvårdsnämnd (HSN)'",
    );
    await expect(panel.locator('details').getAttribute('open')).resolves.not.toBeNull();
    // The text alternative says the same as the diagram.
    const alternative = page.locator('govgraph-chain details.alt');
    await expect(alternative.textContent()).resolves.toContain('underställd: Hälso- och sjukvårdsnämnden');
    await expect(alternative.textContent()).resolves.toContain('SVO:s arbetsutskott bereder åt');
    await screenshot(page, 'body-svo-desktop');
    expect([...new Set(requests)]).toEqual([api.server.url]);
    expectClean(page);
  });

  test('a line label is reachable and opened with the keyboard', async () => {
    const page = await open('/organ/body-oso');
    const edge = page.getByRole('button', { name: 'Operativ samverkan öster bereder åt Strategisk Samverkan Öster: visa källa' });
    await edge.waitFor(WAIT);
    await edge.focus();
    await page.keyboard.press('Enter');
    const heading = page.locator('govgraph-chain #vald-linje');
    await expect(heading.textContent()).resolves.toBe('Operativ samverkan öster bereder åt Strategisk Samverkan Öster');
    await expect(heading.evaluate((h: any) => h.getRootNode().activeElement === h)).resolves.toBe(true);
    await expect(page.locator('govgraph-chain .selected-line > p > q').textContent()).resolves.toContain('lämna förslag till SSÖ om nya uppdrag');
    expectClean(page);
  });

  test('the depth chosen for the chain below is kept in the URL', async () => {
    const page = await open('/organ/body-sso?djup=1');
    await page.locator('govgraph-chain svg').waitFor(WAIT);
    const depth1 = await page.locator('govgraph-chain g.node').count();
    await page.getByLabel('Nivåer nedåt').selectOption('3');
    await page.waitForURL('**/organ/body-sso?djup=3');
    await page.waitForFunction(
      `document.querySelector('govgraph-body').shadowRoot.querySelector('govgraph-chain').shadowRoot.querySelectorAll('g.node').length > ${depth1}`,
      undefined,
      WAIT,
    );
    expectClean(page);
  });
});

describe('item page', () => {
  test('the new home-care agreement: who prepares, who decides and how, and its dated steps', async () => {
    const page = await open('/arende/item-002-samverkansavtal-hemsjukvard?per=2024-09-01');
    await page.getByRole('heading', { level: 1, name: 'Nytt Samverkansavtal hemsjukvård' }).waitFor(WAIT);
    const roles = page.locator('govgraph-item dl[part=roles]');
    await expect(roles.textContent()).resolves.toMatch(/Bereds av\s*Fredagsgruppen/);
    await expect(roles.locator('.decider').textContent()).resolves.toMatch(/^SVOM rekommenderar \(huvudmännen beslutar\)/);
    await expect(roles.textContent()).resolves.toMatch(/Hos per 2024-09-01\s*SVOM/);
    const steps = page.locator('govgraph-item ol.timeline > li');
    await expect(steps.count()).resolves.toBe(5);
    const lines = (await steps.allTextContents()).map((t) => t.replace(/\s+/g, ' ').trim());
    expect(lines.map((l) => l.split(' · ')[0])).toEqual(['2023', '2023-06-09', '2024-02-23', '2024-06-03', '2024-10-11']);
    expect(lines[1]).toContain('Rekommendationsbeslut i SVOM');
    expect(lines[1]).toContain('SVOM 9/6 2023 – rek-beslut förlängning nuvarande avtal');
    expect(lines[1]).toContain('Dokument: Samverkansavtal mellan Region Jämtland Härjedalen och kommunerna i Jämtlands län gällande hemsjukvård.');
    expect(lines[3]).toContain('Remiss i SVOM');
    expect(lines[4]).toContain('SVOM 11/10 2024 - rekommendationsbeslut nytt avtal from 1/1 2025.');
    // Each step's source is one click away.
    await steps.nth(4).locator('summary').click();
    await expect(steps.nth(4).locator('details cite').first().textContent()).resolves.toMatch(/\S/);
    await screenshot(page, 'item-hemsjukvard-desktop');
    expectClean(page);
  });

  test('a recommendation decided by sixteen principals shows each verb and condition', async () => {
    const page = await open('/arende/item-001-godkannande-arbetsplan');
    const deciders = page.locator('govgraph-item .decider');
    await deciders.first().waitFor(WAIT);
    await expect(deciders.count()).resolves.toBe(16);
    const vao = deciders.filter({ has: page.getByRole('link', { name: 'Vård- och äldreomsorgsnämnden', exact: true }) });
    await expect(vao.textContent()).resolves.toContain('godkänner');
    await expect(vao.locator('.condition').textContent()).resolves.toBe(
      'Villkor: Beslutet förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet godkänner arbetsplanen.',
    );
    expectClean(page);
  });
});

describe('agreements register', () => {
  test('on 2024-09-01 in Östergötland with notice by 2025-06-30: four agreements with Swedish statuses, chosen with the form', async () => {
    const page = await open('/avtal');
    await page
      .getByLabel('Område')
      .locator('option[value="area-05"]')
      .waitFor({ state: 'attached', ...WAIT });
    await page.getByLabel('Läget per datum').fill('2024-09-01');
    await page.getByLabel('Område').selectOption('area-05');
    await page.getByLabel('Sista uppsägningsdag senast').fill('2025-06-30');
    await page.getByRole('button', { name: 'Visa' }).click();
    await page.waitForURL(/\/avtal\?per=2024-09-01&omrade=area-05&uppsagning-tom=2025-06-30/);
    await page.getByText('4 avtal per 2024-09-01.').waitFor(WAIT);
    const rows = page.locator('govgraph-agreements tbody tr');
    const read = async () =>
      Promise.all(
        (await rows.all()).map(async (r) => [
          await r.getAttribute('data-id'),
          await r.locator('[data-status]').textContent(),
          await r.locator('td').nth(2).textContent(),
          await r.locator('td').nth(3).textContent(),
        ]),
      );
    expect(await read()).toEqual([
      ['doc-000-ramavtal-ungdomshalsa', 'Sista uppsägningsdag passerad – förlängs', '2024-12-30', '2023-12-30'],
      ['doc-000-ok-barn-unga-placerade', 'Sista uppsägningsdag passerad – förlängs', '2024-12-31', '2023-12-31'],
      ['doc-000-ok-barn-unga', 'Uppsägningsfönster – agera nu', '2025-12-31', '2024-12-31'],
      ['doc-000-ok-psykisk-funktionsnedsattning-missbruk', 'Uppsägningsfönster – agera nu', '2025-12-31', '2024-12-31'],
    ]);
    await expect(rows.nth(2).textContent()).resolves.toContain('Säg upp senast 2024-12-31, annars löper det till 2025-12-31 och förlängs.');
    await expect(rows.nth(2).locator('td').nth(5).textContent()).resolves.toContain('LGVO Att växa upp');
    await page.getByLabel('Sortera efter').selectOption('titel');
    await page.waitForURL(/sort=titel/);
    // Swedish alphabetical order: Ö comes after R ("Ramavtal …" before "Överenskommelse …").
    expect((await read()).map((r) => r[0])).toEqual([
      'doc-000-ramavtal-ungdomshalsa',
      'doc-000-ok-barn-unga-placerade',
      'doc-000-ok-barn-unga',
      'doc-000-ok-psykisk-funktionsnedsattning-missbruk',
    ]);
    await screenshot(page, 'agreements-area-05-desktop');
    expectClean(page);
  });

  // The same register (000_97f0e728be22a798.txt:235: "Överenskommelse om samverkan kring barn och unga	2020-04-01 till 2023-12-31 ...
  // förlängs avtalet med två år i taget"): every row's status and explanation are the API's Swedish words (statusLabel.sv,
  // explanationText.sv), and the page passes axe's WCAG 2.1 AA rules.
  test("every status and explanation on the register page is the API's Swedish, and axe finds nothing serious", async () => {
    const REGISTER = `{ agreements(asOf: "2024-09-01", filter: { area: "area-05" }, first: 200) { document { id } state { statusLabel { sv } explanationText { sv } } } }`;
    // Warm the register's plan first (a cold start on a loaded machine may exceed the statement limit once), as beforeAll does for search.
    await api.gql(REGISTER);
    const { agreements } = await api.data(REGISTER);
    const expected = new Map<string, string[]>(agreements.map((e: any) => [e.document.id, [e.state.statusLabel.sv, e.state.explanationText.sv]]));
    const page = await open('/avtal?per=2024-09-01&omrade=area-05');
    await page.getByText(`${agreements.length} avtal per 2024-09-01.`).waitFor(WAIT);
    const rows = await page.locator('govgraph-agreements tbody tr').all();
    expect(rows).toHaveLength(agreements.length);
    for (const row of rows) {
      const id = (await row.getAttribute('data-id'))!;
      expect([id, await row.locator('[data-status]').textContent(), await row.locator('td').nth(1).locator('.why').textContent()]).toEqual([
        id,
        ...expected.get(id)!,
      ]);
    }
    await expect(page.locator('govgraph-agreements tr[data-id="doc-000-ok-barn-unga"] td[data-label="Status"] .why').textContent()).resolves.toBe(
      'Säg upp senast 2024-12-31, annars löper det till 2025-12-31 och förlängs.',
    );
    expect(serious(await axe(page))).toEqual([]);
    expectClean(page);
  });

  // seed/reference/scb-municipalities.csv:52: "0580,Linköping,05,Östergötlands län": "05" is Östergötland's SCB code, its area's id area-05.
  test('an SCB code in the address is refused in Swedish, with the id to use', async () => {
    const page = await open('/avtal?per=2024-09-01&omrade=05');
    const alert = page.locator('govgraph-agreements [role="alert"]');
    await alert.waitFor(WAIT);
    await expect(alert.textContent()).resolves.toContain('filter.area: "05" är en SCB-kod, inte ett id. Använd områdets id: "area-05".');
    expectClean(page);
  });
});

describe('the home-care question', () => {
  test('"who decides on the new home-care agreement, and when is its notice deadline?" is answered, with sources, in three clicks from the start page', async () => {
    const page = await open('/');
    let clicks = 0;
    const click = async (locator: ReturnType<Page['locator']>) => {
      clicks += 1;
      await locator.click();
    };
    await page.getByLabel('Sök organ, ärenden, avtal, uppdrag, personer…').fill('hemsjukvård avtal');
    await click(page.getByRole('button', { name: 'Sök' }));
    const item = page.getByRole('link', { name: 'Nytt Samverkansavtal hemsjukvård' });
    await item.waitFor(WAIT);
    await click(item);
    await page.getByRole('heading', { level: 1, name: 'Nytt Samverkansavtal hemsjukvård' }).waitFor(WAIT);
    const decider = page.locator('govgraph-item .decider');
    await expect(decider.textContent()).resolves.toMatch(/^SVOM rekommenderar/);
    const agreement = page.locator('govgraph-item .doc').first();
    await expect(agreement.textContent()).resolves.toMatch(/Gäller t\.o\.m\.\s*2024-12-31/);
    await expect(agreement.textContent()).resolves.toMatch(/Sista uppsägningsdag\s*Ingen uppsägningstid anges i källan/);
    await click(decider.locator('summary'));
    await expect(decider.locator('details li').textContent()).resolves.toMatch(/\S+: \S/);
    expect(clicks).toBeLessThanOrEqual(3);
    expectClean(page);
  });
});

describe('accessibility and narrow screens', () => {
  const pages: [string, string, string][] = [
    ['start', '/', 'Utforska samverkan i vård och omsorg'],
    ['search', '/sok?q=SVO', 'Sök'],
    ['body', '/organ/body-svo?per=2024-09-01', 'Samråd vård och omsorg'],
    ['item', '/arende/item-002-samverkansavtal-hemsjukvard?per=2024-09-01', 'Nytt Samverkansavtal hemsjukvård'],
    ['agreements', '/avtal?per=2024-09-01&omrade=area-05', 'Avtalsregistret'],
    ['area', '/omrade/area-05', 'Östergötlands län'],
  ];
  for (const width of [1280, 390]) {
    test.each(pages)(`%s page (%s) at ${width} px: no serious or critical axe violations, nothing wider than the screen`, async (name, path, heading) => {
      const page = await open(path, width);
      await page.getByRole('heading', { level: 1, name: heading }).waitFor(WAIT);
      await page.waitForFunction(SETTLED, undefined, WAIT);
      if (name === 'body') await page.locator('govgraph-chain svg').waitFor(WAIT);
      await screenshot(page, `${name}-${width}`);
      expect(serious(await axe(page))).toEqual([]);
      // The page itself never scrolls sideways; only the diagram's own region may.
      await expect(page.evaluate('document.documentElement.scrollWidth')).resolves.toBeLessThanOrEqual(width);
      expectClean(page);
    });
  }
});
