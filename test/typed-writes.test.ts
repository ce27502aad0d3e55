import { Kind } from 'graphql';
import { startTestApi, type TestApi } from './helpers';
import { LINK_TYPES, WRITABLE_KINDS } from '../src/model';
import { PartialDateText } from '../src/write/typed/partial-date';

/**
 * The typed mutations generated from the model (src/write/typed): each writes for real
 * through the one write service and the graph shows it when read back through the API; a
 * refused write names the field, the value and the fix, and changes nothing.
 */
const SOURCE = 'src-test-typed-writes';
const TOKENS = 'typed-editor-token:editor:Eva Editor,typed-admin-token:admin:Ada Admin';
const editor = { authorization: 'Bearer typed-editor-token' };
const CITE = { sourceId: SOURCE, locator: 'Avsnitt 1' };
const DATES = 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_TOKENS: TOKENS });
  await api.db.write('test/addSource', { id: SOURCE, title: 'Testkälla för typade skrivningar' });
});
afterAll(async () => {
  await api.db.write('test/removeSource', { id: SOURCE });
  await api.close();
});

const counts = async () => (await api.db.read('test/countAll'))[0];

const CREATE_BODY = `mutation($input: CreateBodyInput!) { createBody(input: $input) {
  body { id version name classification tier founded { text precision } area { id } topics { id } sources { sourceId locator } }
  audit { action actor entityId sourceId version } } }`;
const UPDATE_BODY = `mutation($id: ID!, $expectedVersion: Int, $set: UpdateBodyInput, $clear: [BodyOptionalField!]) {
  updateBody(id: $id, expectedVersion: $expectedVersion, set: $set, clear: $clear, source: { sourceId: "${SOURCE}", locator: "Avsnitt 2" }) {
    body { id version name tier sizeMin } audit { action version } } }`;
const RETIRE_BODY = `mutation($id: ID!, $validTo: PartialDateText!) {
  retireBody(id: $id, validTo: $validTo, reason: "Ersatt av nytt råd", source: { sourceId: "${SOURCE}", locator: "Avsnitt 3" }) {
    body { id dissolved { text precision earliest latest } } audit { action reason } } }`;

const newBody = (id: string, more: Record<string, unknown> = {}) => ({
  input: {
    id,
    name: 'Typade testrådet',
    classification: 'COUNCIL',
    tier: 'MIXED',
    founded: '2021-03',
    area: 'area-0580',
    topics: ['topic-000-nara-vard'],
    source: CITE,
    ...more,
  },
});

/** A write that must be refused: its code, field and message, and proof that nothing changed. */
async function refused(query: string, variables: Record<string, unknown>, code = 'BAD_USER_INPUT'): Promise<{ field: string; message: string }> {
  const before = await counts();
  const { errors, data } = await api.gql(query, variables, editor);
  expect(data ?? null).toBeNull();
  expect(errors).toHaveLength(1);
  expect(errors![0].extensions.code).toBe(code);
  expect(await counts()).toEqual(before);
  return { field: errors![0].extensions.field, message: errors![0].message };
}

describe('the typed mutations cover the model', () => {
  test('every kind with a seed section has create and update, all but areas retire, and every linkable relationship link and retireLink', async () => {
    const { __type } = await api.data('{ __type(name: "Mutation") { fields { name } } }');
    const names = new Set(__type.fields.map((f: { name: string }) => f.name));
    const pascal = (type: string) => type.toLowerCase().replace(/(^|_)(\w)/g, (_m: string, _s: string, c: string) => c.toUpperCase());
    const wanted = [
      ...WRITABLE_KINDS.flatMap((k) => [`create${k}`, `update${k}`, ...(k === 'Area' ? [] : [`retire${k}`])]),
      ...Object.keys(LINK_TYPES).flatMap((t) => [`link${pascal(t)}`, `retireLink${pascal(t)}`]),
    ];
    expect(wanted.filter((n) => !names.has(n))).toEqual([]);
    expect(names.has('retireArea')).toBe(false);
    expect(wanted).toEqual(
      expect.arrayContaining(['createBody', 'updateBody', 'retireBody', 'linkReportingLine', 'linkPrincipalOf', 'retireLinkReportingLine']),
    );
  });
});

