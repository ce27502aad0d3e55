import { startTestApi, type TestApi } from './helpers';

/**
 * Nothing acknowledged is ever lost: concurrent writes to one entity are serialised by its
 * write lock, `expectedVersion` makes a write conditional, and an id is created once.
 * Every test uses its own entity ids (the test database is shared by all suites).
 */
const SOURCE = `src-test-write-concurrency-${process.pid}`;
const TOKENS = 'editor-token-c:editor:Carl Concurrent,admin-token-c:admin:Ada Admin';
const editor = { authorization: 'Bearer editor-token-c' };
const N = 50;

let api: TestApi;
beforeAll(async () => {
  // This suite tests ordering, not limits. 150+ mutations from one client, 50 at once: lift the
  // per-client rate limits (the wrong-token limit counts a request until it completes, so 50 at
  // once would trip it). The 50th of 50 queued writes waits for 49 others, which on a loaded
  // 2-core machine can outlast the default 5 s transaction timeout: give it a minute.
  api = await startTestApi({
    GOVGRAPH_TOKENS: TOKENS,
    GOVGRAPH_RATE_WRITES: '100000',
    GOVGRAPH_RATE_READS: '100000',
    GOVGRAPH_RATE_AUTH_FAILURES: '100000',
    GOVGRAPH_REQUEST_TIMEOUT_MS: '60000',
    NEO4J_TX_TIMEOUT_MS: '60000',
  });
  await api.db.write('test/addSource', { id: SOURCE, title: 'Testkälla för samtidiga skrivningar' });
});
afterAll(async () => {
  await api.db.write('test/removeSource', { id: SOURCE });
  await api.close();
});

let serial = 0;
/** A body id no other test (of this or any suite) uses. */
const freshId = (what: string) => `body-test-conc-${what}-${process.pid}-${++serial}`;
const cite = (locator: string) => ({ sourceId: SOURCE, locator });

