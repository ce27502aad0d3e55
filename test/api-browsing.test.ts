import { ids, sorted, startTestApi, type TestApi } from './helpers';

/**
 * Browsing the graph through GraphQL over HTTP: node(id), organisation(code), area(code),
 * the Relay connections with their paging, filters and sorting, and the citations every
 * entity carries. Expected answers come from the source documents in ../shared/sources/
 * (quoted as file:line above each test) and were checked against the seed files in seed/.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const OSTERGOTLAND_MUNICIPALITY_AREAS = [
  'area-0509',
  'area-0512',
  'area-0513',
  'area-0560',
  'area-0561',
  'area-0562',
  'area-0563',
  'area-0580',
  'area-0581',
  'area-0582',
  'area-0583',
  'area-0584',
  'area-0586',
];

describe('node(id)', () => {
  // 000_97f0e728be22a798.txt:91: "Samråd vård och omsorg (SVO) är ett politiskt samråd under länets socialnämnder ..."
  // 001_66273cec3dad0122.txt:8-9: "Dnr SON 2024-220" / "Dnr VÄN 2024-378"; :14: "Samråd vård och omsorg (SVO), godkännande av arbetsplan för åren 2024-2025"
  // 000_97f0e728be22a798.txt:235: "Överenskommelse om samverkan kring barn och unga	2020-04-01 till 2023-12-31"
  // 003_a2522b93327256eb.txt:34: "samtliga kommuner i östra länsdelen det vill säga Norrköpings, Söderköpings, Finspångs och Valdemarsviks kommuner"
  test('resolves a Body, an Item, a Document and an Area to their own types and fields', async () => {
    const { body, item, document, area } = await api.data(`{
      body: node(id: "body-svo") { __typename id ... on Body { name classification tier } }
      item: node(id: "item-001-godkannande-arbetsplan") { __typename id ... on Item { title registryNumbers } }
      document: node(id: "doc-000-ok-barn-unga") { __typename id ... on Document { title kind terms { start { text } initialEnd { text } } } }
      area: node(id: "area-ostra-ostergotland") { __typename id ... on Area { name level parent { id } children { id } } }
    }`);
    expect(body).toEqual({ __typename: 'Body', id: 'body-svo', name: 'Samråd vård och omsorg', classification: 'JOINT_CONSULTATIVE_FORUM', tier: 'POLITICAL' });
    expect(item).toEqual({
      __typename: 'Item',
      id: 'item-001-godkannande-arbetsplan',
      title: 'Samråd vård och omsorg (SVO), godkännande av arbetsplan för åren 2024-2025',
      registryNumbers: ['SON 2024-220', 'VÄN 2024-378'],
    });
    expect(document).toEqual({
      __typename: 'Document',
      id: 'doc-000-ok-barn-unga',
      title: 'Överenskommelse om samverkan kring barn och unga',
      kind: 'AGREEMENT',
      terms: { start: { text: '2020-04-01' }, initialEnd: { text: '2023-12-31' } },
    });
    expect({ ...area, children: sorted(ids(area.children)) }).toEqual({
      __typename: 'Area',
      id: 'area-ostra-ostergotland',
      name: 'Östra länsdelen',
      level: 'COUNTY_PART',
      parent: { id: 'area-05' },
      children: ['area-0562', 'area-0563', 'area-0581', 'area-0582'],
    });
  });

  test('an unknown id is null, and nodes(ids) answers in the order asked with null where none', async () => {
    const { none, many } = await api.data(`{
      none: node(id: "body-finns-inte") { id }
      many: nodes(ids: ["area-0580", "body-finns-inte", "body-svo"]) { __typename id }
    }`);
    expect(none).toBeNull();
    expect(many).toEqual([{ __typename: 'Area', id: 'area-0580' }, null, { __typename: 'Body', id: 'body-svo' }]);
  });
});

describe('organisation(code) and area(code)', () => {
  // 000_97f0e728be22a798.txt:91: "Genom SVO tar Region Östergötland och länets tretton kommuner gemensamt politiskt ansvar."
  // seed/reference/scb-municipalities.csv:52: "0580,Linköping,05,Östergötlands län"
  test('"05" is Region Östergötland and "0580" is Linköpings kommun, each governing its SCB area', async () => {
    const { region, municipality } = await api.data(`{
      region: organisation(code: "05") { id name kind area { id name } }
      municipality: organisation(code: "0580") { id name kind area { id name } }
    }`);
    expect(region).toEqual({ id: 'org-region-05', name: 'Region Östergötland', kind: 'REGION', area: { id: 'area-05', name: 'Östergötlands län' } });
    expect(municipality).toEqual({ id: 'org-kommun-0580', name: 'Linköpings kommun', kind: 'MUNICIPALITY', area: { id: 'area-0580', name: 'Linköping' } });
  });

  // seed/reference/scb-municipalities.csv:2: "0114,Upplands Väsby,01,Stockholms län" — a real code no source names an organisation for.
  test('a code without an organisation is null; a malformed code is BAD_USER_INPUT saying how to write it', async () => {
    expect((await api.data('{ organisation(code: "0114") { id } }')).organisation).toBeNull();
    const { data: answer, errors } = await api.gql('{ organisation(code: "5") { id } }');
    expect(answer).toEqual({ organisation: null });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'code' });
    expect(errors![0].message).toBe(`organisation: code '5' is not an SCB code; use "05" for a region or "0580" for a municipality`);
  });

  // seed/reference/scb-municipalities.csv:52: "0580,Linköping,05,Östergötlands län"
  test('a municipality nests in its county, which nests in Sweden, which has no parent', async () => {
    const { area } = await api.data('{ area(code: "0580") { id level parent { id level parent { id level parent { id } } } } }');
    expect(area).toEqual({
      id: 'area-0580',
      level: 'MUNICIPALITY',
      parent: { id: 'area-05', level: 'COUNTY', parent: { id: 'area-se', level: 'COUNTRY', parent: null } },
    });
  });

  // 000_97f0e728be22a798.txt:91: "Region Östergötland och länets tretton kommuner"
  // 003_a2522b93327256eb.txt:34: "samtliga kommuner i östra länsdelen det vill säga Norrköpings, Söderköpings, Finspångs och Valdemarsviks kommuner"
  test('the county holds its 13 municipalities and östra länsdelen, which includes four of them', async () => {
    const { county } = await api.data('{ county: area(code: "05") { name children { id } } }');
    expect(county.name).toBe('Östergötlands län');
    expect(sorted(ids(county.children))).toEqual(sorted([...OSTERGOTLAND_MUNICIPALITY_AREAS, 'area-ostra-ostergotland']));
    const { inside } = await api.data('{ inside: areas(filter: {area: "area-ostra-ostergotland"}) { totalCount nodes { name } } }');
    expect(inside).toEqual({ totalCount: 4, nodes: [{ name: 'Finspång' }, { name: 'Norrköping' }, { name: 'Söderköping' }, { name: 'Valdemarsvik' }] });
  });
});

/** One Relay list as asked with first/after/last/before, and its expected number of rows. */
interface ListCase {
  list: string;
  args: string;
  total: number;
}

