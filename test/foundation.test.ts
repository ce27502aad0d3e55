import { migrate } from '../src/db/migrate';
import { startTestApi, type TestApi } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('the service on a real Neo4j', () => {
  test('GET /health answers while the process is up', async () => {
    const response = await fetch(`${api.server.url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', phase: 'serving', database: { state: 'up' } });
  });

  test('GET /ready answers 200 once the database is reachable and migrated', async () => {
    const response = await fetch(`${api.server.url}/ready`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ready' });
  });

  test('migrations are recorded and applying them again does nothing', async () => {
    expect(await migrate(api.db)).toEqual([]);
    const applied = (await api.db.read('system/migrationsApplied')).map((r) => r.id).sort();
    expect(applied).toEqual([
      '001_constraints.cypher',
      '002_indexes.cypher',
      '003_fulltext.cypher',
      '004_fulltext_folded.cypher',
      '005_versions.cypher',
      '006_list_indexes.cypher',
      '007_register_indexes.cypher',
      '008_search_names.cypher',
    ]);
  });

  test('every entity label has a uniqueness constraint on id', async () => {
    const session = api.db.driver.session();
    const result = await session.run(
      "SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type WHERE type = 'UNIQUENESS' RETURN labelsOrTypes[0] AS label, properties",
    );
    await session.close();
    const labels = result.records.filter((r) => r.get('properties')[0] === 'id').map((r) => r.get('label'));
    expect(labels).toEqual(
      expect.arrayContaining(['Entity', 'Area', 'Organisation', 'Body', 'Item', 'Document', 'Commission', 'Mandate', 'Membership', 'Step', 'Meeting', 'Topic']),
    );
  });

  test('the full-text index uses the Swedish analyzer', async () => {
    const session = api.db.driver.session();
    const result = await session.run(
      "SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'search' RETURN options.indexConfig['fulltext.analyzer'] AS analyzer",
    );
    await session.close();
    expect(result.records[0].get('analyzer')).toBe('swedish');
  });

  test('a municipality is found by its SCB code, nested in its county, citing SCB', async () => {
    const { data, errors } = await api.gql(`{
      area(code: "0580") { id name level parent { code name } sources { locator source { title } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.area).toEqual({
      id: 'area-0580',
      name: 'Linköping',
      level: 'MUNICIPALITY',
      parent: { code: '05', name: 'Östergötlands län' },
      sources: [{ locator: 'scb-municipalities.csv row 52', source: { title: 'SCB, kommun- och länskoder' } }],
    });
  });

  test('a malformed code is a BAD_USER_INPUT error that says how to write it', async () => {
    const { data, errors } = await api.gql('{ area(code: "5") { id } }');
    expect(data.area).toBeNull();
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toContain('use two digits for a county ("05") or four for a municipality ("0580")');
  });
});
