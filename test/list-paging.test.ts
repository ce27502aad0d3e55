import { startTestApi, type TestApi } from './helpers';

/**
 * Lists read one page in the statement (ORDER BY … SKIP/LIMIT) and count the whole list
 * only when totalCount is asked for; without the count, hasNextPage comes from reading one
 * row past the page. Every window must still be the slice of the whole list that Relay's
 * algorithm gives (on offsets: from after + 1, up to first rows, before `before`, the last
 * `last` of those), with or without totalCount, including cursors past the end.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

// Lists no other test writes to; they include rows without the sort key (undated bodies,
// documents and meetings; mandates have no name), which come last both ways.
const CASES = [
  { list: 'bodies', args: 'filter: {area: "area-23"}, order: {field: DATE}' },
  { list: 'bodies', args: 'filter: {area: "area-23"}, order: {field: DATE, direction: DESC}' },
  { list: 'documents', args: 'order: {field: DATE, direction: DESC}' },
  { list: 'meetings', args: '' },
  { list: 'mandates', args: '' },
  { list: 'areas', args: 'filter: {area: "area-05"}, order: {field: NAME, direction: DESC}' },
  { list: 'topics', args: 'order: {field: ID}' },
];

const cursor = (offset: number) => Buffer.from(`offset:${offset}`).toString('base64');
const ids = (nodes: { id: string }[]) => nodes.map((n) => n.id);

interface Window {
  first?: number;
  after?: number;
  last?: number;
  before?: number;
}

/** The rows and pageInfo Relay's algorithm gives for a window of a list of these ids. */
function expected(all: string[], w: Window) {
  const lo0 = w.after === undefined ? 0 : w.after + 1;
  let hi = Math.min(w.before ?? all.length, all.length);
  if (w.first !== undefined && lo0 + w.first < hi) hi = lo0 + w.first;
  const lo = w.last !== undefined && hi - w.last > lo0 ? hi - w.last : lo0;
  const rows = all.slice(lo, Math.max(lo, hi));
  return {
    ids: rows,
    pageInfo: {
      hasNextPage: lo + rows.length < all.length,
      hasPreviousPage: lo > 0,
      startCursor: rows.length ? cursor(lo) : null,
      endCursor: rows.length ? cursor(lo + rows.length - 1) : null,
    },
  };
}

async function read(c: (typeof CASES)[number], w: Window, withCount: boolean) {
  const paging = Object.entries(w).map(([k, v]) => (k === 'after' || k === 'before' ? `${k}: "${cursor(v)}"` : `${k}: ${v}`));
  const args = [c.args, ...paging].filter(Boolean).join(', ');
  const { page } = await api.data(
    `{ page: ${c.list}(${args}) { ${withCount ? 'totalCount ' : ''}nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`,
  );
  return page;
}

describe('paging without totalCount', () => {
  test.each(CASES)('$list($args): every window is the slice Relay gives, with and without totalCount', async (c) => {
    const all = ids((await read(c, { first: 100 }, true)).nodes);
    const total = all.length;
    expect(total).toBeGreaterThan(5);
    const offsets = [...new Set([0, 1, 2, Math.floor(total / 2), total - 3, total - 2, total - 1, total, total + 1, total + 5])];
    const windows: Window[] = [{ first: 0 }, { last: 4 }, { last: total + 3 }, { first: 3, last: 2 }, { first: 4, last: 2, after: 1 }];
    for (const o of offsets) {
      windows.push(
        { first: 4, after: o },
        { last: 4, before: o },
        { last: 3, after: o },
        { first: 3, before: o },
        { first: 2, after: 0, before: o },
        { last: 2, after: 1, before: o },
      );
    }
    for (const w of windows) {
      const want = expected(all, w);
      for (const withCount of [false, true]) {
        const got = await read(c, w, withCount);
        expect({ w, withCount, ids: ids(got.nodes), pageInfo: got.pageInfo }).toEqual({ w, withCount, ...want });
        if (withCount) expect(got.totalCount).toBe(total);
      }
    }
  });
});

describe('counting', () => {
  let texts: string[] = [];
  beforeAll(() => {
    api.db.onStatement = (_name, _params, text) => texts.push(text);
  });
  afterAll(() => {
    api.db.onStatement = undefined;
  });
  const counts = async (query: string): Promise<boolean> => {
    texts = [];
    await api.data(query);
    const list = texts.filter((t) => t.includes('src/list/render.ts'));
    expect(list).toHaveLength(1);
    return list[0].includes('count(n) AS total');
  };

  test('the whole list is counted only when totalCount is asked for, directly, through a fragment or under an alias', async () => {
    expect(await counts('{ items(first: 3) { nodes { id } pageInfo { hasNextPage endCursor } } }')).toBe(false);
    expect(await counts('{ items(first: 3) { totalCount nodes { id } } }')).toBe(true);
    expect(await counts('{ items(first: 3) { ...C } } fragment C on ItemConnection { n: totalCount }')).toBe(true);
    expect(await counts('{ items(first: 3) { ... on ItemConnection { totalCount } } }')).toBe(true);
  });

  test('the last rows without `before` are placed by counting the list, whether or not totalCount is asked for', async () => {
    expect(await counts('{ items(last: 3) { nodes { id } } }')).toBe(true);
    expect(await counts('{ items(last: 3, before: "b2Zmc2V0OjEw") { nodes { id } } }')).toBe(false);
  });
});