// Totals are the number of entries of each section across the seed files, which equal the
// rows the documents give (e.g. 000_97f0e728be22a798.txt:91 "länets tretton kommuner";
// SCB's list has 21 counties). Bodies are taken in Jämtland only (002_032b4e42c1688560.txt),
// where no other test writes bodies.
const LISTS: ListCase[] = [
  { list: 'bodies', args: 'filter: {area: "area-23"}', total: 28 },
  // 57 declared, and 14 municipalities made from SCB's reference for groups in 002 ("kommunerna i Jämtlands län") and 004 ("länets nio kommuner")
  { list: 'organisations', args: '', total: 71 },
  { list: 'areas', args: 'filter: {levels: [COUNTY]}', total: 21 },
  { list: 'documents', args: 'order: {field: DATE, direction: DESC}', total: 84 },
  { list: 'items', args: '', total: 92 },
  { list: 'commissions', args: 'order: {field: DATE}', total: 32 },
  // 59 of the documents and 16 of the shared vocabulary (seed/vocabulary/topics.yaml) they meet in
  { list: 'topics', args: '', total: 75 },
  { list: 'persons', args: '', total: 57 },
  { list: 'meetings', args: 'order: {field: DATE, direction: DESC}', total: 20 },
  { list: 'mandates', args: 'order: {field: ID, direction: DESC}', total: 86 },
  { list: 'indicators', args: '', total: 7 },
];

