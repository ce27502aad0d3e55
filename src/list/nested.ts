import { along } from '../shared/follow';
import type { Read } from '../model';
import { cursorOf, pageParams, type Page, type PageRequest, type PageSizes } from './page';

/**
 * Pages of the lists an object's relationship fields return (a body's items, an area's
 * bodies): every such field takes `first`/`after` and has a twin `<field>Connection`. The
 * default is above the longest list of the seed graph (121 entities cover Jämtland), so a
 * request that names no page gets every list of the seed whole; at national scale it
 * bounds what one field returns. Cursors are the top-level lists' (src/list/page.ts).
 */
export const NESTED_PAGE = 200;
export const NESTED_MAX = 500;
export const NESTED_SIZES: PageSizes = { first: NESTED_PAGE, max: NESTED_MAX };

/** The rows one field's page spans: [offset, offset + first), and one more to tell whether rows follow. */
export interface NestedWindow {
  offset: number;
  first: number;
}

/** The window `first`/`after` ask for; BadInput naming the argument when `first` is out of range or `after` is not a cursor. */
export function nestedWindow(args: PageRequest): NestedWindow {
  const p = pageParams({ first: args.first, after: args.after }, NESTED_SIZES);
  return { offset: p.after === null ? 0 : p.after + 1, first: p.first ?? NESTED_PAGE };
}

/** The same window, for the planner, which must not fail where the resolver will say what is wrong: bad input reads the default page. */
export function plannedWindow(args: PageRequest): NestedWindow {
  try {
    return nestedWindow(args);
  } catch {
    return { offset: 0, first: NESTED_PAGE };
  }
}

/**
 * Relationship fields whose list the planned statement can page itself: the entities along
 * the field's relationships in the loader's order (name, then relationship type), narrowed
 * to one label where the resolver keeps one, or ordered by date where it sorts so. The
 * other list fields (filtered by day, role or status, grouped, or ordered otherwise) read
 * their relationship whole and are paged by their resolver.
 */
export interface PagedSpec {
  label?: string;
  order?: 'date';
}

export const PAGED_IN_PLAN: Record<string, PagedSpec> = {
  'Area.children': {},
  'Area.coveredBy': {},
  'Body.parts': {},
  'Body.topics': {},
  'Body.meetings': { order: 'date' },
  'Body.itemsPrepared': { label: 'Item' },
  'Body.itemsDecided': { label: 'Item' },
  'Body.itemsFollowedUp': { label: 'Item' },
  'Commission.issuedBy': {},
  'Commission.assignedTo': {},
  'Commission.reportTo': {},
  'Commission.documents': {},
  'Commission.topics': {},
  'Document.parties': {},
  'Document.adoptedBy': {},
  'Document.recommendedBy': {},
  'Document.preparedBy': {},
  'Document.responsible': {},
  'Document.followedUpBy': {},
  'Document.supersedes': {},
  'Document.supersededBy': {},
  'Document.extends': {},
  'Document.extensions': {},
  'Document.topics': {},
  'Document.concernedBy': {},
  'Indicator.topics': {},
  'Item.preparedBy': {},
  'Item.followedUpBy': {},
  'Item.responsible': {},
  'Item.documents': {},
  'Item.topics': {},
  'Item.commissions': {},
  'Mandate.topics': {},
  'Mandate.grantedBy': {},
  'Meeting.steps': {},
  'Organisation.parts': {},
  'Organisation.bodies': {},
  'Organisation.itemsDecided': { label: 'Item' },
  'Organisation.documents': { label: 'Document' },
  'Person.memberships': {},
  'Post.memberships': {},
  'Step.documents': {},
  'Topic.narrower': {},
  'Topic.concernedBy': {},
};

/** The key a page of one relationship group is read and primed under: direction, types, label and order. */
export const pageKey = (read: Read, spec: PagedSpec): string => `${read.direction}:${read.types.join(',')}|${spec.label ?? ''}|${spec.order ?? ''}`;

/** The page keys of a paged field, one per relationship group, in the order the resolver concatenates them. */
export const pageKeysOf = (type: string, field: string): string[] => along(type, field).map((read) => pageKey(read, PAGED_IN_PLAN[`${type}.${field}`]));

/** What a planned statement read of one relationship group from one node: rows from `skip`, at most `limit`, and the count when asked. */
export interface PrimedWindow<T> {
  skip: number;
  limit: number;
  rows: T[];
  total: number | null;
}

/**
 * The rows [offset, offset + first + 1) of a field's list from the windows primed for its
 * groups (concatenated in order), or undefined when they do not hold all of them (the
 * field was not planned, or planned for another page): the resolver then reads the list.
 */
export function fromWindows<T>(windows: (PrimedWindow<T> | undefined)[], w: NestedWindow): { rows: T[]; total: number | null } | undefined {
  if (windows.some((x) => x === undefined)) return undefined;
  const groups = windows as PrimedWindow<T>[];
  const end = w.offset + w.first + 1;
  if (groups.length === 1) {
    const [g] = groups;
    const complete = g.rows.length < g.limit;
    if (g.skip > w.offset || (!complete && g.skip + g.rows.length < end)) return undefined;
    return { rows: g.rows.slice(w.offset - g.skip, end - g.skip), total: g.total };
  }
  // Several groups: each read from its start; the list is known up to the first group cut short.
  const known: T[] = [];
  let whole = true;
  for (const g of groups) {
    if (g.skip !== 0) return undefined;
    known.push(...g.rows);
    if (g.rows.length >= g.limit) {
      whole = false;
      break;
    }
  }
  if (!whole && known.length < end) return undefined;
  const total = groups.every((g) => g.total !== null) ? groups.reduce((n, g) => n + g.total!, 0) : null;
  return { rows: known.slice(w.offset, end), total };
}

/** A page of a nested list from the rows [offset, offset + first + 1) of it. */
export function nestedPage<T>(rows: T[], w: NestedWindow, total: number | null): Page<T> {
  return { total, offset: w.offset, nodes: rows.slice(0, w.first), hasNext: rows.length > w.first };
}

/** A connection's value (edges, nodes, pageInfo, totalCount) for a page: the shape of every connection type. */
export function connectionValue<T>(page: Page<T>) {
  return {
    edges: page.nodes.map((node, i) => ({ cursor: cursorOf(page.offset + i), node })),
    nodes: page.nodes,
    totalCount: page.total,
    pageInfo: {
      hasPreviousPage: page.offset > 0,
      hasNextPage: page.hasNext,
      startCursor: page.nodes.length ? cursorOf(page.offset) : null,
      endCursor: page.nodes.length ? cursorOf(page.offset + page.nodes.length - 1) : null,
    },
  };
}