describe('typed entity mutations', () => {
  test('createBody writes a body with typed fields, its area and topics, and the API reads it back', async () => {
    const { data, errors } = await api.gql(CREATE_BODY, newBody('body-typed-created'), editor);
    expect(errors).toBeUndefined();
    expect(data.createBody).toEqual({
      body: {
        id: 'body-typed-created',
        version: 1,
        name: 'Typade testrådet',
        classification: 'COUNCIL',
        tier: 'MIXED',
        founded: { text: '2021-03', precision: 'MONTH' },
        area: { id: 'area-0580' },
        topics: [{ id: 'topic-000-nara-vard' }],
        sources: [{ sourceId: SOURCE, locator: 'Avsnitt 1' }],
      },
      audit: { action: 'CREATE', actor: 'Eva Editor', entityId: 'body-typed-created', sourceId: SOURCE, version: 1 },
    });
    const read = await api.data('{ body(id: "body-typed-created") { name founded { earliest latest } area { id } } }');
    expect(read.body).toEqual({ name: 'Typade testrådet', founded: { earliest: '2021-03-01', latest: '2021-03-31' }, area: { id: 'area-0580' } });
  });

  test('updateBody sets and clears fields at the version it read; the graph shows the change', async () => {
    await api.gql(CREATE_BODY, newBody('body-typed-updated'), editor);
    const { data, errors } = await api.gql(
      UPDATE_BODY,
      { id: 'body-typed-updated', expectedVersion: 1, set: { name: 'Typade omsorgsrådet', sizeMin: 5 }, clear: ['tier'] },
      editor,
    );
    expect(errors).toBeUndefined();
    expect(data.updateBody).toEqual({
      body: { id: 'body-typed-updated', version: 2, name: 'Typade omsorgsrådet', tier: null, sizeMin: 5 },
      audit: { action: 'UPDATE', version: 2 },
    });
    const read = await api.data('{ body(id: "body-typed-updated") { name tier sizeMin version sources { locator } } }');
    expect(read.body).toEqual({
      name: 'Typade omsorgsrådet',
      tier: null,
      sizeMin: 5,
      version: 2,
      sources: [{ locator: 'Avsnitt 1' }, { locator: 'Avsnitt 2' }],
    });
  });

  test('updateBody with a stale expectedVersion is a CONFLICT naming the version to re-read, and writes nothing', async () => {
    await api.gql(CREATE_BODY, newBody('body-typed-stale'), editor);
    await api.gql(UPDATE_BODY, { id: 'body-typed-stale', set: { sizeMin: 3 } }, editor);
    const before = await counts();
    const { errors } = await api.gql(UPDATE_BODY, { id: 'body-typed-stale', expectedVersion: 1, set: { name: 'För sent' } }, editor);
    expect(errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'expectedVersion', currentVersion: 2 });
    expect(errors![0].message).toBe(
      "expectedVersion is 1, but 'body-typed-stale' is now at version 2: it was changed since you read it. Re-read it (its `version` field), check your change against what is there now, and resend it with expectedVersion 2",
    );
    expect(await counts()).toEqual(before);
    expect((await api.data('{ body(id: "body-typed-stale") { name version } }')).body).toEqual({ name: 'Typade testrådet', version: 2 });
  });

  test('retireBody ends a body on a partial date; it stays, dissolved, and drops out of later lists', async () => {
    await api.gql(CREATE_BODY, newBody('body-typed-retired'), editor);
    const { data, errors } = await api.gql(RETIRE_BODY, { id: 'body-typed-retired', validTo: '2024' }, editor);
    expect(errors).toBeUndefined();
    expect(data.retireBody).toEqual({
      body: { id: 'body-typed-retired', dissolved: { text: '2024', precision: 'YEAR', earliest: '2024-01-01', latest: '2024-12-31' } },
      audit: { action: 'RETIRE', reason: 'Ersatt av nytt råd' },
    });
    const q = 'query($asOf: LocalDate) { bodies(filter: {name: "typade testrådet", asOf: $asOf}, first: 50) { nodes { id } } }';
    expect((await api.gql(q, { asOf: '2024-06-01' })).data.bodies.nodes.map((n: any) => n.id)).toContain('body-typed-retired');
    expect((await api.gql(q, { asOf: '2025-01-01' })).data.bodies.nodes.map((n: any) => n.id)).not.toContain('body-typed-retired');
  });

  test('createItem takes its deciders as typed entries, and they are read back as decidedBy', async () => {
    const { errors } = await api.gql(
      'mutation($input: CreateItemInput!) { createItem(input: $input) { item { id title } } }',
      {
        input: {
          id: 'item-typed-created',
          title: 'Typat ärende',
          decidedBy: [{ by: 'body-svo', kind: 'RECOMMENDS', condition: 'Om budget finns' }],
          source: CITE,
        },
      },
      editor,
    );
    expect(errors).toBeUndefined();
    const read = await api.data('{ node(id: "item-typed-created") { ... on Item { title decidedBy { decider { id } kind condition } } } }');
    expect(read.node).toEqual({ title: 'Typat ärende', decidedBy: [{ decider: { id: 'body-svo' }, kind: 'RECOMMENDS', condition: 'Om budget finns' }] });
  });
});

