import { html, nothing, type TemplateResult } from 'lit';
import { explorerUrl } from './api';

/**
 * Links to the service's exports (src/export/routes.ts): CSV, iCal, Mermaid, DOT and
 * Popolo. They are served by the service, so in an embed they point at its origin.
 */

type Params = Record<string, string | number | null | undefined>;

/** An export's address with the page's filters as its query parameters; empty ones are left out (the export's default). */
export function exportHref(path: string, params: Params = {}): string {
  const given = Object.entries(params).filter((e): e is [string, string | number] => e[1] !== undefined && e[1] !== null && e[1] !== '');
  const search = new URLSearchParams(given.map(([k, v]) => [k, String(v)])).toString();
  return explorerUrl(`/export${path}${search ? `?${search}` : ''}`);
}

/**
 * A file to download. The visible text says what it is and its format; `context` (for
 * screen readers) says which list, where a page has several "Ladda ner CSV" links.
 */
export function downloadLink(href: string, text: string, context?: string): TemplateResult {
  return html`<a class="export" href=${href} download>${text}${context ? html`<span class="visually-hidden"> – ${context}</span>` : nothing}</a>`;
}

/**
 * An iCal feed; `text` names it ("Prenumerera på kalender (iCal) …"). No `download`
 * attribute: the browser hands text/calendar to the calendar app, and the address itself
 * is what a calendar subscribes to (see calendarHint).
 */
export function calendarLink(href: string, text: string): TemplateResult {
  return html`<a class="export" href=${href}>${text}</a>`;
}

/** How to subscribe rather than import once: said once wherever a page offers feeds. */
export const calendarHint = (): TemplateResult =>
  html`<span class="muted hint">Kalendern uppdateras själv om du kopierar länkens adress och lägger till den som prenumeration i Outlook, Google Kalender eller telefonens kalender. Den visar sista uppsägningsdagar för avtal, uppdragens redovisningsdagar och möten med känd dag.</span>`;
