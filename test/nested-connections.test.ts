import type { Row } from '../src/db/database';
import { NESTED_MAX, NESTED_PAGE } from '../src/list/nested';
import { along } from '../src/shared/follow';
import { ids, startTestApi, type TestApi } from './helpers';

/**
 * Relationship lists of objects are paged (`first`/`after`, default NESTED_PAGE) and each
 * has a twin `<field>Connection`; the planned statement reads only the page (LIMIT inside
 * it) and counts only when totalCount is asked for. Against the real seed.
 */
let api: TestApi;
let sent: { name: string; params: Row; text: string }[] = [];

beforeAll(async () => {
  api = await startTestApi();
  api.db.onStatement = (name, params, text) => sent.push({ name, params, text });
});
afterAll(() => api.close());

/** The data of an operation and the statements it sent. */
async function run(query: string, variables?: Record<string, unknown>): Promise<{ data: any; statements: typeof sent }> {
  sent = [];
  const data = await api.data(query, variables);
  return { data, statements: sent };
}

const COVERED = `query Covered($id: ID!, $first: Int, $after: String) {
  area(id: $id) { coveredByConnection(first: $first, after: $after) { edges { cursor node { id } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }
}`;

/** Every page of area-05's coveredBy, `first` at a time, following endCursor. */
async function allPages(first: number): Promise<{ ids: string[]; pages: any[] }> {
  const pages: any[] = [];
  let after: string | null = null;
  do {
    const { data } = await run(COVERED, { id: 'area-05', first, after });
    const page: any = data.area.coveredByConnection;
    pages.push(page);
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after !== null && pages.length < 100);
  return { ids: pages.flatMap((p) => ids(p.nodes)), pages };
}

