import { getIntrospectionQuery } from 'graphql';
import { startTestApi, type TestApi } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const nested = (levels: number) => `{ body(id: "body-svo-au") ${'{ id partOf '.repeat(levels - 1)}{ id }${' }'.repeat(levels - 1)} }`;

describe('limits that keep a request from running away', () => {
  test('an operation nested deeper than 15 levels is refused before it runs, saying how to split it', async () => {
    const { data, errors } = await api.gql(nested(16));
    expect(data).toBeUndefined();
    expect(errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(errors![0].message).toBe('the operation is nested 17 levels deep; at most 15 are allowed: split it into several requests, or use chainUp/chainDown for long reporting chains');
  });

  test('an operation at the limit runs', async () => {
    const { data, errors } = await api.gql(nested(14));
    expect(errors).toBeUndefined();
    expect(data.body.id).toBe('body-svo-au');
    expect(data.body.partOf.id).toBe('body-svo');
  });

  test('depth counts through named fragments', async () => {
    const deep = `${'partOf { '.repeat(15)}id${' }'.repeat(15)}`;
    const { errors } = await api.gql(`fragment Deep on Body { ${deep} } { body(id: "body-svo") { ...Deep } }`);
    expect(errors![0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  test("GraphiQL's full introspection query is within the limit", async () => {
    const { data, errors } = await api.gql(getIntrospectionQuery());
    expect(errors).toBeUndefined();
    expect(data.__schema.queryType.name).toBe('Query');
  });

  test('page sizes are bounded: first above 100 is refused with the bound', async () => {
    const { errors } = await api.gql('{ bodies(first: 101) { totalCount } }');
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('first must be between 0 and 100; page through longer lists with cursors');
  });

  test('traversal depth is bounded: chainUp deeper than 12 is refused', async () => {
    const { errors } = await api.gql('{ body(id: "body-svo") { chainUp(depth: 13) { truncated } } }');
    expect(errors![0].message).toBe('depth must be between 1 and 12');
  });
});
