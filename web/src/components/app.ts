import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { isExplorerPath, parse, type Route } from '../router';
import './search';
import './body';
import './item';
import './agreements';
import './area';

const TITLES: Partial<Record<Route['page'], string>> = {
  start: 'Utforska samverkan i vård och omsorg',
  search: 'Sök',
  agreements: 'Avtalsregistret',
  overlaps: 'Överlapp och luckor',
  missing: 'Sidan finns inte',
};

/** The anchor a click landed on, across shadow roots (HTML and SVG links alike). */
function anchorOf(e: MouseEvent): Element | undefined {
  return e.composedPath().find((n): n is Element => n instanceof Element && n.localName === 'a' && n.hasAttribute('href'));
}

/**
 * The explorer's shell: header, navigation, main and footer landmarks, and a router that
 * keeps each view's state in its URL. Rendered in the light DOM so the landmarks are the
 * page's own; the views inside are the same web components a portal can embed.
 */
export class GovgraphApp extends LitElement {
  private route: Route = parse(new URL(location.href));
  private moveFocus = false;

  createRenderRoot(): HTMLElement {
    return this;
  }

  connectedCallback(): void {
    super.connectedCallback();
    addEventListener('popstate', () => this.go(new URL(location.href), false));
    this.addEventListener('click', (e) => this.follow(e));
    this.addEventListener('submit', (e) => this.submitted(e));
    this.addEventListener('govgraph-change', (e) => this.changed(e as CustomEvent<Record<string, string | undefined>>));
    this.addEventListener('govgraph-loaded', (e) => this.loaded(e));
  }

  private go(url: URL, push: boolean): void {
    if (push) history.pushState(null, '', url.pathname + url.search);
    this.route = parse(url);
    this.moveFocus = true;
    this.requestUpdate();
    window.scrollTo(0, 0);
  }

  private follow(e: MouseEvent): void {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = anchorOf(e);
    if (!a || (a.getAttribute('target') ?? '') !== '') return;
    const url = new URL(a.getAttribute('href')!, location.href);
    if (url.origin !== location.origin || !isExplorerPath(url.pathname)) return;
    e.preventDefault();
    this.go(url, true);
  }

  /** The header's search form: a GET form to /sok, handled without a reload. */
  private submitted(e: Event): void {
    const form = e.target as HTMLFormElement;
    if (form.getAttribute('action') !== '/sok') return;
    e.preventDefault();
    const q = new FormData(form).get('q')?.toString().trim() ?? '';
    this.go(new URL(`/sok?q=${encodeURIComponent(q)}`, location.href), true);
  }

  /** A view's own controls changed (date, depth, filters): keep the URL shareable. */
  private changed(e: CustomEvent<Record<string, string | undefined>>): void {
    const url = new URL(location.href);
    if ('q' in e.detail) return this.go(new URL(`/sok?q=${encodeURIComponent(e.detail.q ?? '')}`, location.href), true);
    for (const [k, v] of Object.entries(e.detail)) {
      if (v) url.searchParams.set(k, v);
      else url.searchParams.delete(k);
    }
    history.replaceState(null, '', url.pathname + url.search);
  }

  /** After a navigation, focus goes to the new page's heading, as a page load would put it at the top. */
  private loaded(e: Event): void {
    if (!this.moveFocus) return;
    const view = e.target as HTMLElement;
    const heading = view.shadowRoot?.querySelector<HTMLElement>('h1[tabindex]') ?? this.querySelector<HTMLElement>('main h1');
    if (this.route.page === 'search') return void (this.moveFocus = false);
    this.moveFocus = false;
    heading?.focus();
  }

  updated(): void {
    const title = TITLES[this.route.page];
    if (title) document.title = `${title} – govgraph`;
    if (this.moveFocus && this.route.page !== 'body' && this.route.page !== 'item' && this.route.page !== 'area') {
      this.moveFocus = false;
      if (this.route.page !== 'search') this.querySelector<HTMLElement>('main h1')?.focus();
    }
  }

