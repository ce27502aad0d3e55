import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { getIntrospectionQuery } from 'graphql';
import neo4j from 'neo4j-driver';
import { ROOT } from '../src/config';
import { Deadline, RequestMemoryError, RequestTimeoutError } from '../src/db/deadline';
import { startTestApi, type TestApi } from './helpers';

type Response = { data?: any; errors?: any[]; extensions?: { roundTrips?: number } };

/**
 * The size limits are the defaults. The API reports the statements each request sent, so
 * "refused before any Cypher" is checked, not assumed. Its time limits are generous
 * because the test machine is shared and loaded; the deadline has its own API below.
 */
const RELAXED_TIME = { GOVGRAPH_REQUEST_TIMEOUT_MS: '120000', NEO4J_TX_TIMEOUT_MS: '120000' };
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_REPORT_ROUND_TRIPS: 'true', ...RELAXED_TIME });
});
afterAll(() => api.close());

const post = (query: string, variables?: Record<string, unknown>, on: TestApi = api) => on.gql(query, variables) as Promise<Response>;

/** A refusal by one limit: no data, the code, which limit, its value, what was found, and no statement sent. */
function expectRefused(response: Response, limit: string, max: number, found?: number): any {
  expect(response.data).toBeUndefined();
  expect(response.errors).toHaveLength(1);
  const error = response.errors![0];
  expect(error.extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit, max, found: found ?? expect.any(Number) });
  expect(error.message).toMatch(new RegExp(`^Query too complex: .*\\(limit '${limit}'\\)\\. To fix: `));
  expect(response.extensions?.roundTrips).toBe(0);
  return error;
}

const nested = (levels: number) => `{ body(id: "body-svo-au") ${'{ id partOf '.repeat(levels - 1)}{ id }${' }'.repeat(levels - 1)} }`;

