import type { Database } from '../db/database';
import { userError } from '../server/errors';
import { toNode } from '../shared/registry';
import { fold } from '../shared/text';
import type { Node } from '../shared/types';
import { pageParams, type Page, type PageArgs } from './connection';
import { SortDirection, SortField, type ListFilter, type ListOrder } from './filters';

/** How one label is listed: which properties its kind, tier and main date are. */
export interface ListSpec {
  label: string;
  kindField?: string;
  tierField?: string;
  dateField?: string;
}

/** One page of a label's entities, filtered and sorted in a single statement. */
export async function listPage<T extends Node>(
  db: Database,
  spec: ListSpec,
  filter: ListFilter & { kinds?: string[]; tiers?: string[] },
  order: ListOrder | undefined,
  page: PageArgs,
): Promise<Page<T>> {
  if ((filter.dateFrom || filter.dateTo || order?.field === SortField.DATE) && !spec.dateField) {
    throw userError('BAD_USER_INPUT', `${spec.label} rows have no main date: drop dateFrom/dateTo and sort by NAME or ID`, { field: 'filter' });
  }
  if (filter.name !== undefined && filter.name.trim().length === 0) {
    throw userError('BAD_USER_INPUT', 'filter.name is empty; give part of a name or leave it out', { field: 'filter.name' });
  }
  const sortField = order?.field === SortField.DATE ? `${spec.dateField}Start` : order?.field === SortField.ID ? 'id' : 'sortName';
  const rows = await db.read('node/list', {
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
    descending: order?.direction === SortDirection.DESC,
    ...pageParams(page),
  });
  const [{ total, offset, page: items }] = rows;
  return { total, offset, nodes: items.map((r: any) => toNode(r.props, r.labels) as T) };
}
