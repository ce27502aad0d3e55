import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SEED_IDS as SEED } from '../bench/graphs';
import { OPERATIONS } from '../bench/operations';
import { startTestApi, type TestApi } from './helpers';

/**
 * With GOVGRAPH_REPORT_ROUND_TRIPS=true every response says in extensions.roundTrips how many
 * statements it sent to Neo4j. A nested query must cost one statement for the list plus one
 * per relationship field it follows (DataLoader batches the rows of a level), however many
 * rows it returns.
 */
let api: TestApi;
beforeAll(async () => {
  // Three nested unbounded lists under a page estimate far above the public cost limit
  // (each counts as GOVGRAPH_LIST_CAP rows); this suite measures statements, not limits.
  api = await startTestApi({ GOVGRAPH_REPORT_ROUND_TRIPS: 'true', GOVGRAPH_MAX_COST: '10000000' });
});
afterAll(() => api.close());

/** The nested query of the brief: 8 relationship fields below the list. */
const NESTED = (args: string) => `{ bodies(${args}) { totalCount nodes { id
  memberships { holder { id } representing { id } }
  mandates { topics { id } }
  itemsPrepared { steps { body { id } } }
} } }`;
/**
 * One statement: the list page, and composed into it the plan (src/plan) of everything
 * below it: memberships, holder, representing, mandates, topics, itemsPrepared, steps and body.
 */
const BOUND = 1;

async function run(query: string): Promise<{ data: any; roundTrips: number }> {
  const response = (await api.gql(query)) as { data?: any; errors?: any[]; extensions?: { roundTrips?: number } };
  expect(response.errors).toBeUndefined();
  expect(typeof response.extensions?.roundTrips).toBe('number');
  return { data: response.data, roundTrips: response.extensions!.roundTrips! };
}

describe('round trips', () => {
  // 000_97f0e728be22a798.txt:91: "Samråd vård och omsorg (SVO)" — any query will do; one node by id is one statement.
  test('responses carry extensions.roundTrips; one node by id costs one statement', async () => {
    const { data, roundTrips } = await run('{ node(id: "body-svo") { id } }');
    expect(data.node).toEqual({ id: 'body-svo' });
    expect(roundTrips).toBe(1);
  });

  // Sorted by founding date (003_a2522b93327256eb.txt:32 Wreta 2001, :34 SSÖ 2013; 004_faaef7745464eccc.txt:1344: the project
  // Nära vård i Sörmland "påbörjades i augusti 2021"), so the first five bodies already have seats, mandates and items
  // prepared whose steps happened in bodies: every relationship level is reached with 5 rows as with 50 or 100.
  test('the nested query costs one statement for 5, 50 and 100 bodies: the list with the plan below it composed in', async () => {
    const five = await run(NESTED('first: 5, order: {field: DATE}'));
    const fifty = await run(NESTED('first: 50, order: {field: DATE}'));
    const hundred = await run(NESTED('first: 100, order: {field: DATE}'));
    const rows = five.data.bodies.nodes;
    expect(rows).toHaveLength(5);
    expect(rows.some((b: any) => b.memberships.length > 0)).toBe(true);
    expect(rows.some((b: any) => b.mandates.length > 0)).toBe(true);
    expect(rows.some((b: any) => b.itemsPrepared.some((i: any) => i.steps.some((s: any) => s.body !== null)))).toBe(true);
    expect(fifty.data.bodies.nodes).toHaveLength(50);
    expect(hundred.data.bodies.nodes.length).toBeGreaterThan(50);
    expect(five.roundTrips).toBe(BOUND);
    expect(fifty.roundTrips).toBe(five.roundTrips);
    expect(hundred.roundTrips).toBe(five.roundTrips);
  });

  test('in name order the page size never pushes the cost above the bound', async () => {
    for (const first of [5, 20, 50, 100]) {
      const { roundTrips } = await run(NESTED(`first: ${first}`));
      expect({ first, roundTrips: roundTrips <= BOUND }).toEqual({ first, roundTrips: true });
    }
    expect((await run(NESTED('first: 50'))).roundTrips).toBe(BOUND);
  });

  // 000_97f0e728be22a798.txt:91: SVO; its principals, reporting lines and parts, and theirs, in one planned statement.
  test('a body by id with its relationships, and theirs, is one statement', async () => {
    const { data, roundTrips } = await run(`{ body(id: "body-svo") { name principals { organisation { name area { name } } }
      reportingLines { kind to { id ... on Body { reportingLines { to { id } } } } } parts { id memberships { holder { id } } } } }`);
    expect(data.body.principals.length).toBeGreaterThan(0);
    expect(data.body.principals.every((p: any) => p.organisation.area !== null)).toBe(true);
    expect(roundTrips).toBe(1);
  });

  test('the same query asked twice is answered the same, by one statement each time (the plan is cached)', async () => {
    const query = '{ node(id: "body-svo") { id ... on Body { mandates { topics { id } } principals { organisation { id } } } } }';
    const [a, b] = [await run(query), await run(query)];
    expect(b.data).toEqual(a.data);
    expect([a.roundTrips, b.roundTrips]).toEqual([1, 1]);
  });

  test('each request counts its own statements', async () => {
    const a = await run(NESTED('first: 50, order: {field: DATE}'));
    const b = await run(NESTED('first: 50, order: {field: DATE}'));
    expect(b.roundTrips).toBe(a.roundTrips);
  });
});

describe('one statement per read request', () => {
  test.each(OPERATIONS.map((o) => [o.key, o] as const))('%s', async (_key, operation) => {
    const response = (await api.gql(operation.query, operation.variables(SEED))) as { data?: any; errors?: any[]; extensions?: { roundTrips?: number } };
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
  });
});

describe('special operations composed into the planned statement', () => {
  const EXAMPLES = join(__dirname, '..', 'public', 'examples');
  // reporting-chain.graphql asks two bodies (two root fields): one statement each, the chain inside it.
  test.each([
    ['item-001-godkannande-arbetsplan.graphql', 1],
    ['search.graphql', 1],
    ['reporting-chain.graphql', 2],
  ])('public/examples/%s sends %i statement(s)', async (file, statements) => {
    const { roundTrips } = await run(readFileSync(join(EXAMPLES, file), 'utf8'));
    expect(roundTrips).toBe(statements);
  });

  // 000_97f0e728be22a798.txt: LSÖ avvikelser reports to OSÖ, which reports to SSÖ; chainUp and chainDown with arguments, both in the body's statement.
  test('a body with its chains up and down, given as variables, is one statement with the chains the statements would give', async () => {
    const query = `query ($depth: Int!) { body(id: "body-lso-avvikelser") { name chainUp(depth: $depth, kinds: [REPORTS_TO, SUBORDINATE_TO]) { nodes { depth node { id } } truncated }
      chainDown { nodes { node { id } } } } }`;
    const response = (await api.gql(query, { depth: 1 })) as { data?: any; errors?: any[]; extensions?: { roundTrips?: number } };
    expect(response.errors).toBeUndefined();
    expect(response.extensions?.roundTrips).toBe(1);
    expect(response.data.body.chainUp.nodes).toEqual([{ depth: 1, node: { id: 'body-oso' } }]);
    expect(response.data.body.chainUp.truncated).toBe(true);
  });

  test('a chain depth out of range is still refused as bad input, naming the field', async () => {
    const response = (await api.gql('{ body(id: "body-lso-avvikelser") { chainUp(depth: 13) { nodes { depth } } } }')) as { errors?: any[] };
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.field).toBe('depth');
  });
});
