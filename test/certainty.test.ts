import { startTestApi, type TestApi } from './helpers';

/**
 * Issue 11, items 1 and 5: every node and relationship says whether its source states it or
 * it was inferred (and how), `@statedOnly` leaves the inferred out, authors are authors of
 * their document, a year the source does not print is not stored, and the coverage report
 * measures itself. Each test quotes the source line it rests on.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const certainty = 'certainty inference';

describe('certainty on nodes and relationships', () => {
  test('SVO is stated; the memo’s unnamed municipality is inferred, with the reading (001)', async () => {
    // 000, title page: "Samråd vård och omsorg (SVO)". 001 never names its municipality, only
    // "Beslutet förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet godkänner arbetsplanen".
    const data = await api.data(`{
      svo: node(id: "body-svo") { certainty inference inferredFields { field } }
      unnamed: node(id: "org-ostergotland-kommun-ej-namngiven-001") { certainty inference }
    }`);
    expect(data.svo).toEqual({ certainty: 'STATED', inference: null, inferredFields: [] });
    expect(data.unnamed.certainty).toBe('INFERRED');
    expect(data.unnamed.inference).toContain("'övriga kommuner i länet'");
  });

  test('a stated node with a value that is a reading lists it: SVOM’s tier (002)', async () => {
    // 002, row 'Avtal Mini Maria': "SVOM politisk ledningsgrupp" - the only ground for tier POLITICAL.
    const { node } = await api.data(`{ node(id: "body-svom") { certainty inferredFields { field inference } } }`);
    expect(node.certainty).toBe('STATED');
    expect(node.inferredFields).toContainEqual({ field: 'tier', inference: expect.stringContaining("'SVOM politisk ledningsgrupp'") });
  });

  test('SVO’s line under HSN is stated; its lines under each municipality are a reading of "länets socialnämnder" (000, Inledning)', async () => {
    // 000, Inledning: "ett politiskt samråd under länets socialnämnder eller motsvarande och regionens hälso- och sjukvårdsnämnd (HSN)".
    const { body } = await api.data(`{ body(id: "body-svo") { reportingLines { to { id } kind ${certainty} } } }`);
    const line = (to: string) => body.reportingLines.find((l: any) => l.to.id === to && l.kind === 'SUBORDINATE_TO');
    expect(line('body-region-05-hsn')).toMatchObject({ certainty: 'STATED', inference: null });
    expect(line('org-kommun-0509')).toMatchObject({
      certainty: 'INFERRED',
      inference: expect.stringContaining("'ett politiskt samråd under länets socialnämnder"),
    });
  });

  test('the gap analysis names no decider, so SVO as decider is inferred; SON’s endorsement is stated (000 (f) 1, 001)', async () => {
    // 000, (f) Att åldras, 1: "Ge uppdrag till LGVO att återkomma med en gapanalys ... som grund för ställningstagande till gemensamma politiska initiativ."
    // 001: "Social- och omsorgsnämnden föreslås tillstyrka ... arbetsplanen".
    const data = await api.data(`{
      gap: node(id: "item-000-gapanalys-palliativ") { ... on Item { decidedBy { decider { id } kind ${certainty} } } }
      plan: node(id: "item-001-godkannande-arbetsplan") { ... on Item { decidedBy { decider { id } kind ${certainty} } } }
    }`);
    expect(data.gap.decidedBy).toEqual([
      { decider: { id: 'body-svo' }, kind: 'DECIDES', certainty: 'INFERRED', inference: expect.stringContaining('The text names no decider') },
    ]);
    expect(data.plan.decidedBy).toContainEqual({
      decider: { id: 'body-001-social-och-omsorgsnamnden' },
      kind: 'ENDORSES',
      certainty: 'STATED',
      inference: null,
    });
  });
});

describe('@statedOnly', () => {
  test('drops the inferred decider and the inferred lines, keeps what is stated (000)', async () => {
    const query = `{
      gap: node(id: "item-000-gapanalys-palliativ") { ... on Item { decidedBy { decider { id } } } }
      svo: body(id: "body-svo") { reportingLines { to { id } certainty } }
    }`;
    const all = await api.data(query);
    const stated = await api.data(`query Stated @statedOnly ${query}`);
    expect(all.gap.decidedBy).toHaveLength(1);
    expect(stated.gap.decidedBy).toEqual([]);
    expect(all.svo.reportingLines.map((l: any) => l.to.id)).toContain('org-kommun-0509');
    expect(stated.svo.reportingLines.map((l: any) => l.to.id)).not.toContain('org-kommun-0509');
    expect(stated.svo.reportingLines.map((l: any) => l.to.id)).toContain('body-region-05-hsn');
    expect(stated.svo.reportingLines.every((l: any) => l.certainty === 'STATED')).toBe(true);
  });

  test('drops the inferred renewal: "2021, förlängs därefter ett år i taget" keeps its words but no automatic renewal (002, Sammanfattning)', async () => {
    // 002, Sammanfattning: "Överenskommelse Hälsoundersökning nyanlända barn	2021, förlängs därefter ett år i taget	Barnarenan	SamReKo HSI".
    const query = `{ node(id: "doc-002-ok-halsoundersokning-nyanlanda-barn") { ... on Document { terms { text start { text } autoRenewal renewalMonths } } } }`;
    const all = await api.data(query);
    const stated = await api.data(`query @statedOnly ${query}`);
    expect(all.node.terms).toEqual({ text: '2021, förlängs därefter ett år i taget', start: { text: '2021' }, autoRenewal: true, renewalMonths: 12 });
    expect(stated.node.terms).toEqual({ text: '2021, förlängs därefter ett år i taget', start: { text: '2021' }, autoRenewal: false, renewalMonths: null });
  });

  test('an inferred entity is not found under @statedOnly, and lists leave it out (001)', async () => {
    const query = `{ node(id: "org-ostergotland-kommun-ej-namngiven-001") { id } organisations(filter: { name: "ej namngiven" }) { nodes { id } } }`;
    const all = await api.data(query);
    const stated = await api.data(`query @statedOnly ${query}`);
    expect(all.node).toEqual({ id: 'org-ostergotland-kommun-ej-namngiven-001' });
    expect(all.organisations.nodes).toEqual([{ id: 'org-ostergotland-kommun-ej-namngiven-001' }]);
    expect(stated).toEqual({ node: null, organisations: { nodes: [] } });
  });
});

describe('authors and years the source does not print', () => {
  test("003's writers are authors of the document, and none of them is a member of SSÖ (003, header)", async () => {
    // 003, header: "Framtaget av : Lena Törnfeldt, Stellan Svensson, Carina Leijon, Inger Dahl-Harrysson, Mia Wiman-Olsson, Åsa Nilsson";
    // "Reviderat av: Lena Törnfeldt, Carin Tyrén, Helena Broberg"; "2015-03-09	Lena Törnfeldt, Cecilia Karlsson".
    const data = await api.data(`{
      doc: node(id: "doc-003-samverkansdokument-ostra-lansdelen") { ... on Document { authors { person { id name } role ${certainty} } } }
      sso: body(id: "body-sso") { memberships { role } }
    }`);
    const authors = data.doc.authors;
    expect(authors.filter((a: any) => a.role === 'Framtaget av').map((a: any) => a.person.name)).toEqual(
      expect.arrayContaining(['Lena Törnfeldt', 'Stellan Svensson', 'Carina Leijon', 'Inger Dahl-Harrysson', 'Mia Wiman-Olsson', 'Åsa Nilsson']),
    );
    expect(
      authors
        .filter((a: any) => a.role === 'Reviderat av (2014-10-28)')
        .map((a: any) => a.person.name)
        .sort(),
    ).toEqual(['Carin Tyrén', 'Helena Broberg', 'Lena Törnfeldt']);
    // The unlabelled 2015 row is read as a revision: inferred.
    expect(
      authors
        .filter((a: any) => a.role === 'Reviderat av (2015-03-09)')
        .map((a: any) => [a.person.name, a.certainty])
        .sort(),
    ).toEqual([
      ['Cecilia Karlsson', 'INFERRED'],
      ['Lena Törnfeldt', 'INFERRED'],
    ]);
    const writers = [...new Set(authors.map((a: any) => a.person.id))];
    expect(writers).toHaveLength(9);
    // SSÖ still has its members ("I den strategiska samverkansgruppen (SSÖ) ingår från ..."), but no AUTHOR seats, and no writer sits in it.
    expect(data.sso.memberships.length).toBeGreaterThan(0);
    expect(data.sso.memberships.filter((m: any) => m.role === 'AUTHOR')).toEqual([]);
    const { nodes } = await api.data(`query Writers($ids: [ID!]!) { nodes(ids: $ids) { ... on Person { memberships { body { id } } } } }`, { ids: writers });
    expect(nodes.flatMap((p: any) => p.memberships.map((m: any) => m.body.id))).not.toContain('body-sso');
  });

  test('the project report’s two authors are authors of the report, not seats in the project (004)', async () => {
    // 004, Om Projektrapporten: "Författare" / "Karolina Ehnsjö och Cajsa Åkerholm".
    const data = await api.data(`{
      doc: node(id: "doc-004-projektrapport-nara-vard") { ... on Document { authors { person { name } role } } }
      project: body(id: "body-projekt-nara-vard-i-sormland") { memberships { role } }
      person: node(id: "person-004-cajsa-akerholm") { ... on Person { authored { id } memberships { id } } }
    }`);
    expect(data.doc.authors.map((a: any) => `${a.person.name}: ${a.role}`).sort()).toEqual(['Cajsa Åkerholm: Författare', 'Karolina Ehnsjö: Författare']);
    expect(data.project.memberships.filter((m: any) => m.role === 'AUTHOR')).toEqual([]);
    expect(data.person).toEqual({ authored: [{ id: 'doc-004-projektrapport-nara-vard' }], memberships: [] });
  });

  test('two meetings announced with day and month only have no year (004, KPR and arvodeskommittén)', async () => {
    // 004, KPR 2023-06-12: "Nästa rådsmöte är den 6 oktober kl 9:30-12:00 i Fullmäktigesalen."
    // 004, Arvodeskommittén 2023-05-16: "Nästa sammanträde är den 13 september 13.30-16.30 i Rademacherrummet."
    const data = await api.data(`{
      kpr: node(id: "meeting-004-kpr-2023-10-06") { ... on Meeting { date { text precision earliest latest } } }
      arvode: node(id: "meeting-004-arvodeskommitten-2023-09-13") { ... on Meeting { date { text precision earliest latest } } }
      trygghet: node(id: "meeting-004-trygghetsberedningen-2023-09-27") { ... on Meeting { date { text precision } } }
    }`);
    expect(data.kpr.date).toEqual({ text: '--10-06', precision: 'DAY_WITHOUT_YEAR', earliest: null, latest: null });
    expect(data.arvode.date).toEqual({ text: '--09-13', precision: 'DAY_WITHOUT_YEAR', earliest: null, latest: null });
    // "Nästa sammanträde är den 27 september 2023 kl. 13.00-16.00 i Rinmansalen." prints its year, and keeps it.
    expect(data.trygghet.date).toEqual({ text: '2023-09-27', precision: 'DAY' });
  });
});

describe('the coverage report', () => {
  const query = `{ coverage {
    sourceId file
    nodes { stated inferred total statedShare inferredShare }
    relationships { stated inferred total statedShare inferredShare }
    passages { total cited citedShare uncited { line text } }
  } }`;

  test('per source, stated and inferred add up to the facts citing it, and the shares to 1', async () => {
    const { coverage } = await api.data(query);
    expect(coverage.map((c: any) => c.sourceId)).toEqual(
      expect.arrayContaining(['src-000', 'src-001', 'src-002', 'src-003', 'src-004', 'scb-kommun-och-lanskoder']),
    );
    for (const c of coverage) {
      for (const counts of [c.nodes, c.relationships]) {
        expect(counts.stated + counts.inferred).toBe(counts.total);
        if (counts.total > 0) expect(counts.statedShare + counts.inferredShare).toBeCloseTo(1, 10);
      }
      expect(c.passages.cited + c.passages.uncited.length).toBe(c.passages.total);
    }
    // Facts inferred from 001: at least the unnamed municipality (a node) and the lines to it.
    const src001 = coverage.find((c: any) => c.sourceId === 'src-001');
    expect(src001.nodes.inferred).toBeGreaterThanOrEqual(1);
    expect(src001.relationships.inferred).toBeGreaterThanOrEqual(4);
  });

  test('names real passages no fact cites, and not those a locator quotes (003, 000)', async () => {
    const { coverage } = await api.data(query);
    const src003 = coverage.find((c: any) => c.sourceId === 'src-003');
    // 003, Värdegrund: "- respekt för människors lika värde - ett värde just i egenskapen av att vara människa," - no fact rests on it.
    expect(src003.passages.uncited).toContainEqual({ line: 44, text: expect.stringContaining('respekt för människors lika värde') });
    const src000 = coverage.find((c: any) => c.sourceId === 'src-000');
    // 000, Bilaga 1: "Detta sekretariat är också processtöd till ledningsgrupp vård och omsorg." is quoted by a reporting line.
    expect(src000.passages.uncited.some((p: any) => p.text.includes('Detta sekretariat är också processtöd'))).toBe(false);
    expect(src000.passages.cited).toBeGreaterThan(0);
  });
});