describe('typed link mutations', () => {
  const LINK = `mutation($from: ID!, $to: ID!, $kind: ReportingKind!, $validFrom: PartialDateText) {
    linkReportingLine(from: $from, to: $to, kind: $kind, validFrom: $validFrom, text: "Beredningsgruppen bereder ärenden till LGVO", source: { sourceId: "${SOURCE}", locator: "Avsnitt 4" }) {
      from { id version } to { id } audit { action relationship otherId } } }`;
  const RETIRE = `mutation($from: ID!, $to: ID!, $kind: ReportingKind!, $validTo: PartialDateText!) {
    retireLinkReportingLine(from: $from, to: $to, kind: $kind, validTo: $validTo, reason: "Omorganisation", source: { sourceId: "${SOURCE}", locator: "Avsnitt 5" }) {
      audit { action reason } } }`;
  const chain = (asOf: string) => api.gql(`{ body(id: "body-typed-linked") { chainUp(asOf: "${asOf}") { nodes { node { id } } } } }`);

  test('linkReportingLine puts a body in the chain; retireLinkReportingLine takes it out as of later days only', async () => {
    await api.gql(CREATE_BODY, newBody('body-typed-linked'), editor);
    const linked = await api.gql(LINK, { from: 'body-typed-linked', to: 'body-lgvo', kind: 'PREPARES_FOR', validFrom: '2023' }, editor);
    expect(linked.errors).toBeUndefined();
    expect(linked.data.linkReportingLine).toEqual({
      from: { id: 'body-typed-linked', version: 2 },
      to: { id: 'body-lgvo' },
      audit: { action: 'LINK', relationship: 'REPORTING_LINE/PREPARES_FOR', otherId: 'body-lgvo' },
    });
    expect((await chain('2024-01-01')).data.body.chainUp.nodes.map((n: any) => n.node.id)).toContain('body-lgvo');

    const retired = await api.gql(RETIRE, { from: 'body-typed-linked', to: 'body-lgvo', kind: 'PREPARES_FOR', validTo: '2024-12' }, editor);
    expect(retired.errors).toBeUndefined();
    expect(retired.data.retireLinkReportingLine.audit).toEqual({ action: 'RETIRE_LINK', reason: 'Omorganisation' });
    expect((await chain('2024-12-15')).data.body.chainUp.nodes.map((n: any) => n.node.id)).toContain('body-lgvo');
    expect((await chain('2025-01-01')).data.body.chainUp.nodes).toEqual([]);
  });

  test('linkPrincipalOf makes a new organisation a principal of a new body', async () => {
    await api.gql(CREATE_BODY, newBody('body-typed-joint'), editor);
    const org = await api.gql(
      'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id name kind } } }',
      { input: { id: 'org-typed-region', name: 'Typregionen', kind: 'REGION', validFrom: '2019', source: CITE } },
      editor,
    );
    expect(org.data.createOrganisation.organisation).toEqual({ id: 'org-typed-region', name: 'Typregionen', kind: 'REGION' });
    const linked = await api.gql(
      `mutation { linkPrincipalOf(from: "org-typed-region", to: "body-typed-joint", validFrom: "2020-01", source: { sourceId: "${SOURCE}", locator: "Avsnitt 6" }) { audit { action relationship } } }`,
      {},
      editor,
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data.linkPrincipalOf.audit).toEqual({ action: 'LINK', relationship: 'PRINCIPAL_OF/' });
    const read = await api.data('{ body(id: "body-typed-joint") { principals { organisation { id } validFrom { text } } } }');
    expect(read.body.principals).toEqual([{ organisation: { id: 'org-typed-region' }, validFrom: { text: '2020-01' } }]);
  });
});

