import { startTestApi, type TestApi } from '../helpers';
import { axe, launchBrowser, openPage, serious, SETTLED, type TestBrowser } from './browser';

/**
 * Long lists in the explorer come a page at a time (the catalogue's connection operations,
 * 50 rows) with "Visa fler" fetching the next page by its cursor: in a real browser against
 * the real graph, with axe-core's WCAG 2.1 A/AA rules after the list has grown.
 */
let api: TestApi;
let chromium: TestBrowser;
const WAIT = { timeout: 60_000 };

beforeAll(async () => {
  [api, chromium] = await Promise.all([startTestApi(), launchBrowser()]);
});
afterAll(async () => {
  await chromium?.close();
  await api?.close();
});

// Jämtlands län (area-23) is covered by the most entities of the seed (121): three pages of 50.
test('an area covered by more than a page: "Visa fler" appends each next page until all are shown, then focus lands on the count', async () => {
  const whole = (await api.data('{ area(id: "area-23") { coveredBy { id } } }')).area.coveredBy.length;
  expect(whole).toBeGreaterThan(100);
  const page = await openPage(chromium, api.server.url, '/omrade/area-23');
  await page.getByRole('heading', { level: 1, name: 'Jämtlands län' }).waitFor(WAIT);
  await page.waitForFunction(SETTLED, undefined, WAIT);
  const count = page.locator('govgraph-area p.more [role="status"]');
  const items = page.locator('govgraph-area section.covered li');
  await expect(count.textContent()).resolves.toBe(`Visar 50 av ${whole} som verkar här.`);
  await expect(items.count()).resolves.toBe(50);
  const more = page.getByRole('button', { name: 'Visa fler som verkar här' });
  for (const shown of [100, whole]) {
    await more.click();
    await page.waitForFunction(
      `document.querySelector('govgraph-area').shadowRoot.querySelector('p.more [role="status"]').textContent === 'Visar ${shown} av ${whole} som verkar här.'`,
      undefined,
      WAIT,
    );
    await expect(items.count()).resolves.toBe(shown);
  }
  await expect(more.count()).resolves.toBe(0);
  await expect(page.evaluate(`document.querySelector('govgraph-area').shadowRoot.activeElement?.id`)).resolves.toBe('fler-har');
  expect(serious(await axe(page))).toEqual([]);
  expect((page as any).failures).toEqual([]);
});

// SVO (body-svo): its item lists fit one page, so no "Visa fler" is offered and every item is listed.
test("a body's item lists that fit one page show every item and no button", async () => {
  const { body } = await api.data('{ body(id: "body-svo") { itemsPrepared { id } itemsDecided { id } itemsFollowedUp { id } } }');
  const page = await openPage(chromium, api.server.url, '/organ/body-svo?per=2024-09-01');
  await page.getByRole('heading', { level: 1, name: 'Samråd vård och omsorg' }).waitFor(WAIT);
  await page.waitForFunction(SETTLED, undefined, WAIT);
  const lists = page.locator('govgraph-body section[aria-labelledby="arenden"] .cols > div');
  await expect(lists.nth(0).locator('li').count()).resolves.toBe(body.itemsPrepared.length);
  await expect(lists.nth(1).locator('li').count()).resolves.toBe(body.itemsDecided.length);
  await expect(lists.nth(2).locator('li').count()).resolves.toBe(body.itemsFollowedUp.length);
  await expect(page.getByRole('button', { name: 'Visa fler ärenden' }).count()).resolves.toBe(0);
  expect((page as any).failures).toEqual([]);
});