const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id version } audit { action version } } }`;
const UPDATE = `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { audit { id before after version } } }`;
const createInput = (id: string, name = 'Samtidighetsrådet') => ({
  input: { kind: 'Body', id, fields: { name, classification: 'COUNCIL', tier: 'MIXED', area: 'area-0580' }, source: cite('Avsnitt 1') },
});
const updateInput = (id: string, name: string, expectedVersion?: number) => ({
  input: { id, set: { name }, source: cite(`Avsnitt om ${name}`), ...(expectedVersion === undefined ? {} : { expectedVersion }) },
});

async function create(id: string): Promise<void> {
  const { data, errors } = await api.gql(CREATE, createInput(id), editor);
  expect(errors).toBeUndefined();
  expect(data.createEntity.entity).toEqual({ id, version: 1 });
}

const body = async (id: string) => (await api.data(`{ body(id: "${id}") { name version } }`)).body;
const auditsOf = async (id: string) =>
  (await api.gql(`{ auditRecords(entity: "${id}", first: 500) { action before after version } }`, {}, editor)).data.auditRecords as any[];

describe('concurrent writes to one entity', () => {
  test(`${N} concurrent updates without expectedVersion: all applied, one after another, in one unbroken audit chain`, async () => {
    const id = freshId('chain');
    await create(id);
    const names = Array.from({ length: N }, (_, i) => `Samtidighetsrådet ${i + 1}`);
    const responses = await Promise.all(names.map((name) => api.gql(UPDATE, updateInput(id, name), editor)));
    expect(responses.filter((r) => r.errors)).toEqual([]);

    const final = await body(id);
    expect(final.version).toBe(1 + N);

    const audits = await auditsOf(id);
    const [created] = audits.filter((a) => a.action === 'CREATE');
    const updates = audits.filter((a) => a.action === 'UPDATE').map((a) => ({ before: JSON.parse(a.before), after: JSON.parse(a.after), version: a.version }));
    expect(updates).toHaveLength(N);
    // No two writes replaced the same state: each "before" is a different version, 1 … N.
    expect(updates.map((u) => u.before.version).sort((a, b) => a - b)).toEqual(Array.from({ length: N }, (_, i) => i + 1));
    // Each write was applied on top of the one before it: its "before" is exactly the previous "after".
    updates.sort((a, b) => a.version - b.version);
    let previous = JSON.parse(created.after);
    for (const u of updates) {
      expect(u.before).toEqual(previous);
      expect(u.after.version).toBe(u.version);
      previous = u.after;
    }
    // Every name sent was the entity's name at some point, and the last write's is its name now.
    expect(updates.map((u) => u.after.name).sort()).toEqual([...names].sort());
    expect(final.name).toBe(previous.name);
  });

  test(`${N} concurrent updates sending the same expectedVersion: exactly one applied, ${N - 1} CONFLICT with the current version`, async () => {
    const id = freshId('optimistic');
    await create(id);
    const names = Array.from({ length: N }, (_, i) => `Konfliktrådet ${i + 1}`);
    const responses = await Promise.all(names.map((name) => api.gql(UPDATE, updateInput(id, name, 1), editor)));

    const applied = responses.filter((r) => !r.errors);
    const refused = responses.filter((r) => r.errors);
    expect(applied).toHaveLength(1);
    expect(refused).toHaveLength(N - 1);
    for (const r of refused) {
      expect(r.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion', currentVersion: 2 });
      expect(r.errors![0].message).toBe(
        `input.expectedVersion is 1, but '${id}' is now at version 2: it was changed since you read it. Re-read it (its \`version\` field), check your change against what is there now, and resend it with expectedVersion 2`,
      );
    }
    const winner = JSON.parse(applied[0].data.updateEntity.audit.after).name;
    expect(await body(id)).toEqual({ name: winner, version: 2 });
    expect((await auditsOf(id)).filter((a) => a.action === 'UPDATE')).toHaveLength(1);
  });

  test('an update with a stale expectedVersion changes nothing; with the current one it applies', async () => {
    const id = freshId('stale');
    await create(id);
    expect((await api.gql(UPDATE, updateInput(id, 'Första namnet', 1), editor)).errors).toBeUndefined();
    const before = await body(id);
    const auditsBefore = await auditsOf(id);
    expect(before).toEqual({ name: 'Första namnet', version: 2 });

    const stale = await api.gql(UPDATE, updateInput(id, 'Andra namnet', 1), editor);
    expect(stale.errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion', currentVersion: 2 });
    expect(await body(id)).toEqual(before);
    expect(await auditsOf(id)).toEqual(auditsBefore);

    const current = await api.gql(UPDATE, updateInput(id, 'Andra namnet', 2), editor);
    expect(current.errors).toBeUndefined();
    expect(current.data.updateEntity.audit.version).toBe(3);
    expect(await body(id)).toEqual({ name: 'Andra namnet', version: 3 });
  });

  test('retiring and linking take expectedVersion too, and a link is a write to its start', async () => {
    const id = freshId('retire-link');
    await create(id);
    const LINK = `mutation($input: LinkInput!) { linkEntities(input: $input) { entity { version } audit { action version } } }`;
    const RETIRE = `mutation($input: RetireEntityInput!) { retireEntity(input: $input) { entity { version } audit { action version } } }`;
    const link = (expectedVersion: number) => ({
      input: { from: id, type: 'REPORTING_LINE', kind: 'PREPARES_FOR', to: 'body-lgvo', expectedVersion, source: cite('Avsnitt 4') },
    });
    const retire = (expectedVersion: number) => ({ input: { id, on: '2024-06-30', reason: 'Upplöst', expectedVersion, source: cite('Avsnitt 5') } });

    expect((await api.gql(LINK, link(7), editor)).errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion', currentVersion: 1 });
    const linked = await api.gql(LINK, link(1), editor);
    expect(linked.errors).toBeUndefined();
    expect(linked.data.linkEntities).toEqual({ entity: { version: 2 }, audit: { action: 'LINK', version: 2 } });

    expect((await api.gql(RETIRE, retire(1), editor)).errors![0].extensions).toEqual({ code: 'CONFLICT', field: 'input.expectedVersion', currentVersion: 2 });
    expect((await api.data(`{ body(id: "${id}") { dissolved { text } } }`)).body.dissolved).toBeNull();
    const retired = await api.gql(RETIRE, retire(2), editor);
    expect(retired.errors).toBeUndefined();
    expect(retired.data.retireEntity).toEqual({ entity: { version: 3 }, audit: { action: 'RETIRE', version: 3 } });
  });

  test('seeded entities start at version 1, on every type through the Node interface', async () => {
    const { nodes } = await api.data('{ nodes(ids: ["area-0580", "src-000", "body-svo"]) { id version } }');
    expect(nodes).toEqual([
      { id: 'area-0580', version: 1 },
      { id: 'src-000', version: 1 },
      { id: 'body-svo', version: 1 },
    ]);
  });
});

