import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../../src/config';

/**
 * Debian's Chromium driven by playwright-core (never `npx playwright install`: it would
 * download a browser). .ci/run installs chromium with apt-get when it is missing.
 */
export const CHROMIUM = process.env.GOVGRAPH_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface TestBrowser {
  browser: Browser;
  /** A fresh context (own cookies, cache and storage) at a viewport width. */
  page(width?: number): Promise<Page>;
  close(): Promise<void>;
}

/** A non-persistent browser: playwright gives it a fresh temporary profile and removes it. */
export async function launchBrowser(): Promise<TestBrowser> {
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  const contexts: BrowserContext[] = [];
  return {
    browser,
    async page(width = 1280) {
      const context = await browser.newContext({ viewport: { width, height: 900 }, locale: 'sv-SE' });
      contexts.push(context);
      return context.newPage();
    },
    async close() {
      for (const c of contexts) await c.close().catch(() => undefined);
      await browser.close();
    },
  };
}

const AXE = readFileSync(join(ROOT, 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

/** Runs axe-core's WCAG 2.1 A/AA rules on the page; returns every violation. */
export async function axe(page: Page): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: AXE });
  return page.evaluate(
    `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }).then(r => r.violations.map(v => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: n.target })) })))`,
  ) as Promise<AxeViolation[]>;
}

/** The serious and critical ones, as readable lines (an empty list passes). */
export const serious = (violations: AxeViolation[]): string[] =>
  violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);

/** Screenshots for people to look at, in a git-ignored folder. */
export const SHOTS = join(ROOT, '.data', 'screenshots');
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
}

/** True once no govgraph view anywhere (shadow roots included) still says it is fetching. */
export const SETTLED = `(() => {
  const busy = (root) => [...root.querySelectorAll('*')].some((e) => (e.shadowRoot && busy(e.shadowRoot)) || (e.getAttribute('role') === 'status' && e.textContent.startsWith('Hämtar')) || e.classList.contains('pending'));
  return !busy(document);
})()`;

/**
 * Opens a page of the service at `origin` and collects what went wrong on it in
 * `page.failures`: script errors, failed requests and any request to another origin.
 * Aborted requests are the views' own: a newer filter or date cancels the older request.
 */
export async function openPage(browser: TestBrowser, origin: string, path: string, width = 1280): Promise<Page> {
  const page = await browser.page(width);
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  page.on('requestfailed', (r) => r.failure()?.errorText !== 'net::ERR_ABORTED' && failures.push(`${r.url()} ${r.failure()?.errorText}`));
  page.on('request', (r) => new URL(r.url()).origin !== origin && failures.push(`request to another origin: ${r.url()}`));
  (page as any).failures = failures;
  await page.goto(`${origin}${path}`);
  return page;
}
