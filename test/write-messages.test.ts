import { startTestApi, type TestApi } from './helpers';

/**
 * A refused write says which field, what was given and what to give instead, decided by the
 * rule that failed and the type the model gives the field (src/model), never by its name.
 */
const SOURCE = 'src-test-write-messages';
const editor = { authorization: 'Bearer editor-token-2' };
const CITE = { sourceId: SOURCE, locator: 'Avsnitt 1' };
const DATES = 'YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_TOKENS: 'editor-token-2:editor:Eva Editor' });
  await api.db.write('test/addSource', { id: SOURCE, title: 'Testkälla för felmeddelanden' });
});
afterAll(async () => {
  await api.db.write('test/removeSource', { id: SOURCE });
  await api.close();
});

const counts = async () => (await api.db.read('test/countAll'))[0];
const CREATE = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }';
const UPDATE = 'mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }';
const LINK = 'mutation($input: LinkInput!) { linkEntities(input: $input) { entity { id } } }';

async function refused(query: string, input: Record<string, unknown>): Promise<{ message: string; field: string }> {
  const before = await counts();
  const { errors } = await api.gql(query, { input }, editor);
  expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
  expect(await counts()).toEqual(before);
  return { message: errors![0].message, field: errors![0].extensions.field };
}
const body = (fields: Record<string, unknown>) => ({
  kind: 'Body',
  id: 'body-test-message',
  fields: { name: 'Testrådet', classification: 'COUNCIL', ...fields },
  source: CITE,
});

describe('messages of refused writes', () => {
  test('a link with validFrom "2024-13" must be a date, and says so with the value', async () => {
    const input = { from: 'body-svo', type: 'REPORTING_LINE', kind: 'REPORTS_TO', to: 'body-lgvo', validFrom: '2024-13', source: CITE };
    expect(await refused(LINK, input)).toEqual({ field: 'input.validFrom', message: `input.validFrom must be a date as ${DATES}; '2024-13' is not` });
  });

  test('area "Area 05" must be an area id like "area-05"', async () => {
    expect(await refused(CREATE, body({ area: 'Area 05' }))).toEqual({
      field: 'input.fields.area',
      message: `input.fields.area must be the id of an Area, like "area-05"; 'Area 05' is not`,
    });
  });

  test('an organisation validFrom written in words is a date problem, whatever the field is called', async () => {
    const input = { kind: 'Organisation', id: 'org-test-message', fields: { name: 'Testorganisation', kind: 'OTHER', validFrom: 'hösten 2022' }, source: CITE };
    expect(await refused(CREATE, input)).toEqual({
      field: 'input.fields.validFrom',
      message: `input.fields.validFrom must be a date as ${DATES}; 'hösten 2022' is not`,
    });
  });

  test('one topic given where a list belongs says how to write the list', async () => {
    expect(await refused(CREATE, body({ topics: 'topic-000-nara-vard' }))).toEqual({
      field: 'input.fields.topics',
      message: 'input.fields.topics must be a list: ["topic-000-nara-vard"]',
    });
  });

  test('a topic id in the list that is not an id names the item', async () => {
    expect((await refused(CREATE, body({ topics: ['Nära vård'] }))).message).toBe(
      `input.fields.topics.0 must be the id of a Topic, like "topic-000-nara-vard"; 'Nära vård' is not`,
    );
  });

  test('a size in words must be a whole number', async () => {
    expect((await refused(CREATE, body({ sizeMin: 'fem' }))).message).toBe("input.fields.sizeMin must be a whole number; 'fem' is not");
  });

  test('a missing classification is required, with what it is and its values', async () => {
    const input = { kind: 'Body', id: 'body-test-message', fields: { name: 'Testrådet' }, source: CITE };
    const { field, message } = await refused(CREATE, input);
    expect(field).toBe('input.fields.classification');
    expect(message).toMatch(/^input\.fields\.classification is required: What kind of forum it is; it must be one of EXECUTIVE_BOARD, POLITICAL_COMMITTEE, /);
  });

  test('a misspelt field lists the fields of the kind', async () => {
    const { field, message } = await refused(CREATE, body({ nmae: 'Testrådet' }));
    expect(field).toBe('input.fields.nmae');
    expect(message).toMatch(/^input\.fields\.nmae is not a field here; the fields are id, note, name, altNames, classification, tier, /);
  });

  test("a body's area is a relationship and is changed with linkEntities; a commission's organisation is text and may be set", async () => {
    const { field, message } = await refused(UPDATE, { id: 'body-svo', set: { area: 'area-05' }, source: CITE });
    expect({ field, message }).toEqual({
      field: 'input.set.area',
      message: 'input.set.area is a relationship; change it with linkEntities and retireLink so its history is kept',
    });
    const created = await api.gql(
      CREATE,
      { input: { kind: 'Commission', id: 'commission-test-message', fields: { title: 'Testuppdrag' }, source: CITE } },
      editor,
    );
    expect(created.errors).toBeUndefined();
    const updated = await api.gql(
      UPDATE,
      { input: { id: 'commission-test-message', set: { organisation: 'En projektgrupp leds av länssamordnaren.' }, source: CITE } },
      editor,
    );
    expect(updated).toEqual({ data: { updateEntity: { entity: { id: 'commission-test-message' } } } });
  });
});