describe('versions and the seed loader', () => {
  test('loading the seed gives new entities version 1, keeps it when nothing changed, and bumps it when a reload overwrites an API edit', async () => {
    // The loader's own statement (src/seed/load.ts), on one fresh entity instead of the whole seed.
    const id = freshId('seeded');
    const row = { id, label: 'Body', props: { id, name: 'Seedrådet', classification: 'COUNCIL', tier: 'MIXED', sourceIds: [SOURCE], locators: ['Avsnitt 1'] } };
    const load = () => api.db.write('seed/upsertNodes', { rows: [row] });
    await load();
    expect(await body(id)).toEqual({ name: 'Seedrådet', version: 1 });
    await load();
    expect(await body(id)).toEqual({ name: 'Seedrådet', version: 1 });

    expect((await api.gql(UPDATE, updateInput(id, 'Redigerat namn', 1), editor)).errors).toBeUndefined();
    expect(await body(id)).toEqual({ name: 'Redigerat namn', version: 2 });
    // A reload sets the entity back to the seed: a client holding version 2 must not overwrite that unawares.
    await load();
    expect(await body(id)).toEqual({ name: 'Seedrådet', version: 3 });
    expect((await api.gql(UPDATE, updateInput(id, 'Sent namn', 2), editor)).errors![0].extensions).toEqual({
      code: 'CONFLICT',
      field: 'input.expectedVersion',
      currentVersion: 3,
    });
    await load();
    expect(await body(id)).toEqual({ name: 'Seedrådet', version: 3 });
  });
});

describe('concurrent creates of one id', () => {
  test(`${N} concurrent creates of the same id: exactly one created, ${N - 1} told the id is taken, one node, one CREATE audit record`, async () => {
    const id = freshId('create');
    const responses = await Promise.all(Array.from({ length: N }, (_, i) => api.gql(CREATE, createInput(id, `Skaparrådet ${i + 1}`), editor)));

    const created = responses.filter((r) => !r.errors);
    const refused = responses.filter((r) => r.errors);
    expect(created).toHaveLength(1);
    expect(refused).toHaveLength(N - 1);
    for (const r of refused) {
      expect(r.errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.id' });
      expect(r.errors![0].message).toBe(`input.id '${id}' is taken; choose another id or update that entity`);
    }
    const [{ count }] = await api.db.read('test/entitiesWithId', { id });
    expect(count).toBe(1);
    const audits = await auditsOf(id);
    expect(audits.map((a) => a.action)).toEqual(['CREATE']);
    // The node is the one the acknowledged create wrote, not a mix of several.
    expect(JSON.parse(audits[0].after).name).toBe((await body(id)).name);
    expect(await body(id)).toEqual({ name: JSON.parse(audits[0].after).name, version: 1 });
  });
});
