import { ids, OSTERGOTLAND_MUNICIPALITIES, sorted, startTestApi, type TestApi } from './helpers';

/**
 * Collective parties, principals and deciders (issue 11): where a source names the
 * municipalities of a county as a group, the seed keeps the phrase and the county, and the
 * loader links every municipality SCB's reference (seed/reference/scb-municipalities.csv) lists
 * there, citing both the source and SCB's row. Expected answers come from the sources
 * (../shared/sources/, quoted as file:line) and SCB's list.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const SCB = 'scb-kommun-och-lanskoder';
// SCB's list: county 23 Jämtlands län, 04 Södermanlands län, 05 Östergötlands län.
const JAMTLAND = ['2303', '2305', '2309', '2313', '2321', '2326', '2361', '2380'].map((c) => `org-kommun-${c}`);
const SORMLAND = ['0428', '0461', '0480', '0481', '0482', '0483', '0484', '0486', '0488'].map((c) => `org-kommun-${c}`);

const MUNICIPALITIES = (area: string) => `{ organisations(filter: {area: "${area}", kinds: [MUNICIPALITY]}, first: 100) { totalCount nodes { id name } } }`;

describe("a county's municipalities are SCB's", () => {
  // seed/reference/scb-municipalities.csv: 8 rows of county 23 (Ragunda … Östersund), 9 of county 04 (Vingåker … Trosa), 13 of county 05
  test('Jämtland has 8 municipalities, Sörmland 9, Östergötland 13: each an organisation once', async () => {
    const jamtland = (await api.data(MUNICIPALITIES('area-23'))).organisations;
    const sormland = (await api.data(MUNICIPALITIES('area-04'))).organisations;
    const ostergotland = (await api.data(MUNICIPALITIES('area-05'))).organisations;
    expect(jamtland.totalCount).toBe(8);
    expect(sorted(ids(jamtland.nodes))).toEqual(JAMTLAND);
    expect(sormland.totalCount).toBe(9);
    expect(sorted(ids(sormland.nodes))).toEqual(SORMLAND);
    expect(ostergotland.totalCount).toBe(13);
    expect(sorted(ids(ostergotland.nodes))).toEqual(sorted(OSTERGOTLAND_MUNICIPALITIES));
  });

  // scb-municipalities.csv:257 "2309,Krokom,23,Jämtlands län": no source document names Krokom on its own,
  // so its organisation carries SCB's name and cites the source's group and SCB's row
  test("a municipality no source names on its own is made from SCB's row, with SCB's name, its area and both citations", async () => {
    const { node } = await api.data(
      `{ node(id: "org-kommun-2309") { ... on Organisation { name kind certainty inference area { id } sources { sourceId locator } } } }`,
    );
    expect(node.name).toBe('Krokom');
    expect(node.kind).toBe('MUNICIPALITY');
    expect(node.area).toEqual({ id: 'area-2309' });
    expect(node.certainty).toBe('INFERRED');
    expect(node.inference).toContain("SCB's reference lists Krokom (2309)");
    expect(node.sources).toContainEqual({ sourceId: SCB, locator: 'scb-municipalities.csv row 257' });
    expect(node.sources.map((s: { sourceId: string }) => s.sourceId)).toContain('src-002');
  });
});

describe('principals named as a group', () => {
  // 004_faaef7745464eccc.txt:144: "Region Sörmland och länets nio kommuner samverkar på tjänstemannanivå i Länsstyrgruppen.
  // Respektive deltagare representerar sin huvudman"
  test('Länsstyrgruppen has 10 principals: Region Sörmland and the nine municipalities of Södermanlands län', async () => {
    const { node } = await api.data(
      `{ node(id: "body-lansstyrgruppen-sormland") { ... on Body { principals { organisation { id } sources { sourceId locator } } } } }`,
    );
    expect(node.principals).toHaveLength(10);
    expect(sorted(node.principals.map((p: any) => p.organisation.id))).toEqual(sorted(['org-region-04', ...SORMLAND]));
    // Vingåker: the source's phrase and SCB's row 36 "0428,Vingåker,04,Södermanlands län"
    const vingaker = node.principals.find((p: any) => p.organisation.id === 'org-kommun-0428');
    expect(vingaker.sources).toEqual([
      { sourceId: 'src-004', locator: expect.stringContaining('Region Sörmland och länets nio kommuner samverkar') },
      { sourceId: SCB, locator: 'scb-municipalities.csv row 36' },
    ]);
  });

  // 002_032b4e42c1688560.txt:84: "Myndighetssamverkan mot våld Länets kommuner, Region Jämtland Härjedalen, Polisen, Länsstyrelsen samt åklagaren"
  test("Myndighetssamverkan mot våld stands on Jämtland's 8 municipalities besides the region, the police, the county board and the prosecutors", async () => {
    const { node } = await api.data(`{ node(id: "body-myndighetssamverkan-mot-vald-jh") { ... on Body { principals { organisation { id } } } } }`);
    const principals = node.principals.map((p: any) => p.organisation.id);
    expect(principals).toHaveLength(12);
    expect(principals).toEqual(expect.arrayContaining(['org-region-23', ...JAMTLAND]));
  });
});

describe('parties named as a group', () => {
  // 002_032b4e42c1688560.txt:102 "Överenskommelse om samarbete mellan kommunerna i Jämtlands län och Region Jämtland Härjedalen …";
  // :105 "Samverkansavtal mellan Region Jämtland Härjedalen och kommunerna i Jämtlands län gällande hemsjukvård."
  test("Jämtland's agreement rows link the region and its 8 municipalities", async () => {
    for (const id of ['doc-002-ok-psykiska-funktionsnedsattningar', 'doc-002-samverkansavtal-hemsjukvard']) {
      const { node } = await api.data(`{ node(id: "${id}") { ... on Document { parties { id } } } }`);
      expect(sorted(ids(node.parties))).toEqual(sorted(['org-region-23', ...JAMTLAND]));
    }
  });

  // 000_97f0e728be22a798.txt:229-239 (Bilaga 2 rows 3, 5-9) name their parties only as "parterna", "part", "avtalsparterna",
  // "Regionen och kommunerna", "Landstinget och kommunerna"; :208 (Bilaga 1) "andra är länsövergripande och tecknade mellan
  // Region Östergötland och länets kommuner"
  test("the six agreements of 000's Bilaga 2 that had no parties have the region and Östergötland's 13 municipalities", async () => {
    const agreements = [
      'doc-000-avtal-lakarmedverkan',
      'doc-000-ok-psykisk-funktionsnedsattning-missbruk',
      'doc-000-avtal-gemensamt-hvb',
      'doc-000-ok-barn-unga',
      'doc-000-ramavtal-ungdomshalsa',
      'doc-000-avtal-hemsjukvard',
    ];
    for (const id of agreements) {
      const { node } = await api.data(`{ node(id: "${id}") { ... on Document { parties { id } } } }`);
      expect(sorted(ids(node.parties))).toEqual(sorted(['org-region-05', ...OSTERGOTLAND_MUNICIPALITIES]));
    }
  });
});

describe('deciders named as a group', () => {
  // 004_faaef7745464eccc.txt:426: "NSV beslutade den 11 mars 2022 om att godkänna målbilden för Nära vård i Sörmland. Därefter togs
  // beslut i samtliga kommuner och regionen fram till september 2022."
  test('the målbild is approved by NSV and decided by Region Sörmland and all nine municipalities of Södermanlands län', async () => {
    const { node } = await api.data(`{ node(id: "item-004-malbild") { ... on Item { decidedBy { kind certainty inference decider { id } } } } }`);
    const deciders = node.decidedBy.map((d: any) => `${d.kind} ${d.decider.id}`);
    expect(deciders).toHaveLength(11);
    expect(sorted(deciders)).toEqual(sorted(['APPROVES body-nsv', 'DECIDES org-region-04', ...SORMLAND.map((id) => `DECIDES ${id}`)]));
    // Marked as read: the county from the report's context, the municipalities from SCB's list
    const gnesta = node.decidedBy.find((d: any) => d.decider.id === 'org-kommun-0461');
    expect(gnesta.certainty).toBe('INFERRED');
    expect(gnesta.inference).toContain("'samtliga kommuner' read as the 9 municipalities SCB's reference lists in Södermanlands län");
  });
});
