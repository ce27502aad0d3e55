import { startTestApi, type TestApi } from './helpers';

const SOURCE = 'src-test-writes';
const TOKENS = 'editor-token-1:editor:Eva Editor,reader-token-1:reader:Rolf Reader,admin-token-1:admin:Ada Admin';
const as = (token: string) => ({ authorization: `Bearer ${token}` });
const editor = as('editor-token-1');

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_TOKENS: TOKENS });
  await api.db.write('test/addSource', { id: SOURCE, title: 'Testkälla för skrivningar' });
});
afterAll(async () => {
  await api.db.write('test/removeSource', { id: SOURCE });
  await api.close();
});

const counts = async () => (await api.db.read('test/countAll'))[0];
const CREATE = `mutation($input: CreateEntityInput!) { createEntity(input: $input) {
  entity { id sources { sourceId locator } ... on Body { name classification tier area { id } } }
  audit { action actor role entityId before after sourceId locator } } }`;
const body = (id: string, fields: Record<string, unknown> = {}) => ({
  input: {
    kind: 'Body',
    id,
    fields: { name: 'Testrådet för vård', classification: 'COUNCIL', tier: 'MIXED', area: 'area-0580', ...fields },
    source: { sourceId: SOURCE, locator: 'Avsnitt 1, första stycket' },
  },
});

