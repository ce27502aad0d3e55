import type { Database, Row } from '../db/database';
import { BadInput } from '../shared/bad-input';
import type { EntityRow } from '../shared/repository';
import { fold } from '../shared/text';
import { pageParams, type Page, type PageRequest } from './page';

/** How one label is listed: which properties its kind, tier and main date are. */
export interface ListSpec {
  label: string;
  kindField?: string;
  tierField?: string;
  dateField?: string;
}

/** Filters every list takes (src/list/filters.ts gives their meaning to clients); undefined: not filtered. */
export interface ListQuery {
  name?: string;
  area?: string;
  topic?: string;
  asOf?: string;
  dateFrom?: string;
  dateTo?: string;
  kinds?: string[];
  tiers?: string[];
}

/** Sorted by folded name, by the main date (undated last) or by id; ascending unless DESC. */
export interface ListSort {
  field: 'NAME' | 'DATE' | 'ID';
  direction: 'ASC' | 'DESC';
}

/** Lists of every kind: one page, filtered and sorted, in a single statement (cypher/node/list.cypher). */
export class ListRepository {
  constructor(private readonly db: Database) {}

  async page(spec: ListSpec, filter: ListQuery, order: ListSort | undefined, page: PageRequest): Promise<Page<EntityRow>> {
    if ((filter.dateFrom || filter.dateTo || order?.field === 'DATE') && !spec.dateField) {
      throw new BadInput(`${spec.label} rows have no main date: drop dateFrom/dateTo and sort by NAME or ID`, 'filter');
    }
    if (filter.name !== undefined && filter.name.trim().length === 0) {
      throw new BadInput('filter.name is empty; give part of a name or leave it out', 'filter.name');
    }
    const sortField = order?.field === 'DATE' ? `${spec.dateField}Start` : order?.field === 'ID' ? 'id' : 'sortName';
    const rows = await this.db.read('node/list', {
      label: spec.label,
      name: filter.name ? fold(filter.name.trim()) : null,
      kindField: spec.kindField ?? 'kind',
      kinds: filter.kinds ?? null,
      tierField: spec.tierField ?? 'tier',
      tiers: filter.tiers ?? null,
      area: filter.area ?? null,
      topic: filter.topic ?? null,
      asOf: filter.asOf ?? null,
      dateField: spec.dateField ?? 'date',
      dateFrom: filter.dateFrom ?? null,
      dateTo: filter.dateTo ?? null,
      sortField,
      descending: order?.direction === 'DESC',
      ...pageParams(page),
    });
    const [{ total, offset, page: items }] = rows;
    return { total, offset, nodes: items.map((r: Row) => ({ labels: r.labels, props: r.props })) };
  }
}