describe('refused typed writes name the field, the value and the fix, and write nothing', () => {
  test('a classification outside its enum lists the values', async () => {
    const { field, message } = await refused(CREATE_BODY, newBody('body-typed-bad', { classification: 'CLUB' }));
    expect(field).toBe('input.classification');
    expect(message).toMatch(/^input\.classification must be one of EXECUTIVE_BOARD, POLITICAL_COMMITTEE, .*, OTHER; 'CLUB' is not$/);
  });

  test('a month 13 is not a date, and the message gives the forms a date takes', async () => {
    expect(await refused(CREATE_BODY, newBody('body-typed-bad', { founded: '2024-13' }))).toEqual({
      field: 'input.founded',
      message: `input.founded must be a date as ${DATES}; '2024-13' is not`,
    });
  });

  test('30 February is not a calendar day', async () => {
    expect(await refused(CREATE_BODY, newBody('body-typed-bad', { founded: '2024-02-30' }))).toEqual({
      field: 'input.founded',
      message: `input.founded '2024-02-30' is not a calendar day: 2024-02 has 29 days; give a day that exists, or a date as ${DATES}`,
    });
  });

  test('a bad date in a nested entry names its place in the list', async () => {
    const input = {
      id: 'doc-typed-bad',
      title: 'Typad överenskommelse',
      kind: 'AGREEMENT',
      terms: { text: 'Gäller 2024', extensions: [{ until: '2026-spring' }, { until: 'våren 2027' }] },
      source: CITE,
    };
    const { field, message } = await refused('mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { id } } }', { input });
    expect({ field, message }).toEqual({
      field: 'input.terms.extensions.1.until',
      message: `input.terms.extensions.1.until must be a date as ${DATES}; 'våren 2027' is not`,
    });
  });

  test('values written in the document itself are refused the same way, at their path', async () => {
    const literal = (fields: string) =>
      `mutation { createBody(input: { id: "body-typed-bad", name: "Typat", ${fields}, source: { sourceId: "${SOURCE}", locator: "Avsnitt 1" } }) { body { id } } }`;
    const enumValue = await refused(literal('classification: CLUB'), {});
    expect(enumValue.field).toBe('input.classification');
    expect(enumValue.message).toMatch(/^input\.classification must be one of EXECUTIVE_BOARD, .*, OTHER; 'CLUB' is not$/);
    expect(await refused(literal('classification: COUNCIL, founded: "2024-02-30"'), {})).toEqual({
      field: 'input.founded',
      message: `input.founded '2024-02-30' is not a calendar day: 2024-02 has 29 days; give a day that exists, or a date as ${DATES}`,
    });
    const missing = await refused(literal('tier: MIXED'), {});
    expect(missing.field).toBe('input.classification');
    expect(missing.message).toMatch(/^input\.classification is required: What kind of forum it is; it must be one of EXECUTIVE_BOARD, /);
  });

  test('a missing required field says what it is and what to give', async () => {
    const { input } = newBody('body-typed-bad');
    const { classification, ...rest } = input;
    const { field, message } = await refused(CREATE_BODY, { input: rest });
    expect(field).toBe('input.classification');
    expect(message).toMatch(/^input\.classification is required: What kind of forum it is; it must be one of EXECUTIVE_BOARD, POLITICAL_COMMITTEE, /);
  });

  test('a reference to an area that does not exist is refused by the same rule as the seed and createEntity', async () => {
    expect(await refused(CREATE_BODY, newBody('body-typed-bad', { area: 'area-9999' }))).toEqual({
      field: 'input.area',
      message: "input.area must be the id of an existing Area; 'area-9999' is not",
    });
  });

  test('an id that is not an id, and an id in use, are refused at input.id', async () => {
    expect(await refused(CREATE_BODY, newBody('Body SVO'))).toEqual({
      field: 'input.id',
      message: `input.id must be an id of lowercase letters, digits and hyphens, like "body-svo"; 'Body SVO' is not`,
    });
    expect(await refused(CREATE_BODY, newBody('body-svo'))).toEqual({
      field: 'input.id',
      message: "input.id 'body-svo' is taken; choose another id or update that entity",
    });
  });

  test("updateBody with an organisation's id says it is not a body", async () => {
    expect(await refused(UPDATE_BODY, { id: 'org-region-05', set: { name: 'Fel' } })).toEqual({
      field: 'id',
      message: "id 'org-region-05' is an Organisation, not a Body: give the id of a Body",
    });
  });

  test('removing a required field through set: null is refused; clearing and setting one field is refused', async () => {
    expect(await refused(UPDATE_BODY, { id: 'body-svo', set: { name: null } })).toEqual({
      field: 'set.name',
      message: 'set.name cannot be removed: it is required',
    });
    expect(await refused(UPDATE_BODY, { id: 'body-svo', set: { tier: 'MIXED' }, clear: ['tier'] })).toEqual({
      field: 'clear',
      message: 'clear lists tier, which set also gives a value: either set it or clear it',
    });
  });

  test('a link to an entity of the wrong kind names the end and the kinds it may be', async () => {
    const q = `mutation { linkReportingLine(from: "body-svo", to: "topic-000-nara-vard", kind: REPORTS_TO, source: { sourceId: "${SOURCE}", locator: "Avsnitt 7" }) { audit { action } } }`;
    expect(await refused(q, {})).toEqual({
      field: 'to',
      message: "to must be the id of an existing Body or Organisation for REPORTING_LINE; 'topic-000-nara-vard' is not",
    });
  });

  test('retiring with a date that is no date is refused before anything runs', async () => {
    expect(await refused(RETIRE_BODY, { id: 'body-svo', validTo: '2023-02-29' })).toEqual({
      field: 'validTo',
      message: `validTo '2023-02-29' is not a calendar day: 2023-02 has 28 days; give a day that exists, or a date as ${DATES}`,
    });
  });
});