/** The typed mutations (src/write/typed) say the same as the JSON family, at their own paths. */
describe('messages of refused typed writes', () => {
  const CREATE_BODY = 'mutation($input: CreateBodyInput!) { createBody(input: $input) { body { id } } }';
  const CREATE_ORG = 'mutation($input: CreateOrganisationInput!) { createOrganisation(input: $input) { organisation { id } } }';
  const typed = (fields: Record<string, unknown>) => ({
    input: { id: 'body-test-message', name: 'Testrådet', classification: 'COUNCIL', ...fields, source: CITE },
  });

  async function refusedTyped(query: string, variables: Record<string, unknown>): Promise<{ message: string; field: string }> {
    const before = await counts();
    const { errors } = await api.gql(query, variables, editor);
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await counts()).toEqual(before);
    return { message: errors![0].message, field: errors![0].extensions.field };
  }

  test('area "Area 05" must be an area id like "area-05", as in createEntity', async () => {
    expect(await refusedTyped(CREATE_BODY, typed({ area: 'Area 05' }))).toEqual({
      field: 'input.area',
      message: `input.area must be the id of an Area, like "area-05"; 'Area 05' is not`,
    });
  });

  test('an organisation validFrom written in words is a date problem', async () => {
    const input = { id: 'org-test-message', name: 'Testorganisation', kind: 'OTHER', validFrom: 'hösten 2022', source: CITE };
    expect(await refusedTyped(CREATE_ORG, { input })).toEqual({
      field: 'input.validFrom',
      message: `input.validFrom must be a date as ${DATES}; 'hösten 2022' is not`,
    });
  });

  test('a size in words must be a whole number', async () => {
    expect(await refusedTyped(CREATE_BODY, typed({ sizeMin: 'fem' }))).toEqual({
      field: 'input.sizeMin',
      message: "input.sizeMin must be a whole number; 'fem' is not",
    });
  });

  test('a topic id in the list that is not an id names the item', async () => {
    expect((await refusedTyped(CREATE_BODY, typed({ topics: ['Nära vård'] }))).message).toBe(
      `input.topics.0 must be the id of a Topic, like "topic-000-nara-vard"; 'Nära vård' is not`,
    );
  });

  test('a misspelt field lists the fields of the input', async () => {
    const { field, message } = await refusedTyped(CREATE_BODY, typed({ nmae: 'Testrådet' }));
    expect(field).toBe('input.nmae');
    expect(message).toMatch(/^input\.nmae is not a field of CreateBodyInput; the fields are id, note, name, altNames, classification, tier, /);
  });
});