describe('nested relationship lists', () => {
  // Östergötland (area-05): the bodies, organisations, mandates, documents and items whose remit covers it.
  test('paging a connection with first/after gives the unpaged list, in its order, page by page', async () => {
    const { data } = await run('{ area(id: "area-05") { coveredBy { id } } }');
    const whole = ids(data.area.coveredBy);
    expect(whole.length).toBeGreaterThan(20);
    const { ids: paged, pages } = await allPages(7);
    expect(paged).toEqual(whole);
    expect(pages).toHaveLength(Math.ceil(whole.length / 7));
    pages.forEach((page, i) => {
      const last = i === pages.length - 1;
      expect(page.pageInfo.hasNextPage).toBe(!last);
      expect(page.pageInfo.hasPreviousPage).toBe(i > 0);
      expect(page.nodes).toHaveLength(last ? whole.length - 7 * i : 7);
      expect(page.edges.map((e: any) => e.node.id)).toEqual(ids(page.nodes));
      expect(page.pageInfo.startCursor).toBe(page.edges[0].cursor);
      expect(page.pageInfo.endCursor).toBe(page.edges[page.edges.length - 1].cursor);
    });
  });

  test('the plain list takes first/after too, and answers the same rows as its connection', async () => {
    const { data } = await run('{ area(id: "area-05") { coveredBy { id } } }');
    const whole = ids(data.area.coveredBy);
    const first = await run(COVERED, { id: 'area-05', first: 5 });
    const after = first.data.area.coveredByConnection.pageInfo.endCursor;
    const { data: plain } = await run(`{ area(id: "area-05") { coveredBy(first: 5, after: "${after}") { id } } }`);
    expect(ids(plain.area.coveredBy)).toEqual(whole.slice(5, 10));
  });

  // The date order of a body's meetings, by the sorted list's own dates; SVOM (body-svom) has several meetings in the sources.
  test("a body's meetings page in date order, oldest first, as the unpaged list", async () => {
    const { data } = await run('{ body(id: "body-svom") { meetings { id date { earliest } } } }');
    const whole = data.body.meetings;
    expect(whole.length).toBeGreaterThan(2);
    const days = whole.map((m: any) => m.date?.earliest ?? '');
    expect(days).toEqual([...days].sort());
    const { data: paged } = await run(
      '{ body(id: "body-svom") { a: meetings(first: 2) { id } b: meetingsConnection(first: 2, after: "b2Zmc2V0OjE=") { nodes { id } } } }',
    );
    expect(ids(paged.body.a)).toEqual(ids(whole.slice(0, 2)));
    expect(ids(paged.body.b.nodes)).toEqual(ids(whole.slice(2, 4)));
  });

  // Area.children reads two relationships (areas that lie in it, then those it includes): a page across both is the same slice.
  test('a list joined from two relationships pages across the join', async () => {
    const { data } = await run('{ area(id: "area-05") { children { id } } }');
    const whole = ids(data.area.children);
    expect(whole.length).toBeGreaterThan(4);
    for (const [first, skip] of [
      [3, 0],
      [3, 3],
      [4, whole.length - 2],
    ]) {
      const after = skip === 0 ? null : Buffer.from(`offset:${skip - 1}`).toString('base64');
      const { data: page } = await run('query($first: Int, $after: String) { area(id: "area-05") { children(first: $first, after: $after) { id } } }', {
        first,
        after,
      });
      expect(ids(page.area.children)).toEqual(whole.slice(skip, skip + first));
    }
  });

  test('with no first, every list of the seed comes back whole: the longest (an area covered by 121 entities) included', async () => {
    const session = api.db.driver.session();
    try {
      const types = along('Area', 'coveredBy').flatMap((g) => g.types);
      const result = await session.run(
        'MATCH (a:Area)<-[r]-(x:Entity) WHERE type(r) IN $types WITH a, count(*) AS n RETURN a.id AS id, n ORDER BY n DESC, id LIMIT 1',
        {
          types,
        },
      );
      const [id, n] = [result.records[0].get('id') as string, Number(result.records[0].get('n'))];
      expect(n).toBeLessThanOrEqual(NESTED_PAGE);
      const { data } = await run('query($id: ID!) { area(id: $id) { coveredBy { id } coveredByConnection { totalCount pageInfo { hasNextPage } } } }', { id });
      expect(data.area.coveredBy).toHaveLength(n);
      expect(data.area.coveredByConnection).toEqual({ totalCount: n, pageInfo: { hasNextPage: false } });
    } finally {
      await session.close();
    }
  });

  test('totalCount is counted only when asked for, and then counts the whole list', async () => {
    const { data: whole } = await run('{ area(id: "area-05") { coveredBy { id } } }');
    const counted = await run('{ area(id: "area-05") { coveredByConnection(first: 3) { totalCount nodes { id } } } }');
    const uncounted = await run('{ area(id: "area-05") { coveredByConnection(first: 3) { nodes { id } } } }');
    expect(counted.data.area.coveredByConnection.totalCount).toBe(whole.area.coveredBy.length);
    expect(counted.statements.map((s) => s.text).join('\n')).toMatch(/COUNT \{/);
    expect(uncounted.statements.map((s) => s.text).join('\n')).not.toMatch(/COUNT \{/);
  });

  test('a paged nested request is ONE planned statement, with the page (LIMIT first+1) inside it', async () => {
    const { data, statements } = await run(`{ body(id: "body-svo") { id
      parts(first: 1) { id }
      itemsPreparedConnection(first: 2) { totalCount pageInfo { hasNextPage } nodes { id steps { body { id } } topics(first: 1) { id } } }
    } }`);
    expect(statements.map((s) => s.name)).toEqual(['planned']);
    const [{ text, params }] = statements;
    expect(text).toMatch(/SKIP \$p\d+skip LIMIT \$p\d+limit/);
    // itemsPrepared: 2 rows and one more for hasNextPage; parts: 1 and one more.
    expect(
      Object.entries(params)
        .filter(([k]) => k.endsWith('limit'))
        .map(([, v]) => v),
    ).toEqual(expect.arrayContaining([2, 3]));
    const items = data.body.itemsPreparedConnection;
    expect(items.nodes.length).toBeLessThanOrEqual(2);
    expect(items.pageInfo.hasNextPage).toBe(items.totalCount > 2);
    const { data: whole } = await run('{ body(id: "body-svo") { parts { id } itemsPrepared { id } } }');
    expect(ids(data.body.parts)).toEqual(ids(whole.body.parts).slice(0, 1));
    expect(ids(items.nodes)).toEqual(ids(whole.body.itemsPrepared).slice(0, 2));
    expect(items.totalCount).toBe(whole.body.itemsPrepared.length);
  });

  test('a list its own @include leaves out is read with LIMIT 0', async () => {
    const query = 'query($p: Boolean!) { body(id: "body-svo") { itemsPreparedConnection(first: 2) @include(if: $p) { nodes { id } } parts(first: 1) { id } } }';
    const skipped = await run(query, { p: false });
    expect(skipped.data.body.itemsPreparedConnection).toBeUndefined();
    expect(skipped.statements.map((s) => [s.params.p0limit, s.params.p1limit])).toEqual([[0, 2]]);
    const included = await run(query, { p: true });
    expect(included.data.body.itemsPreparedConnection.nodes.length).toBeGreaterThan(0);
    expect(included.statements.map((s) => [s.params.p0limit, s.params.p1limit])).toEqual([[3, 2]]);
  });

  test('nested pages below a top-level list page answer as the unpaged lists sliced', async () => {
    const { data: whole } = await run('{ bodies(first: 10) { nodes { id parts { id } topics { id } } } }');
    const { data } = await run(
      '{ bodies(first: 10) { nodes { id parts(first: 1) { id } topicsConnection(first: 1) { nodes { id } pageInfo { hasNextPage } } } } }',
    );
    data.bodies.nodes.forEach((b: any, i: number) => {
      const w = whole.bodies.nodes[i];
      expect(b.id).toBe(w.id);
      expect(ids(b.parts)).toEqual(ids(w.parts).slice(0, 1));
      expect(ids(b.topicsConnection.nodes)).toEqual(ids(w.topics).slice(0, 1));
      expect(b.topicsConnection.pageInfo.hasNextPage).toBe(w.topics.length > 1);
    });
  });

  // Seats are filtered by day and role in the resolver; their pages are the filtered list's.
  test('a list filtered by its arguments pages the filtered list', async () => {
    const { data: whole } = await run('{ body(id: "body-sso") { memberships(asOf: "2024-09-01") { id } } }');
    expect(whole.body.memberships.length).toBeGreaterThan(3);
    const { data } = await run(
      '{ body(id: "body-sso") { membershipsConnection(asOf: "2024-09-01", first: 2, after: "b2Zmc2V0OjA=") { totalCount nodes { id } pageInfo { hasNextPage } } } }',
    );
    expect(ids(data.body.membershipsConnection.nodes)).toEqual(ids(whole.body.memberships).slice(1, 3));
    expect(data.body.membershipsConnection.totalCount).toBe(whole.body.memberships.length);
  });

  test.each([
    ['first above the maximum', `itemsPrepared(first: ${NESTED_MAX + 1}) { id }`, 'first'],
    ['a negative first', 'itemsPreparedConnection(first: -1) { nodes { id } }', 'first'],
    ['a cursor the API did not make', 'itemsPreparedConnection(after: "bm90LWEtY3Vyc29y") { nodes { id } }', 'after'],
  ])('%s is BAD_USER_INPUT naming the argument', async (_what, selection, field) => {
    const response = await api.gql(`{ body(id: "body-svo") { ${selection} } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(response.errors?.[0].message).toMatch(field === 'first' ? new RegExp(`between 0 and ${NESTED_MAX}`) : /not a cursor/);
  });

  test('a deep request with big firsts is refused by the cost limit before any statement runs', async () => {
    sent = [];
    const response = await api.gql(`{ bodies(first: 50) { nodes { itemsPreparedConnection(first: 200) { nodes { id documents(first: 100) { id } } } } } }`);
    expect(response.errors?.[0].extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'cost' });
    expect(response.errors?.[0].message).toMatch(/cost/i);
    expect(sent).toEqual([]);
    // The same shape with small pages passes.
    const small = await api.gql(`{ bodies(first: 5) { nodes { itemsPreparedConnection(first: 5) { nodes { id documents(first: 5) { id } } } } } }`);
    expect(small.errors).toBeUndefined();
  });
});