describe('the PartialDateText scalar', () => {
  test.each([['2024'], ['2024-03'], ['2024-03-05'], ['2024-02-29'], ['2022-autumn'], ['2023-spring'], ['2024-H1'], ['2024-H2']])('accepts %s', (value) => {
    expect(PartialDateText.parseValue(value)).toBe(value);
    expect(PartialDateText.parseLiteral({ kind: Kind.STRING, value }, {})).toBe(value);
  });

  test('accepts a year given as a number, as the same date as its text', () => {
    expect(PartialDateText.parseValue(2024)).toBe('2024');
    expect(PartialDateText.parseLiteral({ kind: Kind.INT, value: '2024' }, {})).toBe('2024');
  });

  test.each([
    ['2024-13', `must be a date as ${DATES}; '2024-13' is not`],
    ['2024-00', `must be a date as ${DATES}; '2024-00' is not`],
    ['24', `must be a date as ${DATES}; '24' is not`],
    ['hösten 2022', `must be a date as ${DATES}; 'hösten 2022' is not`],
    ['', `must be a date as ${DATES}; '' is not`],
    ['2024-02-30', `'2024-02-30' is not a calendar day: 2024-02 has 29 days; give a day that exists, or a date as ${DATES}`],
    ['2023-02-29', `'2023-02-29' is not a calendar day: 2023-02 has 28 days; give a day that exists, or a date as ${DATES}`],
    ['2024-04-31', `'2024-04-31' is not a calendar day: 2024-04 has 30 days; give a day that exists, or a date as ${DATES}`],
  ])('refuses %s: %s', (value, message) => {
    expect(() => PartialDateText.parseValue(value)).toThrow(message);
  });

  test('refuses a value that is not text, naming it', () => {
    expect(() => PartialDateText.parseValue(true)).toThrow(`must be a date as ${DATES}, written as a string (e.g. "2024-03"); true is not`);
    expect(() => PartialDateText.parseValue(24)).toThrow(`; 24 is not`);
  });
});