describe('writes', () => {
  test('without a token a mutation is UNAUTHENTICATED and writes nothing', async () => {
    const before = await counts();
    const { errors } = await api.gql(CREATE, body('body-test-anon'));
    expect(errors![0].extensions.code).toBe('UNAUTHENTICATED');
    expect(errors![0].message).toContain('send "Authorization: Bearer <token>"');
    expect(await counts()).toEqual(before);
  });

  test('a wrong token is UNAUTHENTICATED and a reader is FORBIDDEN, and nothing is written', async () => {
    const before = await counts();
    expect((await api.gql(CREATE, body('body-test-bad'), as('not-a-token')))!.errors![0].extensions.code).toBe('UNAUTHENTICATED');
    const forbidden = await api.gql(CREATE, body('body-test-reader'), as('reader-token-1'));
    expect(forbidden.errors![0].extensions.code).toBe('FORBIDDEN');
    expect(forbidden.errors![0].message).toBe("this operation needs role editor; the token of 'Rolf Reader' has role reader");
    expect(await counts()).toEqual(before);
  });

  test('an editor creates a body that cites its source, and the write is audited', async () => {
    const { data, errors } = await api.gql(CREATE, body('body-test-created'), editor);
    expect(errors).toBeUndefined();
    expect(data.createEntity.entity).toEqual({
      id: 'body-test-created',
      name: 'Testrådet för vård',
      classification: 'COUNCIL',
      tier: 'MIXED',
      area: { id: 'area-0580' },
      sources: [{ sourceId: SOURCE, locator: 'Avsnitt 1, första stycket' }],
    });
    const audit = data.createEntity.audit;
    expect(audit).toMatchObject({ action: 'CREATE', actor: 'Eva Editor', role: 'editor', entityId: 'body-test-created', before: null, sourceId: SOURCE });
    expect(JSON.parse(audit.after)).toMatchObject({ id: 'body-test-created', name: 'Testrådet för vård', sourceIds: [SOURCE] });

    const log = await api.gql('{ auditRecords(entity: "body-test-created") { action actor } }', {}, as('reader-token-1'));
    expect(log.data.auditRecords).toEqual([{ action: 'CREATE', actor: 'Eva Editor' }]);
  });

  test('invalid fields are BAD_USER_INPUT naming the field and the reason, and nothing is written', async () => {
    const before = await counts();
    const wrongKind = await api.gql(CREATE, body('body-test-invalid', { classification: 'CLUB' }), editor);
    expect(wrongKind.errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(wrongKind.errors![0].extensions.field).toBe('input.fields.classification');
    expect(wrongKind.errors![0].message).toContain('input.fields.classification must be one of EXECUTIVE_BOARD');
    const missingArea = await api.gql(CREATE, body('body-test-invalid', { area: 'area-9999' }), editor);
    expect(missingArea.errors![0].message).toBe("input.fields.area must be the id of an existing Area; 'area-9999' is not");
    const noSource = await api.gql(CREATE, { input: { ...body('body-test-invalid').input, source: { sourceId: 'src-nowhere', locator: 'p. 1' } } }, editor);
    expect(noSource.errors![0].extensions.field).toBe('input.source.sourceId');
    const taken = await api.gql(CREATE, body('body-svo'), editor);
    expect(taken.errors![0].message).toBe("input.id 'body-svo' is taken; choose another id or update that entity");
    expect(await counts()).toEqual(before);
  });

  test('an update changes the fields, keeps both citations, and the audit holds before and after', async () => {
    await api.gql(CREATE, body('body-test-updated'), editor);
    const { data, errors } = await api.gql(
      `mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { ... on Body { name altNames sources { locator } } } audit { action before after } } }`,
      { input: { id: 'body-test-updated', set: { name: 'Testrådet för omsorg', altNames: ['TRO'] }, source: { sourceId: SOURCE, locator: 'Avsnitt 2' } } },
      editor,
    );
    expect(errors).toBeUndefined();
    expect(data.updateEntity.entity).toEqual({
      name: 'Testrådet för omsorg',
      altNames: ['TRO'],
      sources: [{ locator: 'Avsnitt 1, första stycket' }, { locator: 'Avsnitt 2' }],
    });
    expect(JSON.parse(data.updateEntity.audit.before).name).toBe('Testrådet för vård');
    expect(JSON.parse(data.updateEntity.audit.after).name).toBe('Testrådet för omsorg');
    const found = await api.gql('{ bodies(filter: {name: "TRO"}) { nodes { id } } }');
    expect(found.data.bodies.nodes).toEqual([{ id: 'body-test-updated' }]);
  });

  test('retiring ends validity without deleting: the body stays, but not as of a later day', async () => {
    await api.gql(CREATE, body('body-test-retired', { founded: '2020' }), editor);
    const { errors } = await api.gql(
      `mutation($input: RetireEntityInput!) { retireEntity(input: $input) { entity { ... on Body { dissolved { text } } } audit { action } } }`,
      { input: { id: 'body-test-retired', on: '2024-06-30', reason: 'Ersatt av nytt råd', source: { sourceId: SOURCE, locator: 'Avsnitt 3' } } },
      editor,
    );
    expect(errors).toBeUndefined();
    const q = `query($asOf: LocalDate) { bodies(filter: {name: "testrådet", asOf: $asOf}, first: 50) { nodes { id } } }`;
    const during = (await api.gql(q, { asOf: '2024-01-01' })).data.bodies.nodes.map((n: any) => n.id);
    const after = (await api.gql(q, { asOf: '2024-07-01' })).data.bodies.nodes.map((n: any) => n.id);
    expect(during).toContain('body-test-retired');
    expect(after).not.toContain('body-test-retired');
    expect((await api.gql('{ body(id: "body-test-retired") { dissolved { text } } }')).data.body).toEqual({ dissolved: { text: '2024-06-30' } });
  });

  test('a reporting line joins the chain, and once retired it leaves the chain as of later days only', async () => {
    await api.gql(CREATE, body('body-test-linked'), editor);
    const linked = await api.gql(
      `mutation($input: LinkInput!) { linkEntities(input: $input) { audit { action relationship otherId } } }`,
      {
        input: {
          from: 'body-test-linked',
          type: 'REPORTING_LINE',
          kind: 'PREPARES_FOR',
          to: 'body-lgvo',
          validFrom: '2023',
          source: { sourceId: SOURCE, locator: 'Avsnitt 4' },
        },
      },
      editor,
    );
    expect(linked.data.linkEntities.audit).toEqual({ action: 'LINK', relationship: 'REPORTING_LINE/PREPARES_FOR', otherId: 'body-lgvo' });
    const chain = `query($asOf: LocalDate) { body(id: "body-test-linked") { chainUp(asOf: $asOf) { nodes { node { id } } } } }`;
    expect((await api.gql(chain, { asOf: '2024-01-01' })).data.body.chainUp.nodes.map((n: any) => n.node.id)).toContain('body-lgvo');

    const retired = await api.gql(
      `mutation($input: RetireLinkInput!) { retireLink(input: $input) { audit { action reason } } }`,
      {
        input: {
          from: 'body-test-linked',
          type: 'REPORTING_LINE',
          kind: 'PREPARES_FOR',
          to: 'body-lgvo',
          on: '2024-12-31',
          reason: 'Omorganisation',
          source: { sourceId: SOURCE, locator: 'Avsnitt 5' },
        },
      },
      editor,
    );
    expect(retired.data.retireLink.audit).toEqual({ action: 'RETIRE_LINK', reason: 'Omorganisation' });
    expect((await api.gql(chain, { asOf: '2024-06-01' })).data.body.chainUp.nodes.map((n: any) => n.node.id)).toContain('body-lgvo');
    expect((await api.gql(chain, { asOf: '2025-01-01' })).data.body.chainUp.nodes).toEqual([]);
  });

  test('a link of the wrong shape is refused with the field that is wrong', async () => {
    const before = await counts();
    const { errors } = await api.gql(
      `mutation($input: LinkInput!) { linkEntities(input: $input) { audit { action } } }`,
      { input: { from: 'body-svo', type: 'REPORTING_LINE', to: 'body-lgvo', source: { sourceId: SOURCE, locator: 'x y z' } } },
      editor,
    );
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kind' });
    expect(await counts()).toEqual(before);
  });

  test('retiring an organisation needs an admin', async () => {
    const { errors } = await api.gql(
      `mutation($input: RetireEntityInput!) { retireEntity(input: $input) { audit { action } } }`,
      { input: { id: 'org-region-05', on: '2024-01-01', reason: 'test', source: { sourceId: SOURCE, locator: 'x y z' } } },
      editor,
    );
    expect(errors![0].extensions.code).toBe('FORBIDDEN');
  });
});
