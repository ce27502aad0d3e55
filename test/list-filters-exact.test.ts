import { ids, startTestApi, type TestApi } from './helpers';

/**
 * The top-level lists' exact name filter (filter.nameExact), and ids in filters that name
 * nothing (an SCB code, an unknown id, an id of another kind) refused as BAD_USER_INPUT
 * naming the field, the value and the right form, before anything is read. Names and ids
 * come from the seed files, quoted as file:line.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_REPORT_ROUND_TRIPS: 'true' });
});
afterAll(() => api.close());

const BODIES = `query($filter: BodyFilter) { bodies(filter: $filter, first: 50) { nodes { id name } } }`;
const bodyIds = async (filter: Record<string, unknown>): Promise<string[]> => ids((await api.data(BODIES, { filter })).bodies.nodes);

// seed/000-svo-arbetsplan.yaml:158-159: "name: Ledningsgrupp vård och omsorg", "altNames: [LGVO, ledningsgrupp vård och omsorg]";
// :167-168: "name: LGVO:s arbetsutskott", "altNames: [LGVO AU, LGVO au]"; :176: "name: LGVO Att växa upp"; :186: "name: LGVO Att åldras".
describe('filter.nameExact', () => {
  test('an abbreviation finds the body it names and not the bodies whose names contain it', async () => {
    expect(await bodyIds({ nameExact: 'LGVO' })).toEqual(['body-lgvo']);
    expect(await bodyIds({ nameExact: 'lgvo' })).toEqual(['body-lgvo']);
    // The substring filter is unchanged: it still finds the working committee and the groups.
    expect(await bodyIds({ name: 'LGVO' })).toEqual(
      expect.arrayContaining(['body-lgvo', 'body-lgvo-au', 'body-lgvo-att-vaxa-upp', 'body-lgvo-att-aldras', 'body-lgvo-mitt-i-livet']),
    );
  });

  test('the whole name, in any case and spacing, with or without its punctuation; diacritics count', async () => {
    expect(await bodyIds({ nameExact: 'Ledningsgrupp  vård och OMSORG' })).toEqual(['body-lgvo']);
    expect(await bodyIds({ nameExact: 'LGVO:s arbetsutskott' })).toEqual(['body-lgvo-au']);
    expect(await bodyIds({ nameExact: 'lgvo s arbetsutskott' })).toEqual(['body-lgvo-au']);
    expect(await bodyIds({ nameExact: 'LGVO AU' })).toEqual(['body-lgvo-au']);
    expect(await bodyIds({ nameExact: 'LGVO Att åldras' })).toEqual(['body-lgvo-att-aldras']);
    expect(await bodyIds({ nameExact: 'LGVO Att aldras' })).toEqual([]);
    // Part of a name is not the name.
    expect(await bodyIds({ nameExact: 'Ledningsgrupp vård' })).toEqual([]);
  });

  // seed/003-sso-organisation.yaml:1389-1390: "id: area-05", "altNames: [Östergötland]"; seed/reference/scb-municipalities.csv:52:
  // "0580,Linköping,05,Östergötlands län".
  test('other lists take it too, with the other filters', async () => {
    const areas = await api.data(`{ areas(filter: { nameExact: "östergötland" }) { nodes { id } } }`);
    expect(ids(areas.areas.nodes)).toEqual(['area-05']);
    expect(await bodyIds({ nameExact: 'LGVO', area: 'area-05' })).toEqual(['body-lgvo']);
  });

  test('a name with no letters or digits is BAD_USER_INPUT', async () => {
    const { data, errors } = await api.gql(BODIES, { filter: { nameExact: ' :: ' } });
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.nameExact' });
  });
});

describe('ids in filters', () => {
  const refused = async (query: string, variables: Record<string, unknown>) => {
    const response = (await api.gql(query, variables)) as { data?: any; errors?: any[]; extensions?: { roundTrips: number } };
    expect(response.data).toBeNull();
    expect(response.errors).toHaveLength(1);
    return { error: response.errors![0], roundTrips: response.extensions!.roundTrips };
  };

  // seed/reference/scb-municipalities.csv:52: "0580,Linköping,05,Östergötlands län": 05 and 0580 are SCB's codes; the areas' ids are area-05, area-0580.
  test('an SCB code is refused with the id to use instead, and nothing is read', async () => {
    for (const [code, id] of [
      ['05', 'area-05'],
      ['0580', 'area-0580'],
    ]) {
      const { error, roundTrips } = await refused(BODIES, { filter: { area: code } });
      expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.area', value: code, expected: id });
      expect(error.message).toBe(`filter.area: '${code}' is an SCB code, not an id; give the area's id: "${id}"`);
      expect(roundTrips).toBe(0);
    }
  });

  test("an id no area has is refused by the list's own statement: one statement in all", async () => {
    const { error, roundTrips } = await refused(BODIES, { filter: { area: 'area-99' } });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.area', value: 'area-99', expected: 'area-05' });
    expect(error.message).toBe(`filter.area: no area has the id 'area-99'; give the id of an existing area, e.g. "area-05"`);
    expect(roundTrips).toBe(1);
  });

  test('every list, the topic filter and the agreements register check their ids the same way', async () => {
    for (const list of ['organisations', 'documents', 'items', 'meetings', 'persons', 'areas']) {
      const { error } = await refused(`query($area: String) { ${list}(filter: { area: $area }) { nodes { id } } }`, { area: '05' });
      expect({ list, ext: error.extensions }).toMatchObject({ list, ext: { code: 'BAD_USER_INPUT', field: 'filter.area', expected: 'area-05' } });
    }
    const topic = await refused(`{ bodies(filter: { topic: "area-05" }) { nodes { id } } }`, {});
    expect(topic.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.topic', value: 'area-05' });
    expect(topic.error.message).toBe(`filter.topic: 'area-05' is the id of an area, not of a topic; give the id of a topic, e.g. "topic-000-nara-vard"`);
    const party = await refused(`{ agreements(filter: { party: "Region Östergötland" }) { document { id } } }`, {});
    expect(party.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.party', value: 'Region Östergötland' });
    const responsible = await refused(`{ agreements(filter: { responsible: "body-finns-inte" }) { document { id } } }`, {});
    expect(responsible.error.message).toBe(
      `filter.responsible: no body or organisation has the id 'body-finns-inte'; give the id of an existing body or organisation, e.g. "body-svo"`,
    );
    const area = await refused(`{ agreements(filter: { area: "05" }) { document { id } } }`, {});
    expect(area.error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.area', expected: 'area-05' });
  });

  // seed/000-svo-arbetsplan.yaml:162: body-lgvo has "area: area-05".
  test('ids that exist filter as before, still in one statement', async () => {
    const response = (await api.gql(BODIES, { filter: { area: 'area-05' } })) as { data?: any; extensions?: { roundTrips: number } };
    expect(ids(response.data.bodies.nodes)).toContain('body-lgvo');
    expect(response.extensions!.roundTrips).toBe(1);
    const agreements = await api.data(`{ agreements(filter: { area: "area-05" }, first: 500) { document { id } } }`);
    expect(agreements.agreements.length).toBeGreaterThan(0);
  });
});
