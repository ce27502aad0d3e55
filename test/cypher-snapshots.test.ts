import 'reflect-metadata';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadCatalogue } from '../src/catalogue/catalogue';
import type { Row } from '../src/db/database';
import { buildGovgraphSchema } from '../src/schema';
import { startTestApi, type TestApi } from './helpers';

/**
 * The Cypher a request makes, for a reviewer (in the manner of @neo4j/graphql's TCK): for
 * every example operation (public/examples, README's read queries, the persisted catalogue
 * with its documented variables) the named statements it sends, with their parameters,
 * are kept in __snapshots__/cypher-snapshots.test.ts.snap. A change in what a request asks
 * of Neo4j shows up in review as a change of that file; the statements' texts are the
 * files under cypher/ of the same names.
 */
const ROOT = join(__dirname, '..');
let api: TestApi;
let sent: string[] = [];

beforeAll(async () => {
  // Some catalogue operations are sized for their own `first`; this suite records statements, not limits.
  api = await startTestApi({ GOVGRAPH_MAX_COST: '10000000' });
  // A planned statement (src/plan) is not a file: its text is part of the snapshot.
  api.db.onStatement = (name, params, text) => sent.push(`${name} ${JSON.stringify(stable(params))}${name === 'planned' ? `\n${text}` : ''}`);
});
afterAll(() => api.close());

/** Parameters in a stable order: batched ids arrive in the order resolvers asked for them. */
function stable(value: unknown): unknown {
  if (Array.isArray(value)) {
    const items = value.map(stable);
    return items.every((v) => typeof v === 'string') ? [...(items as string[])].sort() : items;
  }
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value as Row)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([k, v]) => [k, stable(v)]),
    );
  return value;
}

/** The statements one operation sends, sorted (loaders of one level run in no fixed order). */
async function statementsOf(query: string, variables?: Record<string, unknown>): Promise<string[]> {
  sent = [];
  const { errors } = await api.gql(query, variables);
  expect(errors).toBeUndefined();
  return [...sent].sort();
}

const examples = readdirSync(join(ROOT, 'public', 'examples'))
  .filter((f) => f.endsWith('.graphql'))
  .sort();
test.each(examples)('public/examples/%s', async (file) => {
  expect(await statementsOf(readFileSync(join(ROOT, 'public', 'examples', file), 'utf8'))).toMatchSnapshot();
});

// README's ```graphql blocks that read (not its writes, nor the refusal it prints), by their first line.
const readme = [...readFileSync(join(ROOT, 'README.md'), 'utf8').matchAll(/```graphql\n([\s\S]*?)```(?:\n```json\n([\s\S]*?)```)?/g)]
  .filter((m) => !m[1].trimStart().startsWith('mutation') && !m[2]?.includes('"QUERY_TOO_COMPLEX"'))
  .map((m) => [m[1].split('\n')[0].slice(0, 60), m[1]]);
test.each(readme)('README: %s', async (_, query) => {
  expect(await statementsOf(query)).toMatchSnapshot();
});

describe('the persisted catalogue with its documented variables', () => {
  let catalogue: ReturnType<typeof loadCatalogue>;
  beforeAll(async () => {
    catalogue = loadCatalogue(await buildGovgraphSchema());
  });
  const names = readdirSync(join(ROOT, 'schema', 'operations'))
    .filter((f) => f.endsWith('.graphql'))
    .map((f) => f.replace(/\.graphql$/, ''))
    .sort();
  test.each(names)('%s', async (name) => {
    const operation = catalogue.get(name)!;
    expect(await statementsOf(operation.document, operation.example)).toMatchSnapshot();
  });
});
