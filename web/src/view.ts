import { LitElement } from 'lit';
import { ApiError } from './api';
import { base, loadSources, type Load } from './shared';

/**
 * A view that fetches its data from its attributes: whenever the key made of them
 * changes, the previous request is aborted and a new one runs. Source titles are loaded
 * with the first request so citations render complete.
 */
export abstract class View<T> extends LitElement {
  static styles = [base];
  protected load: Load<T> = { state: 'loading' };
  private key?: string;
  private controller?: AbortController;

  /** What the data depends on; undefined while an attribute is missing. */
  protected abstract dataKey(): string | undefined;
  protected abstract fetchData(signal: AbortSignal): Promise<T>;

  protected willUpdate(): void {
    const key = this.dataKey();
    if (key === undefined || key === this.key) return;
    this.key = key;
    void this.run();
  }

  private async run(): Promise<void> {
    this.controller?.abort();
    const controller = (this.controller = new AbortController());
    this.load = { state: 'loading' };
    try {
      const [data] = await Promise.all([this.fetchData(controller.signal), loadSources()]);
      if (controller.signal.aborted) return;
      this.load = { state: 'done', data };
    } catch (e) {
      if (controller.signal.aborted) return;
      this.load = { state: 'error', message: e instanceof ApiError ? e.message : 'oväntat fel' };
    }
    this.requestUpdate();
    this.dispatchEvent(new CustomEvent('govgraph-loaded', { bubbles: true, composed: true }));
  }

  /** Tells the page (the explorer's router, or a host) that a view's own controls changed. */
  protected changed(params: Record<string, string | undefined>): void {
    this.dispatchEvent(new CustomEvent('govgraph-change', { detail: params, bubbles: true, composed: true }));
  }
}
