import type { Database, Row } from '../db/database';
import { BadInput } from '../shared/bad-input';
import type { EntityRow } from '../shared/repository';
import { existenceProblem, type IdRef } from '../shared/id-check';
import { fold, nameKey, normalise } from '../shared/text';
import { fromTheEnd, pageParams, paging, type Page, type PageRequest, type Paging } from './page';
import { renderList, type ListShape } from './render';

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
  nameExact?: string;
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

/** What a request reads below a page's rows (src/plan), composed into the list statement; `key` names it in the statement cache. */
export interface Below {
  key: object;
  calls: string[];
  map: string;
  /** The parameters the plan's text takes (its nested pages). */
  params?: Row;
}

/** Lists of every kind: one page, filtered and sorted, in one statement generated per shape (./render.ts). */
export class ListRepository {
  constructor(private readonly db: Database) {}

  /** The ids this request's filters name, by "filter.<field>=<id>", with their kinds (src/server/id-arguments.ts). */
  private readonly named = new Map<string, IdRef>();

  /** Ids a filter names: page() looks up those it filters by in its own statement, and one that names nothing is BAD_USER_INPUT. */
  expectIds(refs: IdRef[]): void {
    for (const ref of refs) this.named.set(`${ref.field}=${ref.id}`, ref);
  }

  /**
   * One page; the whole list is counted only when `count` (totalCount asked for) or to place
   * the last rows. With `below`, the same statement reads what the request asks below the
   * rows: `planned` holds each row's id and its planned lists.
   */
  async page(
    spec: ListSpec,
    filter: ListQuery,
    order: ListSort | undefined,
    page: PageRequest,
    count = true,
    below?: Below,
    /** The properties the request reads of each row (src/plan/project.ts); null: all of them. */
    props: string[] | null = null,
  ): Promise<Page<EntityRow> & { planned: Row[] }> {
    if ((filter.dateFrom || filter.dateTo || order?.field === 'DATE') && !spec.dateField) {
      throw new BadInput(`${spec.label} rows have no main date: drop dateFrom/dateTo and sort by NAME or ID`, 'filter');
    }
    if (filter.name !== undefined && filter.name.trim().length === 0) {
      throw new BadInput('filter.name is empty; give part of a name or leave it out', 'filter.name');
    }
    // The whole name as its words, normalised as stored names are (src/shared/derived.ts nameKeys).
    const exact = filter.nameExact === undefined ? null : nameKey(normalise(filter.nameExact));
    if (exact === '')
      throw new BadInput('filter.nameExact has no letters or digits; give a whole name or abbreviation, e.g. "LGVO", or leave it out', 'filter.nameExact');
    const refs = Object.entries(filter).flatMap(([key, id]) => this.named.get(`filter.${key}=${id}`) ?? []);
    const params = {
      name: filter.name ? fold(filter.name.trim()) : null,
      nameExact: exact,
      nameWord:
        exact === null
          ? null
          : nameKey(fold(filter.nameExact!))
              .split(' ')
              .reduce((a, b) => (b.length > a.length ? b : a)),
      kinds: filter.kinds ?? null,
      tiers: filter.tiers ?? null,
      area: filter.area ?? null,
      topic: filter.topic ?? null,
      asOf: filter.asOf ?? null,
      dateFrom: filter.dateFrom ?? null,
      dateTo: filter.dateTo ?? null,
    };
    const shape = {
      label: spec.label,
      kindField: spec.kindField ?? 'kind',
      tierField: spec.tierField ?? 'tier',
      dateField: spec.dateField ?? 'date',
      sortKey: order?.field === 'DATE' ? `${spec.dateField}Start` : order?.field === 'ID' ? 'id' : 'sortName',
      descending: order?.direction === 'DESC',
      refs: refs.length > 0,
      props,
      filters: Object.fromEntries(Object.entries(params).map(([k, v]) => [k, v !== null])) as ListShape['filters'],
    };
    const asked = pageParams(page);
    const planned: Row[] = [];
    const read = async (p: Paging): Promise<Page<EntityRow> | null> => {
      const { skip, limit, fromEnd, count: counted } = p.window;
      const given = Object.fromEntries(Object.entries(params).filter(([, v]) => v !== null));
      const [row] = await this.db.readPlanned(statement({ ...shape, fromEnd, count: counted }, below), {
        ...given,
        ...below?.params,
        skip,
        limit,
        ...(shape.refs ? { refs: refs.map((r) => r.id) } : {}),
      });
      // An id the filter names that no entity of its kind has: the page is empty, and the answer is BAD_USER_INPUT.
      for (const [i, ref] of refs.entries()) {
        const problem = existenceProblem(ref, row.refs[i].labels[0] ?? []);
        if (problem) throw problem;
      }
      planned.push(...(row.planned ?? []));
      return p.place<EntityRow>(
        row.page.map((r: Row) => ({ labels: r.labels, props: r.props })),
        row.total,
      );
    };
    // A `before` past the end of the list (the list shrank) is placed from the end instead.
    const found = (await read(paging(asked, count))) ?? (await read(fromTheEnd(asked.after === null ? 0 : asked.after + 1, asked.last ?? 0)))!;
    return { ...found, planned };
  }
}

/** Statements by shape (and plan below): a shape's text never changes, so each is rendered once. */
const rendered = new Map<string, string>();
const renderedBelow = new WeakMap<object, Map<string, string>>();
function statement(shape: ListShape, below?: Below): string {
  const key = JSON.stringify(shape);
  const texts = below ? (renderedBelow.get(below.key) ?? new Map<string, string>()) : rendered;
  if (below) renderedBelow.set(below.key, texts);
  let text = texts.get(key);
  if (text === undefined) texts.set(key, (text = renderList(shape, below)));
  return text;
}