describe('depth', () => {
  test('an operation nested deeper than 15 levels is refused before it runs, saying how to split it', async () => {
    const error = expectRefused(await post(nested(16)), 'depth', 15, 17);
    expect(error.message).toBe(
      "Query too complex: it is nested 17 levels deep; at most 15 are allowed (limit 'depth'). To fix: split it into several requests, or use chainUp/chainDown for long reporting chains.",
    );
  });

  test('an operation at the limit runs', async () => {
    const { data, errors, extensions } = await post(nested(14));
    expect(errors).toBeUndefined();
    expect(data.body.id).toBe('body-svo-au');
    expect(data.body.partOf.id).toBe('body-svo');
    expect(extensions?.roundTrips).toBeGreaterThan(0);
  });

  test('depth counts through named fragments', async () => {
    const deep = `${'partOf { '.repeat(15)}id${' }'.repeat(15)}`;
    expectRefused(await post(`fragment Deep on Body { ${deep} } { body(id: "body-svo") { ...Deep } }`), 'depth', 15, 17);
  });

  test("GraphiQL's full introspection query is within every limit", async () => {
    const { data, errors } = await post(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    expect(data.__schema.queryType.name).toBe('Query');
  });
});

describe('aliases, tokens, directives', () => {
  test('16 aliases are refused, naming the limit of 15', async () => {
    const aliased = Array.from({ length: 16 }, (_, i) => `s${i}: search(text: "vård", first: 1) { kind }`).join(' ');
    const error = expectRefused(await post(`{ ${aliased} }`), 'aliases', 15, 16);
    expect(error.message).toContain('it uses 16 aliases; at most 15 are allowed');
  });

  test('500 aliases of one field are refused before any statement', async () => {
    const aliased = Array.from({ length: 500 }, (_, i) => `a${i}: id`).join(' ');
    expectRefused(await post(`{ body(id: "body-svo") { ${aliased} } }`), 'aliases', 15, 500);
  });

  test('500 aliases of search are refused before any statement (the document is already too long)', async () => {
    const aliased = Array.from({ length: 500 }, (_, i) => `s${i}: search(text: "vård") { kind }`).join(' ');
    expectRefused(await post(`{ ${aliased} }`), 'tokens', 2000);
  });

  test('a document of more than 2000 tokens is refused with the count found', async () => {
    // { body ( id : "body-svo" ) { id×2100 } }: 2100 + 10 tokens.
    const error = expectRefused(await post(`{ body(id: "body-svo") { ${'id '.repeat(2100)}} }`), 'tokens', 2000, 2110);
    expect(error.message).toContain('the document has 2110 tokens');
  });

  test('51 directives are refused', async () => {
    expectRefused(await post(`{ body(id: "body-svo") { ${'id @include(if: true) '.repeat(51)}} }`), 'directives', 50, 51);
  });
});

describe('fragment fan-out', () => {
  /** 914 bytes: each fragment spreads the next twice, 23 levels: 2^23 fields once expanded. */
  const bomb = [
    'query Bomb { ...F0 }',
    ...Array.from({ length: 23 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`),
    'fragment F23 on Query { __typename }',
  ].join('\n');

  test('2^23 fields through fragments are refused in under a second, before any statement', async () => {
    const started = Date.now();
    const response = await post(bomb);
    const elapsed = Date.now() - started;
    const error = expectRefused(response, 'selections', 20000, 2 ** 23);
    expect(error.message).toContain('it selects 8388608 fields once its fragments are expanded');
    expect(elapsed).toBeLessThan(1000);
  });

  test('the service answers the next request at once', async () => {
    expect((await api.data('{ body(id: "body-svo") { id } }')).body.id).toBe('body-svo');
  });
});

describe('cost: each field 1, times the list sizes above it', () => {
  let strict: TestApi;
  beforeAll(async () => {
    strict = await startTestApi({ GOVGRAPH_REPORT_ROUND_TRIPS: 'true', GOVGRAPH_MAX_COST: '30', ...RELAXED_TIME });
  });
  afterAll(() => strict.close());

  test('the nested bodies → organisation → bodies query of 12 levels (a 194-byte GET) is refused by cost', async () => {
    const query = `{ bodies { nodes { ${'organisation { bodies { '.repeat(5)}id${' } }'.repeat(5)} } } }`;
    const response = (await (await fetch(`${api.server.url}/graphql?query=${encodeURIComponent(query)}`)).json()) as Response;
    const error = expectRefused(response, 'cost', 10000);
    // 20 bodies a page (the default), 10 (GOVGRAPH_LIST_CAP) for each of the 5 lists below it.
    expect(error.extensions.found).toBeGreaterThan(20 * 10 ** 5);
    expect(error.message).toContain('or 10 for a list without first');
    expect(error.message).toContain('To fix: ask for smaller pages (first/last), a shallower depth, or fewer nested lists');
  });

  test('search counts its first: 10 hits of kind + node { id } cost 1 + 10 × 3 = 31, over a limit of 30', async () => {
    expectRefused(await post('{ search(text: "vård", first: 10) { kind node { id } } }', undefined, strict), 'cost', 30, 31);
    const { errors } = await post('{ search(text: "vård", first: 9) { kind node { id } } }', undefined, strict);
    expect(errors).toBeUndefined();
  });

  test('page sizes from variables count: the same document passes with first 1 and is refused with first 100', async () => {
    const query = 'query Seats($n: Int) { bodies(first: $n) { nodes { mandates { topics { id } } } } }';
    // 1 + n × (nodes 1 + (mandates 1 + 10 × (topics 1 + 10 × id 1)))
    expect((await post(query, { n: 1 })).errors).toBeUndefined();
    expectRefused(await post(query, { n: 100 }), 'cost', 10000, 1 + 100 * (1 + 1 + 10 * 11));
  });

  test('chain depth counts: 15 aliased chainDown(depth: 12) over 100 bodies each are refused, one at depth 1 over 10 runs', async () => {
    const chains = (n: number, first: number, depth: number) =>
      `{ ${Array.from({ length: n }, (_, i) => `c${i}: bodies(first: ${first}) { nodes { chainDown(depth: ${depth}) { nodes { node { id } } } } }`).join(' ')} }`;
    // Per alias: 1 + first × (1 + (1 + depth × (1 + (1 + 1))))
    expectRefused(await post(chains(15, 100, 12)), 'cost', 10000, 15 * (1 + 100 * (2 + 12 * 3)));
    // One chain statement per body: a small page keeps this test's own load light.
    expect((await post(chains(1, 10, 1))).errors).toBeUndefined();
  });

  test('introspection costs nothing: GraphiQL works even under a cost limit of 30', async () => {
    const { data, errors } = await post(getIntrospectionQuery(), undefined, strict);
    expect(errors).toBeUndefined();
    expect(data.__schema.types.length).toBeGreaterThan(50);
  });
});

describe('field suggestions', () => {
  test('with GOVGRAPH_FIELD_SUGGESTIONS=false a misspelt field is refused without naming the fields there are', async () => {
    const closed = await startTestApi({ GOVGRAPH_FIELD_SUGGESTIONS: 'false' });
    try {
      const { errors } = await post('{ body(id: "body-svo") { nme } }', undefined, closed);
      expect(errors![0].message).toBe('Cannot query field "nme" on type "Body". Did you mean another field (see the schema)?');
      expect(errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    } finally {
      await closed.close();
    }
    const { errors } = await post('{ body(id: "body-svo") { nme } }');
    expect(errors![0].message).toMatch(/Did you mean "name"/);
  });
});

describe('nodes(ids:)', () => {
  const idList = (n: number) => Array.from({ length: n }, (_, i) => `"body-${i}"`).join(', ');

  test('more than 100 ids are refused with BAD_USER_INPUT naming the bound, and nothing is read', async () => {
    const response = await post(`{ nodes(ids: [${idList(101)}]) { id } }`);
    expect(response.errors).toHaveLength(1);
    expect(response.errors![0].message).toBe('ids: 101 ids given; at most 100 are allowed in one call: split them over several calls');
    expect(response.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'ids', max: 100, found: 101 });
    expect(response.extensions?.roundTrips).toBe(0);
  });

  test('100 ids are read, null where none matches', async () => {
    const { data, errors } = await post(`{ nodes(ids: ["body-svo", ${idList(99)}]) { id } }`);
    expect(errors).toBeUndefined();
    expect(data.nodes).toHaveLength(100);
    expect(data.nodes[0]).toEqual({ id: 'body-svo' });
    expect(data.nodes[1]).toBeNull();
  });
});

describe('bounds checked by the fields themselves', () => {
  test('page sizes are bounded: first above 100 is refused with the bound', async () => {
    const { errors } = await post('{ bodies(first: 101) { totalCount } }');
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('first must be between 0 and 100; page through longer lists with cursors');
  });

  test('traversal depth is bounded: chainUp deeper than 12 is refused', async () => {
    const { errors } = await post('{ body(id: "body-svo") { chainUp(depth: 13) { truncated } } }');
    expect(errors![0].message).toBe('depth must be between 1 and 12');
  });
});

describe('every documented operation passes the size limits under the defaults', () => {
  const examples = readdirSync(join(ROOT, 'public', 'examples')).filter((f) => f.endsWith('.graphql'));

  test.each(examples)('public/examples/%s runs without any error', async (file) => {
    const { data, errors } = await post(readFileSync(join(ROOT, 'public', 'examples', file), 'utf8'));
    expect(errors).toBeUndefined();
    expect(Object.keys(data).length).toBeGreaterThan(0);
  });

  // Each ```graphql block of README with the ```json answer printed after it, if any.
  const blocks = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```(?:\n```json\n([\s\S]*?)```)?/g)];
  const refused = blocks.filter((m) => m[2]?.includes('"QUERY_TOO_COMPLEX"'));
  const readme = blocks.filter((m) => !refused.includes(m)).map((m) => m[1]);

  test('README has queries to check', () => {
    expect(readme.length).toBeGreaterThanOrEqual(6);
  });

  test.each(refused.map((m, i) => [i, m[1], m[2]]))('README refusal %i is refused exactly as README prints it', async (_, query, printed) => {
    const { errors } = await post(query as string);
    expect(errors).toEqual(JSON.parse(printed as string).errors);
  });

  test.each(readme.map((q, i) => [i, q]))('README query %i is within every limit', async (_, query) => {
    const { errors } = await post(query as string);
    // A write without a token is refused for that reason, never for its size.
    expect((errors ?? []).filter((e) => e.extensions.code === 'QUERY_TOO_COMPLEX')).toEqual([]);
  });
});

describe('the request deadline', () => {
  let hurried: TestApi;
  beforeAll(async () => {
    hurried = await startTestApi({ GOVGRAPH_REQUEST_TIMEOUT_MS: '100', GOVGRAPH_MAX_COST: '1000000', GOVGRAPH_MAX_ALIASES: '50' });
  });
  afterAll(() => hurried.close());

  test('a request doing more than 100 ms of work gets REQUEST_TIMEOUT saying how to ask for less; the next request is answered', async () => {
    // Hundreds of chain statements (one per body and alias): far more than 100 ms of work.
    const orders = ['NAME', 'DATE', 'ID'].flatMap((field) => ['ASC', 'DESC'].map((direction) => `{ field: ${field}, direction: ${direction} }`));
    const query = `{ ${orders.map((order, i) => `c${i}: bodies(first: 100, order: ${order}) { nodes { chainDown(depth: 12) { nodes { node { id } } } } }`).join(' ')} }`;
    const { errors } = await post(query, undefined, hurried);
    const timeouts = (errors ?? []).filter((e) => e.extensions.code === 'REQUEST_TIMEOUT');
    expect(timeouts.length).toBeGreaterThan(0);
    expect(timeouts[0].message).toBe(
      'The request ran out of time: one request may take at most 100 ms. Ask for less in one request: smaller pages (first/last), a shallower depth (chainUp/chainDown), fewer nested lists, or split it into several requests.',
    );
    expect(timeouts[0].extensions).toEqual({ code: 'REQUEST_TIMEOUT', limit: 'request', timeoutMs: 100 });
    expect((errors ?? []).filter((e) => e.extensions.code === 'INTERNAL_SERVER_ERROR')).toEqual([]);

    // The process answers at once, and the database still answers others.
    expect(await post('{ __typename }', undefined, hurried)).toEqual({ data: { __typename: 'Query' } });
    expect((await api.data('{ body(id: "body-svo") { id } }')).body.id).toBe('body-svo');
  });

  test("Neo4j's own transaction timeout on a real statement is reported as REQUEST_TIMEOUT", async () => {
    const session = api.db.driver.session({ database: api.db.name, defaultAccessMode: neo4j.session.READ });
    let failure: unknown;
    try {
      // A statement that runs for minutes, given 200 ms; Neo4j ends it at its next timeout check.
      await session.executeRead((tx) => tx.run('UNWIND range(1, $n) AS x WITH x WHERE x % 7 = 0 RETURN count(x)', { n: neo4j.int(10_000_000_000) }), {
        timeout: 200,
      });
    } catch (e) {
      failure = e;
    } finally {
      await session.close();
    }
    expect((failure as { code?: string }).code).toMatch(/^Neo\.ClientError\.Transaction\.TransactionTimedOut/);
    // Within the request's deadline, so it was the statement's own limit (NEO4J_TX_TIMEOUT_MS).
    const explained = new Deadline(60_000, 5000).explain(failure);
    expect(explained).toBeInstanceOf(RequestTimeoutError);
    expect((explained as RequestTimeoutError).extensions).toEqual({ code: 'REQUEST_TIMEOUT', limit: 'statement', timeoutMs: 5000 });
    expect((explained as RequestTimeoutError).message).toMatch(
      /^The request ran out of time: one of its database statements ran longer than 5000 ms, the most one may\. Ask for less/,
    );
  });

  test("a statement over Neo4j's transaction memory cap is refused as QUERY_TOO_COMPLEX (limit 'memory'), and the database answers the next one", async () => {
    // The test database runs with the default cap, NEO4J_TX_MEMORY_MB=256; 20 million strings need more.
    const request = api.db.forRequest(new Deadline(60_000, 60_000));
    const failure = await request.read('test/collectMany', { n: 20_000_000 }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(RequestMemoryError);
    expect((failure as RequestMemoryError).extensions).toEqual({ code: 'QUERY_TOO_COMPLEX', limit: 'memory' });
    expect((failure as Error).message).toMatch(
      /^Query too complex: answering it needed more memory in the database than one request may use \(limit 'memory'\)\. To fix: ask for smaller pages/,
    );
    expect(await request.read('test/collectMany', { n: 10 })).toEqual([{ size: 10 }]);
  });
});