  render(): TemplateResult {
    return html`
      <a class="skip" href="#innehall">Hoppa till innehållet</a>
      <header class="site">
        <a class="brand" href="/">govgraph <span>utforskaren</span></a>
        <nav aria-label="Huvudmeny">
          <ul>
            <li><a href="/" aria-current=${this.route.page === 'start' || this.route.page === 'search' ? 'page' : nothing}>Sök</a></li>
            <li><a href="/avtal" aria-current=${this.route.page === 'agreements' ? 'page' : nothing}>Avtalsregistret</a></li>
            <li><a href="/overlapp" aria-current=${this.route.page === 'overlaps' ? 'page' : nothing}>Överlapp och luckor</a></li>
            <li><a href="/omrade/area-05">Östergötland</a></li>
            <li><a href="/omrade/area-04">Sörmland</a></li>
            <li><a href="/omrade/area-23">Jämtland</a></li>
          </ul>
        </nav>
      </header>
      <main id="innehall" tabindex="-1">${this.page()}</main>
      <footer class="site">
        <p>Allt på sidorna hämtas från det öppna GraphQL-API:t på <a href="/graphiql">/graphql</a>, som vem som helst kan använda. Varje uppgift har en källa: välj <em>Källa</em> för dokument och ställe.</p>
      </footer>`;
  }

  private page(): TemplateResult {
    const r = this.route;
    switch (r.page) {
      case 'start':
        return html`<h1 tabindex="-1">${TITLES.start}</h1>
          <p class="lead">Vem bereder, vem beslutar och vem följer upp? Sök bland organ, ärenden, avtal och uppdrag i den gemensamma styrningen av vård och omsorg.</p>
          <govgraph-search></govgraph-search>
          <h2>Vanliga frågor</h2>
          <ul>
            <li><a href="/arende/item-002-samverkansavtal-hemsjukvard">Vem beslutar om det nya samverkansavtalet för hemsjukvård, och när ska det sägas upp?</a></li>
            <li><a href="/organ/body-svo">Hur ser SVO:s rapporteringskedja ut?</a></li>
            <li><a href="/avtal?omrade=area-05">Vilka avtal i Östergötland måste sägas upp snart?</a></li>
            <li><a href="/overlapp?omrade=area-04">Var överlappar organens mandat varandra i Sörmland, och vilka ärenden saknar beslutsfattare?</a></li>
          </ul>`;
      case 'search':
        return html`<h1 tabindex="-1">Sök</h1><govgraph-search q=${r.q}></govgraph-search>`;
      case 'body':
        return html`<govgraph-body body=${r.id} as-of=${r.per ?? ''} depth=${r.depth ?? 2}></govgraph-body>`;
      case 'item':
        return html`<govgraph-item item=${r.id} as-of=${r.per ?? ''}></govgraph-item>`;
      case 'agreements':
        return html`<h1 tabindex="-1">Avtalsregistret</h1>
          <p class="lead">Avtal och överenskommelser med giltighet, sista uppsägningsdag och förnyelse, beräknat för valt datum.</p>
          <govgraph-agreements as-of=${r.per ?? ''} area=${r.area ?? ''} notice-to=${r.noticeTo ?? ''} ends-to=${r.endsTo ?? ''} responsible=${r.responsible ?? ''} sort=${r.sort ?? ''}></govgraph-agreements>`;
      case 'area':
        return html`<govgraph-area area=${r.id}></govgraph-area>`;
      case 'overlaps':
        // Loaded on demand: the first view (search) stays small; the element upgrades when it arrives.
        void import('./overlaps');
        return html`<h1 tabindex="-1">${TITLES.overlaps}</h1>
          <p class="lead">Var gör flera organ samma sak, och var saknas någon som beslutar eller tar emot en rapport? Varje analys bygger på källorna, och varje fynd har sin källa ett klick bort.</p>
          <govgraph-overlaps area=${r.area ?? ''} topic=${r.topic ?? ''} as-of=${r.per ?? ''}></govgraph-overlaps>`;
      default:
        return html`<h1 tabindex="-1">${TITLES.missing}</h1><p>Adressen finns inte i utforskaren. <a href="/">Till startsidan</a>.</p>`;
    }
  }
}
customElements.define('govgraph-app', GovgraphApp);