async function page(c: ListCase, paging: string): Promise<any> {
  const args = [c.args, paging].filter(Boolean).join(', ');
  return (
    await api.data(`{ page: ${c.list}(${args}) {
    totalCount edges { cursor node { id } } nodes { id }
    pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`)
  ).page;
}

describe('every list is a Relay connection', () => {
  test.each(LISTS)('$list($args): paging forward and backward gives the rows of one big page, $total in all', async (c) => {
    const big = await page(c, 'first: 100');
    expect(big.totalCount).toBe(c.total);
    expect(big.nodes).toHaveLength(c.total);
    expect(ids(big.edges.map((e: any) => e.node))).toEqual(ids(big.nodes));
    expect(big.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });

    const forward: string[] = [];
    let after: string | null = null;
    for (let guard = 0; guard < 30; guard++) {
      const p: any = await page(c, `first: 7${after ? `, after: "${after}"` : ''}`);
      expect(p.totalCount).toBe(c.total);
      expect(p.pageInfo.hasPreviousPage).toBe(forward.length > 0);
      expect(p.pageInfo.startCursor).toBe(p.edges[0].cursor);
      expect(p.pageInfo.endCursor).toBe(p.edges[p.edges.length - 1].cursor);
      forward.push(...ids(p.nodes));
      if (!p.pageInfo.hasNextPage) break;
      after = p.pageInfo.endCursor;
    }
    expect(forward).toEqual(ids(big.nodes));

    const backward: string[] = [];
    let before: string | null = null;
    for (let guard = 0; guard < 30; guard++) {
      const p: any = await page(c, `last: 7${before ? `, before: "${before}"` : ''}`);
      expect(p.totalCount).toBe(c.total);
      expect(p.pageInfo.hasNextPage).toBe(backward.length > 0);
      backward.unshift(...ids(p.nodes));
      if (!p.pageInfo.hasPreviousPage) break;
      before = p.pageInfo.startCursor;
    }
    expect(backward).toEqual(ids(big.nodes));
  });

  test('first: 101 and last: 101 are BAD_USER_INPUT naming the argument; a foreign cursor too', async () => {
    for (const [arg, query] of [
      ['first', '{ bodies(first: 101) { totalCount } }'],
      ['last', '{ items(last: 101) { totalCount } }'],
    ]) {
      const { errors } = await api.gql(query);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: arg });
      expect(errors![0].message).toBe(`${arg} must be between 0 and 100; page through longer lists with cursors`);
    }
    const { errors } = await api.gql('{ bodies(after: "not-a-cursor") { totalCount } }');
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('filters', () => {
  // 000_97f0e728be22a798.txt: cover logos 'Region Östergötland'; 004_faaef7745464eccc.txt: 'FoU i Östergötland';
  // 000: 'Länsstyrelsens Alla barn i Östergötland'; 001_66273cec3dad0122.txt:23: 'övriga kommuner i länet' (the memo's unnamed municipality)
  test('name ignores case and diacritics: "ostergotland" finds the Östergötland organisations and areas', async () => {
    const { orgs, areas, bodies } = await api.data(`{
      orgs: organisations(filter: {name: "ostergotland"}) { nodes { id name } }
      areas: areas(filter: {name: "ostergotland"}) { nodes { id name } }
      bodies: bodies(filter: {name: "ostergotland"}) { nodes { id } }
    }`);
    expect(orgs.nodes).toEqual([
      { id: 'org-fou-i-ostergotland', name: 'FoU i Östergötland' },
      { id: 'org-ostergotland-kommun-ej-namngiven-001', name: 'Kommun i Östergötlands län (ej namngiven i källan)' },
      { id: 'org-lansstyrelsen-ostergotland', name: 'Länsstyrelsen Östergötland' },
      { id: 'org-region-05', name: 'Region Östergötland' },
    ]);
    // 003_a2522b93327256eb.txt:14: "kommunerna i östra Östergötland" (östra länsdelen's other name)
    expect(areas.nodes).toEqual([
      { id: 'area-05', name: 'Östergötlands län' },
      { id: 'area-ostra-ostergotland', name: 'Östra länsdelen' },
    ]);
    // 001_66273cec3dad0122.txt:23: "Region Östergötlands hälso- och sjukvårdsnämnd" (an alternative name of HSN)
    expect(bodies.nodes).toEqual([{ id: 'body-region-05-hsn' }]);
  });

  // 000_97f0e728be22a798.txt:91: "Samråd vård och omsorg (SVO)"; :165-167 "Dialog med strategiskt samråd";
  // Bilaga 2: "i dialog med arbetsutskottet för samrådet för strategiska frågor"
  test('"SAMRÅD", "samråd" and "samrad" find the same three samråd bodies, by name', async () => {
    const expected = ['body-strategiska-samradet-au', 'body-svo', 'body-strategiska-samradet'];
    for (const name of ['SAMRÅD', 'samråd', 'samrad']) {
      const { bodies } = await api.data('query($name: String) { bodies(filter: {name: $name}) { totalCount nodes { id } } }', { name });
      expect({ name, found: ids(bodies.nodes), totalCount: bodies.totalCount }).toEqual({ name, found: expected, totalCount: 3 });
    }
  });

  // 002_032b4e42c1688560.txt: SVOM is "politisk ledningsgrupp"; "Barnarenan" and "SVOM" are the
  // rekommendationsbeslutande forum; "Gemensam nämnden för upphandling (GNUS)"; "uppdrag från RSR".
  // 000_97f0e728be22a798.txt:91 (SVO "politiskt samråd"), :216 (LGVO); 004_faaef7745464eccc.txt (NSV, a gemensam nämnd);
  // 003_a2522b93327256eb.txt: "den strategiska samverkansgruppen (SSÖ)".
  test('classification and tier filters: joint political forums everywhere, political bodies in Jämtland', async () => {
    const { joint, political, leadership } = await api.data(`{
      joint: bodies(filter: {classifications: [JOINT_CONSULTATIVE_FORUM, JOINT_COMMITTEE]}) { totalCount nodes { id } }
      political: bodies(filter: {area: "area-23", tiers: [POLITICAL]}) { totalCount nodes { id } }
      leadership: bodies(filter: {area: "area-05", classifications: [LEADERSHIP_GROUP], tiers: [OFFICIALS]}) { nodes { id } }
    }`);
    expect(joint.totalCount).toBe(5);
    expect(ids(joint.nodes)).toEqual(['body-gnus', 'body-nsv', 'body-svo', 'body-strategiska-samradet', 'body-svom']);
    // Barnarenan's and RSR's tiers are not stated in 002, so they are unknown and not listed as political.
    expect(ids(political.nodes)).toEqual(['body-gnus', 'body-svom']);
    expect(ids(leadership.nodes)).toEqual(['body-lgvo', 'body-sso']);
  });

  // 003_a2522b93327256eb.txt:14: "Organisation och uppdragsbeskrivning för samverkan mellan kommunerna i östra Östergötland och Regionen i östra Östergötland";
  // :34: östra länsdelen = "Norrköpings, Söderköpings, Finspångs och Valdemarsviks kommuner" (a part of Östergötland)
  test('area: bodies in area-05 include SSÖ, which covers östra länsdelen, a part of the county', async () => {
    const { county, part } = await api.data(`{
      county: bodies(first: 100, filter: {area: "area-05", tiers: [OFFICIALS, POLITICAL]}) { nodes { id area { id } } }
      part: bodies(first: 100, filter: {area: "area-ostra-ostergotland"}) { totalCount nodes { id } }
    }`);
    expect(county.nodes).toContainEqual({ id: 'body-sso', area: { id: 'area-ostra-ostergotland' } });
    expect(county.nodes).toContainEqual({ id: 'body-svo', area: { id: 'area-05' } });
    expect(ids(county.nodes)).not.toContain('body-svom');
    expect(part.totalCount).toBe(9);
    expect(sorted(ids(part.nodes))).toEqual([
      'body-lso',
      'body-lso-avvikelser',
      'body-lso-lakemedelsrad',
      'body-oso',
      'body-oso-aldre-somatik',
      'body-oso-barn-unga',
      'body-oso-vuxna-psykisk-ohalsa',
      'body-sso',
      'body-wreta',
    ]);
  });

  // 000_97f0e728be22a798.txt:176: "(e) Att växa upp och Mitt i livet"; Bilaga 2 Ansvar: "LGVO Att växa upp", "LGVO Mitt i livet"
  test('topic: the bodies working on "Att växa upp och Mitt i livet"', async () => {
    const { bodies } = await api.data('{ bodies(filter: {topic: "topic-000-att-vaxa-upp-mitt-i-livet"}) { totalCount nodes { id } } }');
    expect(bodies.totalCount).toBe(3);
    expect(ids(bodies.nodes)).toEqual(['body-lgvo-att-vaxa-upp', 'body-lgvo-mitt-i-livet', 'body-svo']);
  });

  // 003_a2522b93327256eb.txt:32: "Wreta-samverkan inleddes 2001 som ett projekt";
  // :34: "Från och med 2013 omformas Wreta och byter då också namn till Strategisk Samverkan Öster, SSÖ."
  test('asOf: in östra länsdelen Wreta is there in 2010 and SSÖ in 2020, never both', async () => {
    const q = 'query($asOf: LocalDate) { bodies(filter: {area: "area-ostra-ostergotland", asOf: $asOf}) { nodes { id } } }';
    const in2010 = ids((await api.data(q, { asOf: '2010-01-01' })).bodies.nodes);
    const in2020 = ids((await api.data(q, { asOf: '2020-01-01' })).bodies.nodes);
    expect(in2010).toContain('body-wreta');
    expect(in2010).not.toContain('body-sso');
    expect(in2020).toContain('body-sso');
    expect(in2020).not.toContain('body-wreta');
    // The OSÖ and LSÖ groups have no dates in the source, so no day excludes them.
    expect(in2010.filter((id) => id !== 'body-wreta')).toEqual(in2020.filter((id) => id !== 'body-sso'));
  });
});

describe('sorting', () => {
  // seed/reference/scb-municipalities.csv: Jämtlands län (23) has Ragunda, Bräcke, Krokom, Strömsund, Åre, Berg, Härjedalen, Östersund
  test('NAME ignores diacritics: Åre sorts as "are" and Östersund as "ostersund"; DESC reverses', async () => {
    const q =
      'query($d: SortDirection!) { areas(filter: {area: "area-23", levels: [MUNICIPALITY]}, order: {field: NAME, direction: $d}) { totalCount nodes { name } } }';
    const asc = (await api.data(q, { d: 'ASC' })).areas;
    const desc = (await api.data(q, { d: 'DESC' })).areas;
    const expected = ['Åre', 'Berg', 'Bräcke', 'Härjedalen', 'Krokom', 'Östersund', 'Ragunda', 'Strömsund'];
    expect(asc.totalCount).toBe(8);
    expect(asc.nodes.map((n: any) => n.name)).toEqual(expected);
    expect(desc.nodes.map((n: any) => n.name)).toEqual([...expected].reverse());
  });

  // 003_a2522b93327256eb.txt:32 Wreta "inleddes 2001"; :34 SSÖ "Från och med 2013"; the OSÖ and LSÖ groups have no dates.
  test('DATE sorts bodies by founding, ascending and descending, with undated bodies last both ways', async () => {
    const q =
      'query($d: SortDirection!) { bodies(filter: {area: "area-ostra-ostergotland"}, order: {field: DATE, direction: $d}) { nodes { id founded { text } } } }';
    const undated = [
      'body-lso',
      'body-lso-avvikelser',
      'body-lso-lakemedelsrad',
      'body-oso',
      'body-oso-aldre-somatik',
      'body-oso-barn-unga',
      'body-oso-vuxna-psykisk-ohalsa',
    ];
    const asc = (await api.data(q, { d: 'ASC' })).bodies.nodes;
    const desc = (await api.data(q, { d: 'DESC' })).bodies.nodes;
    expect(asc.map((n: any) => [n.id, n.founded?.text ?? null])).toEqual([['body-wreta', '2001'], ['body-sso', '2013'], ...undated.map((id) => [id, null])]);
    expect(desc.map((n: any) => [n.id, n.founded?.text ?? null])).toEqual([['body-sso', '2013'], ['body-wreta', '2001'], ...undated.map((id) => [id, null])]);
  });

  // 001_66273cec3dad0122.txt:6: "2024-01-25" (the memo); 003_a2522b93327256eb.txt:8: "Framtaget datum: 2013-02-01";
  // the agreements of 000's Bilaga 2 carry no document date.
  test('DATE DESC puts the dated documents of Östergötland first, newest first, and the undated after them', async () => {
    const { documents } = await api.data(
      '{ documents(filter: {area: "area-05"}, order: {field: DATE, direction: DESC}) { totalCount nodes { id date { text } } } }',
    );
    expect(documents.totalCount).toBe(14);
    expect(documents.nodes.slice(0, 2)).toEqual([
      { id: 'doc-001-tjansteskrivelse-arbetsplan', date: { text: '2024-01-25' } },
      { id: 'doc-003-samverkansdokument-ostra-lansdelen', date: { text: '2013-02-01' } },
    ]);
    expect(documents.nodes.slice(2).every((n: any) => n.date === null)).toBe(true);
  });

  test('DATE on a list without a main date is BAD_USER_INPUT', async () => {
    const { errors } = await api.gql('{ items(order: {field: DATE}) { totalCount } }');
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('Item rows have no main date: drop dateFrom/dateTo and sort by NAME or ID');
  });
});

describe('sources', () => {
  // 000_97f0e728be22a798.txt:91: "Samråd vård och omsorg (SVO) är ett politiskt samråd under länets socialnämnder eller motsvarande och regionens hälso- och sjukvårdsnämnd (HSN)"
  test("a Body's sources name src-000 with a locator, and resolve to the source document", async () => {
    const { body } = await api.data('{ body(id: "body-svo") { sources { sourceId locator source { id title file } } } }');
    expect(body.sources[0]).toEqual({
      sourceId: 'src-000',
      locator:
        "Inledning: 'Samråd vård och omsorg (SVO) är ett politiskt samråd under länets socialnämnder eller motsvarande och regionens hälso- och sjukvårdsnämnd (HSN)'; Bilaga 1, Uppdrag: 'SVO utgör politisk arena för samverkan inom vård och omsorg'; Strategiområden 2024-2025",
      source: { id: 'src-000', title: 'Arbetsplan 2024-2025, Samråd vård och omsorg (SVO)', file: '000_97f0e728be22a798.txt' },
    });
    // 001_66273cec3dad0122.txt:27: "Samråd vård och omsorg (SVO) är ett politiskt organ för samråd mellan region Östergötland och länets kommuner."
    expect(body.sources.map((s: any) => s.sourceId)).toEqual(['src-000', 'src-001']);
  });

  // One entity of every type, each from the document that states it.
  const EVERY_TYPE: [string, string, string][] = [
    ['Body', 'body-svo', 'src-000'],
    ['Organisation', 'org-region-05', 'src-000'],
    ['Area', 'area-0580', 'scb-kommun-och-lanskoder'],
    ['Item', 'item-001-godkannande-arbetsplan', 'src-001'],
    ['Document', 'doc-000-ok-barn-unga', 'src-000'],
    ['Commission', 'commission-000-gapanalys-palliativ', 'src-000'],
    ['Step', 'step-004-slutrapport-3', 'src-004'],
    ['Meeting', 'meeting-004-nsv-2023-06-16', 'src-004'],
    ['Mandate', 'mandate-000-svo-samrad', 'src-000'],
    ['Membership', 'membership-003-sso-ordforande', 'src-003'],
    ['Topic', 'topic-000-nara-vard', 'src-000'],
    ['Person', 'person-004-helena-koch', 'src-004'],
    ['Post', 'post-003-sso-ordforande', 'src-003'],
    ['ChangeEvent', 'event-003-wreta-renamed-sso', 'src-003'],
    ['Extension', 'doc-002-ok-riskbruk-missbruk-beroende-extension-1', 'src-002'],
    ['Indicator', 'indicator-004-delaktighet', 'src-004'],
    ['Measure', 'indicator-004-delaktighet-measure-1', 'src-004'],
    ['Source', 'src-000', 'src-000'],
  ];

  test('every type of node cites a source document and a locator', async () => {
    const { nodes } = await api.data('query($ids: [ID!]!) { nodes(ids: $ids) { __typename id sources { sourceId locator source { id } } } }', {
      ids: EVERY_TYPE.map(([, id]) => id),
    });
    expect(nodes.map((n: any) => [n.__typename, n.id, n.sources[0].sourceId])).toEqual(EVERY_TYPE);
    for (const n of nodes) {
      for (const s of n.sources) {
        expect(s.locator.trim().length).toBeGreaterThan(0);
        expect(s.source.id).toBe(s.sourceId);
      }
    }
  });
});
