import type { Database } from '../src/db/database';
import type { StatementName } from '../src/db/statements';
import { testDatabase, OSTERGOTLAND_MUNICIPALITIES } from './helpers';

/**
 * Facts of the seeded graph, checked against the source documents in ../shared/sources/.
 * Each test quotes the source line(s) it rests on (file:line). The graph is the one the
 * global setup loaded from seed/ into a real Neo4j; the statements are in cypher/test/.
 */
let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.driver.close());

/** The statements in cypher/test/, without the folder. */
type Unprefixed<S> = S extends `test/${infer N}` ? N : never; // distributes over the union
type TestStatement = Unprefixed<StatementName>;
/** Rows of a named statement in cypher/test/. */
const read = (name: TestStatement, params: Record<string, unknown> = {}) => db.read(`test/${name}`, params);

/** Node counts per label that cite one source, as { label: count }. */
async function countsBySource(source: string): Promise<Record<string, number>> {
  const rows = await read('nodeCountsBySource', { source });
  return Object.fromEntries(rows.map((r) => [r.label, r.count]));
}

describe('coverage per source document', () => {
  // Expected counts were taken from the seed files by counting entries: one node per entry of
  // each section (areas → Area, bodies → Body, …, events → ChangeEvent), per membership, per
  // terms.extensions entry (Extension) and per indicator measure (Measure), one Source node,
  // plus every node the file cites under `mentions`. They equal what the graph holds.
  const expected: [string, string, Record<string, number>][] = [
    // 000: 18 organisations (region, 13 municipalities, SKR, regeringen, Länsstyrelsen, Inera),
    // 15 bodies, 23 items (the 22 prioriterade aktiviteter (a)-(f) + the evaluation of the samråd),
    // 1 Extension (psykisk funktionsnedsättning/missbruk "förlängd till 2023-12-31").
    [
      'src-000',
      'Arbetsplan 2024-2025 SVO',
      {
        Body: 15,
        Commission: 4,
        Document: 12,
        Extension: 1,
        Item: 23,
        Mandate: 9,
        Meeting: 1,
        Membership: 5,
        Organisation: 18,
        Post: 4,
        Source: 1,
        Step: 11,
        Topic: 18, // 10 of its own and 8 shared topics (seed/vocabulary/topics.yaml) whose labels cite it
      },
    ],
    // 001: declares 3 organisations, 2 bodies, 3 persons, 1 document, 1 item, 3 steps and mentions
    // org-region-05, body-svo, body-region-05-hsn, the work plan, SVO's 2 mandates and its 6 strategic areas.
    [
      'src-001',
      'Tjänsteskrivelse 2024-01-25',
      {
        Body: 4,
        Document: 2,
        Item: 1,
        Mandate: 2,
        Organisation: 4,
        Person: 3,
        Source: 1,
        Step: 3,
        Topic: 6,
      },
    ],
    // 002: 36 balanslista rows (items), 26 Sammanfattning rows + 16 other documents, 4 extensions
    // (riskbruk, psykiska funktionsnedsättningar, hemsjukvård, in- och utskrivning), 14 organisations
    // declared + org-socialstyrelsen mentioned + the 6 municipalities of Jämtland that only its groups
    // ("kommunerna i Jämtlands län", "Länets kommuner") name, made from SCB's reference.
    [
      'src-002',
      'Balanslista SVOM 2024',
      {
        Area: 1,
        Body: 29,
        ChangeEvent: 1,
        Commission: 8,
        Document: 42,
        Extension: 4,
        Item: 36,
        Mandate: 16,
        Meeting: 11,
        Membership: 3,
        Organisation: 21,
        Person: 2,
        Post: 15,
        Source: 1,
        Step: 57,
        Topic: 18, // 8 of its own and 10 shared topics whose labels cite it
      },
    ],
    // 003: area-ostra-ostergotland + area-05 mentioned; 9 bodies + body-lgvo mentioned; 3 organisations
    // + org-region-05, the 4 municipalities of östra länsdelen, regeringen and SKR mentioned;
    // 55 memberships (the 9 authors are authors of the document, not seats); 5 history events.
    [
      'src-003',
      'SSÖ organisation',
      {
        Area: 2,
        Body: 10,
        ChangeEvent: 5,
        Document: 1,
        DocumentVersion: 3,
        Mandate: 36,
        Membership: 55,
        Organisation: 10,
        Person: 9,
        Post: 17,
        Source: 1,
        Topic: 17, // 7 of its own and 10 shared topics whose labels cite it
      },
    ],
    // 004: 19 organisations + Polisen, Socialstyrelsen and SKR mentioned; 7 indicators with
    // 4+5+4+5+2+8+0 = 28 measures; 43 memberships.
    [
      'src-004',
      'Meddelanden till KS 2023-08-29, Eskilstuna',
      {
        Body: 34,
        ChangeEvent: 7,
        Commission: 20,
        Document: 28,
        Indicator: 7,
        Item: 32,
        Mandate: 25,
        Measure: 28,
        Meeting: 8,
        Membership: 41,
        Organisation: 30,
        Person: 43,
        Post: 15,
        Source: 1,
        Step: 73,
        Topic: 41, // 34 of its own and 7 shared topics whose labels cite it
      },
    ],
    // SCB reference: Sverige + 21 län + 290 kommuner; and the 14 municipality organisations made from its rows
    // for groups in 002 (6 of Jämtland) and 004 (8 of Sörmland besides Eskilstuna).
    ['scb-kommun-och-lanskoder', 'SCB kommun- och länskoder', { Area: 312, Organisation: 14, Source: 1 }],
  ];

  test.each(expected)('%s (%s) is cited by exactly the nodes its seed file declares, derives or mentions', async (source, _title, counts) => {
    expect(await countsBySource(source)).toEqual(counts);
  });

  test('the only nodes cited by more than one source are the mentioned ones, so the per-source counts add up to every node', async () => {
    const shared = await read('multiSourceNodes');
    expect(shared).toEqual([
      { id: 'area-05', sourceIds: ['scb-kommun-och-lanskoder', 'src-003'] },
      { id: 'body-lgvo', sourceIds: ['src-000', 'src-003'] },
      { id: 'body-region-05-hsn', sourceIds: ['src-000', 'src-001'] },
      { id: 'body-svo', sourceIds: ['src-000', 'src-001'] },
      { id: 'doc-000-arbetsplan-svo-2024-2025', sourceIds: ['src-000', 'src-001'] },
      { id: 'mandate-000-svo-ledning-styrning', sourceIds: ['src-000', 'src-001'] },
      { id: 'mandate-000-svo-samrad', sourceIds: ['src-000', 'src-001'] },
      { id: 'org-kommun-0428', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0461', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0480', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0481', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0482', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0483', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0486', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0488', sourceIds: ['src-004', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-0562', sourceIds: ['src-000', 'src-003'] },
      { id: 'org-kommun-0563', sourceIds: ['src-000', 'src-003'] },
      { id: 'org-kommun-0581', sourceIds: ['src-000', 'src-003'] },
      { id: 'org-kommun-0582', sourceIds: ['src-000', 'src-003'] },
      { id: 'org-kommun-2305', sourceIds: ['src-002', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-2309', sourceIds: ['src-002', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-2313', sourceIds: ['src-002', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-2321', sourceIds: ['src-002', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-2361', sourceIds: ['src-002', 'scb-kommun-och-lanskoder'] },
      { id: 'org-kommun-2380', sourceIds: ['src-002', 'scb-kommun-och-lanskoder'] },
      { id: 'org-polisen', sourceIds: ['src-002', 'src-004'] },
      { id: 'org-regeringen', sourceIds: ['src-000', 'src-003'] },
      { id: 'org-region-05', sourceIds: ['src-000', 'src-001', 'src-003'] },
      { id: 'org-skr', sourceIds: ['src-000', 'src-003', 'src-004'] },
      { id: 'org-socialstyrelsen', sourceIds: ['src-003', 'src-002', 'src-004'] },
      { id: 'topic-000-att-aldras', sourceIds: ['src-000', 'src-001'] },
      { id: 'topic-000-att-vaxa-upp-mitt-i-livet', sourceIds: ['src-000', 'src-001'] },
      { id: 'topic-000-e-halsa-digitalisering', sourceIds: ['src-000', 'src-001'] },
      { id: 'topic-000-kompetensforsorjning', sourceIds: ['src-000', 'src-001'] },
      { id: 'topic-000-nara-vard', sourceIds: ['src-000', 'src-001'] },
      { id: 'topic-000-politisk-samverkan', sourceIds: ['src-000', 'src-001'] },
      // The shared vocabulary's topics cite every source their Swedish label is taken from.
      { id: 'topic-aldre', sourceIds: ['src-000', 'src-003'] },
      { id: 'topic-barn-och-unga', sourceIds: ['src-000', 'src-003'] },
      { id: 'topic-e-halsa-digitalisering', sourceIds: ['src-000', 'src-002', 'src-003', 'src-004'] },
      { id: 'topic-halsoframjande-forebyggande', sourceIds: ['src-002', 'src-003', 'src-004'] },
      { id: 'topic-hemsjukvard', sourceIds: ['src-003', 'src-002'] },
      { id: 'topic-kompetensforsorjning', sourceIds: ['src-000', 'src-002', 'src-004'] },
      { id: 'topic-kunskapsstyrning', sourceIds: ['src-004', 'src-000'] },
      { id: 'topic-nara-vard', sourceIds: ['src-000', 'src-002', 'src-004'] },
      { id: 'topic-overenskommelser-och-avtal', sourceIds: ['src-000', 'src-002'] },
      { id: 'topic-overgangar-mellan-vardgivare', sourceIds: ['src-003', 'src-002'] },
      { id: 'topic-personcentrering', sourceIds: ['src-000', 'src-004'] },
      { id: 'topic-psykisk-halsa', sourceIds: ['src-002', 'src-003'] },
      { id: 'topic-samverkansstruktur', sourceIds: ['src-004', 'src-002'] },
      { id: 'topic-stimulansmedel', sourceIds: ['src-002', 'src-003'] },
    ]);
    // 122 + 26 + 265 + 166 + 433 + 327 citations (the 11 AUTHOR seats of 003 and 004 are now authors of their documents; the 16 shared topics cite 35 times), minus the 58 second and later citations above.
    let cited = 0;
    for (const [source] of expected) cited += Object.values(await countsBySource(source)).reduce((a, b) => a + b, 0);
    expect(cited).toBe(1339);
    const extra = shared.reduce((sum, r) => sum + r.sourceIds.length - 1, 0);
    const [{ nodes }] = await db.read('seed/totals');
    expect(cited - extra).toBe(nodes);
    expect(nodes).toBe(1281);
  });

  test('every citation names a loaded source document and carries its own locator', async () => {
    expect(await read('citationIntegrity')).toEqual([
      {
        sources: ['scb-kommun-och-lanskoder', 'src-000', 'src-001', 'src-002', 'src-003', 'src-004'],
        danglingNodeCitations: 0,
        danglingRelationshipCitations: 0,
        unpairedNodes: 0,
        unpairedRelationships: 0,
      },
    ]);
  });
});

describe('000 Arbetsplan 2024-2025, Samråd vård och omsorg (Östergötland)', () => {
  // 000:216 "Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO och tar ansvar för
  // länsövergripande ledning i samverkan. LGVO är underställd medlemmarnas respektive
  // linjeorganisationer och politiska nämnder."
  // 000:214 "Detta sekretariat är också processtöd till ledningsgrupp vård och omsorg."
  test("LGVO prepares SVO's items, is supported by SVO's secretariat and is subordinate to the 14 principals (000, Bilaga 1)", async () => {
    const lines = await read('reportingLinesFrom', { from: 'body-lgvo' });
    expect(lines.find((l) => l.kind === 'PREPARES_FOR')).toEqual({
      to: 'body-svo',
      toName: 'Samråd vård och omsorg',
      kind: 'PREPARES_FOR',
      text: 'Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO',
      sourceIds: ['src-000'],
    });
    expect(lines.map((l) => [l.kind, l.to])).toEqual([
      ['PREPARES_FOR', 'body-svo'],
      ['SUPPORTED_BY', 'body-svo-sekretariat'],
      ...OSTERGOTLAND_MUNICIPALITIES.map((m) => ['SUBORDINATE_TO', m]),
      ['SUBORDINATE_TO', 'org-region-05'],
    ]);
  });

  // 000:212 "SVO har ett arbetsutskott bestående av ordförande, vice ordförande och ytterligare tre
  // ledamöter från Region Östergötland och länets kommuner. Arbetsutskottets uppgift är att förbereda
  // ärenden inför SVO:s ordinarie sammanträden ..."
  test("SVO's arbetsutskott prepares SVO's meetings and has five seats: chair, vice chair and three members (000, Bilaga 1)", async () => {
    expect(await read('reportingLinesFrom', { from: 'body-svo-au' })).toEqual([
      {
        to: 'body-svo',
        toName: 'Samråd vård och omsorg',
        kind: 'PREPARES_FOR',
        text: 'Arbetsutskottets uppgift är att förbereda ärenden inför SVO:s ordinarie sammanträden',
        sourceIds: ['src-000'],
      },
    ]);
    expect((await read('bodyMemberships', { body: 'body-svo-au' })).map((m) => [m.role, m.count, m.roleText])).toEqual([
      ['CHAIR', 1, 'ordförande'],
      ['MEMBER', 3, 'ytterligare tre ledamöter från Region Östergötland och länets kommuner'],
      ['VICE_CHAIR', 1, 'vice ordförande'],
    ]);
    const [au] = await read('bodyFacts', { id: 'body-svo-au' });
    expect([au.classification, au.tier, au.partOf, au.sizeMin, au.sizeMax]).toEqual(['WORKING_COMMITTEE', 'POLITICAL', 'body-svo', 5, 5]);
  });

  // 000:91 "Samråd vård och omsorg (SVO) är ett politiskt samråd under länets socialnämnder eller
  // motsvarande och regionens hälso- och sjukvårdsnämnd (HSN)."
  test("SVO is a political samråd under the region's HSN and the county's 13 municipalities (000, Inledning)", async () => {
    const lines = await read('reportingLinesFrom', { from: 'body-svo' });
    expect(lines.filter((l) => l.kind === 'SUBORDINATE_TO').map((l) => l.to)).toEqual(['body-region-05-hsn', ...OSTERGOTLAND_MUNICIPALITIES]);
    expect(lines.find((l) => l.to === 'body-region-05-hsn')?.text).toBe(
      'Samråd vård och omsorg (SVO) är ett politiskt samråd under länets socialnämnder eller motsvarande och regionens hälso- och sjukvårdsnämnd (HSN).',
    );
  });

  // 000:181 "Följa LGVO och skolchefs nätverkets utredningsarbete ... Utredningsuppdrag gavs av
  // strategiska ledningsgruppen i november 2023. ... LGVO ombeds att ge återkoppling till SVO i samband
  // med SVO-mötet i december 2024"
  test('strategiska ledningsgruppen commissioned LGVO and skolchefsnätverket in November 2023, reporting back to SVO in December 2024 (000, (e) 2)', async () => {
    expect(await read('commission', { id: 'commission-000-utredning-samverkansstruktur-barn-unga' })).toEqual([
      {
        title: 'Utreda förutsättningar för en gemensam samverkansstruktur och ge förslag till en arbetsmodell för barn och unga i Östergötland',
        issuedBy: ['body-strategiska-ledningsgruppen'],
        assignedTo: ['body-lgvo', 'body-skolchefsnatverket'],
        reportTo: ['body-svo'],
        issuedOn: '2023-11',
        due: '2024-12',
        dueMeeting: 'meeting-000-svo-2024-12',
        dueMeetingDate: '2024-12',
        status: 'ONGOING',
        item: 'item-000-samverkansstruktur-barn-unga',
        sourceIds: ['src-000'],
      },
    ]);
  });

  // 000:193 "1. Ge uppdrag till LGVO att återkomma med en gapanalys med fokus på den palliativa vården
  // som grund för ställningstagande till gemensamma politiska initiativ."
  test('SVO commissions LGVO to come back with a gap analysis of palliative care; no date is written (000, (f) 1)', async () => {
    expect(await read('commission', { id: 'commission-000-gapanalys-palliativ' })).toEqual([
      {
        title: 'Gapanalys med fokus på den palliativa vården',
        issuedBy: ['body-svo'],
        assignedTo: ['body-lgvo'],
        reportTo: ['body-svo'],
        issuedOn: null,
        due: null,
        dueMeeting: null,
        dueMeetingDate: null,
        status: null,
        item: 'item-000-gapanalys-palliativ',
        sourceIds: ['src-000'],
      },
    ]);
  });

  // 000:228 "2020-06-01 till 2022-12-31 Uppsägning ska ske senast 12 månader innan utgångsdatum, annars
  // automatisk förlängning i två år."
  test('the agreement on children 0-20 placed outside the home runs 2020-06-01 to 2022-12-31 and renews by two years unless terminated 12 months ahead (000, Bilaga 2)', async () => {
    const [terms] = await read('documentTerms', { id: 'doc-000-ok-barn-unga-placerade' });
    const { title: _title, termsText: _text, ...structured } = terms;
    expect(structured).toEqual({
      start: '2020-06-01',
      initialEnd: '2022-12-31',
      untilFurtherNotice: null,
      autoRenewal: true,
      renewalMonths: 24,
      noticeMonths: 12,
      extensions: [],
    });
  });

  // 000:233 "2018-01-01 till 2021-12-31, därefter förlängd till 2023-12-31. Förlängs med två år om ingen
  // part säger upp. Uppsägningstid 1 år."
  test('the agreement on psychiatric disability and addiction ran 2018-01-01 to 2021-12-31 and was extended to 2023-12-31 (000, Bilaga 2)', async () => {
    expect(await read('documentTerms', { id: 'doc-000-ok-psykisk-funktionsnedsattning-missbruk' })).toEqual([
      {
        title: 'Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning och personer med missbruk',
        termsText:
          '2018-01-01 till 2021-12-31, därefter förlängd till 2023-12-31. Förlängs med två år om ingen part säger upp. Uppsägningstid 1 år. Kan revideras under giltighetstiden.',
        start: '2018-01-01',
        initialEnd: '2021-12-31',
        untilFurtherNotice: null,
        autoRenewal: true,
        renewalMonths: 24,
        noticeMonths: 12,
        extensions: [{ until: '2023-12-31', decidedOn: null, decidedBy: null, text: 'därefter förlängd till 2023-12-31' }],
      },
    ]);
  });

  // 000:229 "2022-01-01 och tills vidare ... Uppsägningstid är ett år från uppsägningdatum."
  test('the agreement on physicians in municipal care runs from 2022-01-01 until further notice with one year notice (000, Bilaga 2)', async () => {
    const [terms] = await read('documentTerms', { id: 'doc-000-avtal-lakarmedverkan' });
    expect([terms.start, terms.initialEnd, terms.untilFurtherNotice, terms.autoRenewal, terms.noticeMonths, terms.extensions]).toEqual([
      '2022-01-01',
      null,
      true,
      null,
      12,
      [],
    ]);
  });

  // 000:224-240 "Bilaga 2 Gemensamma styrdokument" - ten rows, Ansvar column e.g. 000:228
  // "<i>LGVO Att växa upp</i>", 000:230 "<i>LGVO au</i>", 000:240 "<i>LGVO</i>".
  test('Bilaga 2 lists ten governing documents, each with the LGVO group or SVO AU responsible for it (000)', async () => {
    const rows = await read('documentRows', { source: 'src-000', prefix: 'Bilaga 2 Gemensamma styrdokument' });
    expect(rows.map((r) => [r.title, r.responsible])).toEqual([
      ['Avtal läkarmedverkan kommunal hälso- och sjukvård', ['body-lgvo-att-aldras']],
      ['Avtal mellan Landstinget och kommunerna om överlåtelse av skyldighet att erbjuda hälso- och sjukvård i ordinärt boende', ['body-lgvo-au']],
      ['Ramavtal ungdomshälsa', ['body-lgvo-att-vaxa-upp']],
      ['Regelverk för hjälpmedelsförskrivning', ['body-lgvo']],
      ['Uppföljning av avtal gemensamt HVB', ['body-lgvo-att-vaxa-upp']],
      [
        'Överenskommelse mellan Region Östergötland och kommunerna i Östergötland om samverkan för trygg, säker och effektiv utskrivning från slutna hälso- och sjukvård',
        ['body-lgvo-au'],
      ],
      [
        'Överenskommelse mellan Region Östergötland och Östergötlands kommuner om samverkan kring trygg och säker vård för barn och unga 0-20 år, som vårdas utanför det egna hemmet',
        ['body-lgvo-att-vaxa-upp'],
      ],
      ['Överenskommelse om samråd vård och omsorg', ['body-svo-au']],
      ['Överenskommelse om samverkan kring barn och unga', ['body-lgvo-att-vaxa-upp']],
      ['Överenskommelse om samverkan kring personer med psykisk funktionsnedsättning och personer med missbruk', ['body-lgvo-mitt-i-livet']],
    ]);
    // The Giltighetstid cell of 'Regelverk för hjälpmedelsförskrivning' (000:240) is empty.
    expect(rows.filter((r) => r.termsText === null).map((r) => r.id)).toEqual(['doc-000-regelverk-hjalpmedelsforskrivning']);
  });
});

describe('001 Tjänsteskrivelse 2024-01-25, godkännande av arbetsplan', () => {
  // 001:16-23 "Förslag till social- och omsorgsnämndens beslut 1. Arbetsplan ... tillstyrks."
  // "Förslag till vård- och äldreomsorgsnämndens beslut 1. Arbetsplan ... godkänns. 2. Beslutet
  // förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet
  // godkänner arbetsplanen."
  test('SON endorses and VÄN approves the work plan, VÄN on condition that HSN and the other municipalities approve (001)', async () => {
    const deciders = await read('itemDeciders', { item: 'item-001-godkannande-arbetsplan' });
    expect(deciders.map((d) => [d.kind, d.by])).toEqual([
      ['APPROVES', 'body-001-vard-och-aldreomsorgsnamnden'],
      ['APPROVES', 'body-region-05-hsn'],
      ...OSTERGOTLAND_MUNICIPALITIES.map((m) => ['APPROVES', m]),
      ['ENDORSES', 'body-001-social-och-omsorgsnamnden'],
    ]);
    expect(deciders.filter((d) => d.condition !== null)).toEqual([
      {
        by: 'body-001-vard-och-aldreomsorgsnamnden',
        byName: 'Vård- och äldreomsorgsnämnden',
        kind: 'APPROVES',
        condition: 'Beslutet förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet godkänner arbetsplanen.',
      },
    ]);
  });

  // 001:6-9 "2024-01-25 / Dnr SON 2024-220 / Dnr VÄN 2024-378"
  // 001:29 "Samrådets arbetsplan för 2024 – 2025 har skickats till Region Östergötlands hälso- och
  // sjukvårdsnämnd och länets kommuner för godkännande."
  test('the two proposals are dated 2024-01-25 under Dnr SON 2024-220 and VÄN 2024-378 (001 header)', async () => {
    const steps = await read('itemSteps', { item: 'item-001-godkannande-arbetsplan' });
    expect(steps.map((s) => [s.date, s.kind, s.body, s.registryNumber])).toEqual([
      ['2024-01-25', 'PROPOSAL', 'body-001-social-och-omsorgsnamnden', 'SON 2024-220'],
      ['2024-01-25', 'PROPOSAL', 'body-001-vard-och-aldreomsorgsnamnden', 'VÄN 2024-378'],
      [null, 'OTHER', null, null],
    ]);
  });
});

describe('002 Balanslista SVOM 2024 (Jämtland Härjedalen)', () => {
  // 002:14-93 four balanslista tables, headed "Inriktning från Gemensam hälso- och sjukvårdspolitik
  // 2014-2025: - Tillgänglig och samordnad ..." (17 rows), "- Förbättrad psykisk hälsa" (12 rows),
  // "- Hälsofrämjande och trygghetsskapande levnadsvillkor" (4 rows) and "Övrigt" (3 rows).
  test('the balanslista has 36 rows, one item each: 17, 12, 4 and 3 in its four tables (002)', async () => {
    expect(
      await read('locatorPrefixCounts', {
        source: 'src-002',
        label: 'Item',
        prefixes: [
          "Tabell 'Tillgänglig och samordnad",
          "Tabell 'Förbättrad psykisk hälsa'",
          "Tabell 'Hälsofrämjande och trygghetsskapande levnadsvillkor'",
          "Tabell 'Övrigt'",
          'Tabell',
        ],
      }),
    ).toEqual([
      { prefix: "Tabell 'Tillgänglig och samordnad", count: 17 },
      { prefix: "Tabell 'Förbättrad psykisk hälsa'", count: 12 },
      { prefix: "Tabell 'Hälsofrämjande och trygghetsskapande levnadsvillkor'", count: 4 },
      { prefix: "Tabell 'Övrigt'", count: 3 },
      { prefix: 'Tabell', count: 36 },
    ]);
  });

  // 002:97 "Sammanfattning Överenskommelser, avtal etc." - 26 rows (002:100-130). The seed tells them
  // apart from documents named inside balanslista rows by the locator: "Sammanfattning, row ..."
  // versus "Tabell ..." (and "Table headings" for Gemensam hälso- och sjukvårdspolitik 2014-2025).
  test('the Sammanfattning table holds 26 of the 42 documents; the other 16 are named in balanslista rows (002)', async () => {
    expect(
      await read('locatorPrefixCounts', {
        source: 'src-002',
        label: 'Document',
        prefixes: ['Sammanfattning, row', 'Tabell', 'Table headings'],
      }),
    ).toEqual([
      { prefix: 'Sammanfattning, row', count: 26 },
      { prefix: 'Tabell', count: 15 },
      { prefix: 'Table headings', count: 1 },
    ]);
  });

  // 002:99 "Överenskommelse/avtal | Giltighetstid | Rekommendationsbeslutande forum | Beredande forum | Noteringar"
  // e.g. 002:101 "Länsöverenskommelse Riskbruk, missbruk och beroende 2021-2023 | 2021-2023 (förlängd tom
  // 31/12 2024) | SVOM och Barnarenan | SamReKo HSI Fredagsgruppen"; 002:110 "Tandvårdsavtal – uppsökande
  // tandvård | | Regionens beställarenhet Kommunernas chefer | Fredagsgruppen"; 002:130 "MTP-överenskommelsen
  // (medicintekniska produkter) | Tom 2024-12-31 | Gemensamma nämnden | Hjälpmedelsberedningsgruppen"
  test('each Sammanfattning row keeps its Giltighetstid and its recommending and preparing forums (002)', async () => {
    const svom = 'body-svom';
    const barn = 'body-barnarenan';
    const fg = 'body-fredagsgruppen';
    const samreko = 'body-samreko-hsi';
    const rows = await read('documentRows', { source: 'src-002', prefix: 'Sammanfattning, row' });
    expect(rows.map((r) => [r.title, r.termsText, r.recommendedBy, r.preparedBy])).toEqual([
      ['Avtal Barnahus', '2020-2021', [svom], [samreko]],
      ['Avtal Mini Maria', '2023', [svom], [samreko]],
      ['Avtal Ungdomsmottagningen', '2024', [svom], [samreko]],
      ['Avtal om samverkan vid in- och utskrivning från slutenvård', '2019 (förlängt t.o.m. 2024-12-31)', [svom], [fg]],
      [
        'Avtal om stöd till kommunala vårdenheter i Jämtlands län vid användning av medicinteknisk utrustning.',
        '2013-2015 (förlängs automatiskt på årsbasis)',
        [svom],
        [fg],
      ],
      ['Gemensam plan primärvårdsnivå – handlingsplan för tjänstepersoner', '2024-', [], [fg, samreko]],
      ['Gemensam plan primärvårdsnivå – sammanfattning med politiskt prioriterade områden', '2024-', [barn, svom], [fg, samreko]],
      ['Handlingsplan med fokus på dokumenterad överenskommelse, kontinuitet och fasta kontakter', '2024', [], [fg]],
      ['Handlingsplan psykisk hälsa', '2023', [barn, svom], [fg, samreko]],
      ['Handlingsplan suicidprevention', '2020-2030', [barn, svom], [fg, samreko]],
      ['Länsöverenskommelse Riskbruk, missbruk och beroende 2021-2023', '2021-2023 (förlängd tom 31/12 2024)', [barn, svom], [fg, samreko]],
      [
        'Länsövergripande riktlinje för familjecentraler i Jämtlands län - för öppen förskola, socialtjänst och hälso- och sjukvård i Jämtlands län',
        '2023-tillsvidare',
        [barn],
        [samreko],
      ],
      ['MTP-överenskommelsen (medicintekniska produkter)', 'Tom 2024-12-31', ['body-gnus'], ['body-hjalpmedelsberedningsgruppen']],
      ['Riktlinje Anmälningar från skola till socialtjänst och polis', '2021- tillsvidare, ska följas upp årligen', [], [samreko]],
      ['Riktlinje Barnhälsoteam', '2018- tillsvidare, ska följas upp årligen', [barn], [samreko]],
      ['Riktlinje Oro för väntat barn', '2023-2026, ska följas upp årligen', [], [fg, samreko]],
      ['Riktlinje Samverkan placerade barn', '2018- tillsvidare, ska följas upp årligen', [barn], [samreko]],
      ['Riktlinjer för samarbete vid in- och utskrivning av patienter i slutenvården', '2024-', [], [fg]],
      [
        'Samverkansavtal mellan Region Jämtland Härjedalen och kommunerna i Jämtlands län gällande hemsjukvård.',
        '2017-2020 (förlängt tom 2024-12-31)',
        [svom],
        [fg],
      ],
      ['Tandvårdsavtal – uppsökande tandvård', null, ['org-region-23-bestallarenhet'], [fg]],
      [
        'Tillfällig riktlinje för samverkan och fördelning av palliativa insatser mellan Storsjögläntan och länets kommuner',
        '1/6 2022 - tills det finns ett nytt samverkansavtal för hälso- och sjukvård i hemmet.',
        [],
        [fg],
      ],
      ['Överenskommelse Hälsoundersökning nyanlända barn', '2021, förlängs därefter ett år i taget', [barn], [samreko]],
      ['Överenskommelse Jämtbus – barn i behov av särskilt stöd', '2018 -tills vidare, ska följas upp årligen', [barn], [samreko]],
      ['Överenskommelse Placerade barn', '2022 - tills vidare, revidering vart tredje år, 2025 etc.', [barn], [samreko]],
      [
        'Överenskommelse om länsgemensamma rutiner för mottagande i anpassad skola (särskola)',
        '2022- tillsvidare, uppdatering vart tredje år',
        [barn],
        [samreko],
      ],
      [
        'Överenskommelse om samarbete mellan kommunerna i Jämtlands län och Region Jämtland Härjedalen gällande personer med psykiska funktionsnedsättningar 2021 – 2023',
        '2021-2023 (förlängd tom 31/12 2024)',
        [svom],
        [fg, samreko],
      ],
    ]);
  });

  // 002:105 "Samverkansavtal ... gällande hemsjukvård. | 2017-2020 (förlängt tom 2024-12-31) | SVOM | Fredagsgruppen"
  // 002:16 "Nytt Samverkansavtal hemsjukvård ... Avtal giltigt t.om. 31/12 2024. SVOM 9/6 2023 – rek-beslut
  // förlängning nuvarande avtal SVOM 2023 och 23/2 2024-rapport pågående arbete SVOM 3/6 2024 – beslut om
  // remiss SVOM 11/10 2024 - rekommendationsbeslut nytt avtal from 1/1 2025."
  test('the home-care agreement 2017-2020 was extended to 2024-12-31 by SVOM on 9/6 2023, and a new one is due at SVOM 11/10 2024 (002)', async () => {
    expect(await read('documentTerms', { id: 'doc-002-samverkansavtal-hemsjukvard' })).toEqual([
      {
        title: 'Samverkansavtal mellan Region Jämtland Härjedalen och kommunerna i Jämtlands län gällande hemsjukvård.',
        termsText: '2017-2020 (förlängt tom 2024-12-31)',
        start: '2017',
        initialEnd: '2020',
        untilFurtherNotice: null,
        autoRenewal: null,
        renewalMonths: null,
        noticeMonths: null,
        extensions: [{ until: '2024-12-31', decidedOn: '2023-06-09', decidedBy: 'body-svom', text: 'förlängt tom 2024-12-31' }],
      },
    ]);
    const steps = await read('itemSteps', { item: 'item-002-samverkansavtal-hemsjukvard' });
    expect(steps.map((s) => [s.date, s.kind, s.meeting])).toEqual([
      ['2023', 'REPORT', null],
      ['2023-06-09', 'RECOMMENDATION_DECISION', 'meeting-002-svom-2023-06-09'],
      ['2024-02-23', 'REPORT', 'meeting-002-svom-2024-02-23'],
      ['2024-06-03', 'REFERRAL', 'meeting-002-svom-2024-06-03'],
      ['2024-10-11', 'RECOMMENDATION_DECISION', 'meeting-002-svom-2024-10-11'],
    ]);
  });

  // 002:51 "Överenskommelse riskbruk, missbruk och beroende (2021-2023) ... Giltig tom 31/12 2024. SVOM 8/12
  // 2023 - beslut om förlängning." 002:109 "... medicinteknisk utrustning. | 2013-2015 (förlängs automatiskt på årsbasis)"
  test('the riskbruk agreement was extended by SVOM on 8/12 2023; the medical-equipment agreement renews yearly (002)', async () => {
    const [riskbruk] = await read('documentTerms', { id: 'doc-002-ok-riskbruk-missbruk-beroende' });
    expect([riskbruk.start, riskbruk.initialEnd, riskbruk.extensions]).toEqual([
      '2021',
      '2023',
      [{ until: '2024-12-31', decidedOn: '2023-12-08', decidedBy: 'body-svom', text: 'förlängd tom 31/12 2024' }],
    ]);
    const [mtu] = await read('documentTerms', { id: 'doc-002-avtal-medicinteknisk-utrustning' });
    expect([mtu.start, mtu.initialEnd, mtu.autoRenewal, mtu.renewalMonths, mtu.extensions]).toEqual(['2013', '2015', true, 12, []]);
  });

  // 002:73 "Rutin efterlevandestöd | 24/2 2023: SVOM ger i uppdrag till Region Jämtland Härjedalen att samla
  // aktörer till dialog för utvecklande av en läns gemensam rutin för efterlevandestöd ... | SVOM 11/10 2024 –
  // rapport om pågående arbete"
  test('SVOM commissioned Region Jämtland Härjedalen on 24/2 2023 to develop a rutin för efterlevandestöd, to report at SVOM 11/10 2024 (002)', async () => {
    expect(await read('commission', { id: 'commission-002-rutin-efterlevandestod' })).toEqual([
      {
        title: 'Länsgemensam rutin för efterlevandestöd',
        issuedBy: ['body-svom'],
        assignedTo: ['org-region-23'],
        reportTo: [],
        issuedOn: '2023-02-24',
        due: null,
        dueMeeting: null,
        dueMeetingDate: null,
        status: null,
        item: 'item-002-rutin-efterlevandestod',
        sourceIds: ['src-002'],
      },
    ]);
    const steps = await read('itemSteps', { item: 'item-002-rutin-efterlevandestod' });
    expect(steps.map((s) => [s.date, s.kind, s.body, s.meeting])).toEqual([
      ['2023-02-24', 'COMMISSION_ISSUED', 'body-svom', 'meeting-002-svom-2023-02-24'],
      ['2024-10-11', 'REPORT', 'body-svom', 'meeting-002-svom-2024-10-11'],
    ]);
  });

  // 002:106-108 "Avtal om samverkan vid in- och utskrivning från slutenvård | ... | SVOM | Fredagsgruppen |
  // ... Uppdrag har lämnats till Fredagsgruppens beredningsgrupp att återkomma till FG med förslag på justeringar."
  test('Fredagsgruppens beredningsgrupp prepares for Fredagsgruppen, which prepares for SVOM (002)', async () => {
    expect(await read('reportingPath', { from: 'body-fredagsgruppens-beredningsgrupp', to: 'body-svom', kind: 'PREPARES_FOR' })).toEqual([
      {
        path: ['body-fredagsgruppens-beredningsgrupp', 'body-fredagsgruppen', 'body-svom'],
        texts: [
          'Uppdrag har lämnats till Fredagsgruppens beredningsgrupp att återkomma till FG med förslag på justeringar.',
          'Rekommendationsbeslutande forum: SVOM; Beredande forum: Fredagsgruppen',
        ],
      },
    ]);
  });
});

describe('003 Strategisk Samverkan Öster (SSÖ), östra Östergötland', () => {
  // 003:162 "LSÖ rapporterar kontinuerligt under uppdragstiden till OSÖ-gruppen enligt vad som har angivits i uppdraget."
  // 003:128 "rapportera resultat av uppdrag till SSÖ,"
  // 003:166 "Denna LSÖ-grupp arbetar liksom övriga lokala samverksgrupper eller arbetsgrupper på OSÖ:s uppdrag."
  test('LSÖ reports to OSÖ, which reports to SSÖ; the LSÖ avvikelser group works on OSÖ commissions under SSÖ (003)', async () => {
    expect(await read('reportingPath', { from: 'body-lso', to: 'body-sso', kind: 'REPORTS_TO' })).toEqual([
      {
        path: ['body-lso', 'body-oso', 'body-sso'],
        texts: [
          'LSÖ rapporterar kontinuerligt under uppdragstiden till OSÖ-gruppen enligt vad som har angivits i uppdraget.',
          'rapportera resultat av uppdrag till SSÖ,',
        ],
      },
    ]);
    const subordinate = await read('reportingPath', { from: 'body-lso-avvikelser', to: 'body-sso', kind: 'SUBORDINATE_TO' });
    expect(subordinate.map((p) => p.path)).toEqual([['body-lso-avvikelser', 'body-oso', 'body-sso']]);
    expect((await read('reportingLinesFrom', { from: 'body-oso' })).map((l) => [l.to, l.kind])).toEqual([
      ['body-sso', 'PREPARES_FOR'],
      ['body-sso', 'REPORTS_TO'],
      ['body-sso', 'SUBORDINATE_TO'],
    ]);
  });

  // 003:32 "Wreta-samverkan inleddes 2001 som ett projekt (Wreta-projektet) mellan Norrköpings kommun och
  // Landstinget i östra Östergötland." 003:34 "2004 övergick Wreta-projektet i en permanent
  // samverkansorganisation samtidigt som det också utvidgades till att omfatta samverkan mellan landstinget och
  // samtliga kommuner i östra länsdelen det vill säga Norrköpings, Söderköpings, Finspångs och Valdemarsviks
  // kommuner. Från och med 2013 omformas Wreta och byter då också namn till Strategisk Samverkan Öster, SSÖ."
  test('Wreta began as a project in 2001, became permanent and expanded in 2004, and became SSÖ in 2013 (003, Bakgrund)', async () => {
    const events = await read('changeEvents', { ids: ['body-wreta', 'body-sso'] });
    expect(events.map((e) => [e.date, e.kind, e.subject, e.predecessor, e.successor, e.oldName, e.newName])).toEqual([
      ['2001', 'FOUNDED', 'body-wreta', null, null, null, null],
      ['2004', 'EXPANDED', 'body-wreta', null, null, null, null],
      ['2004', 'MADE_PERMANENT', 'body-wreta', null, null, null, null],
      ['2013', 'RENAMED', 'body-sso', 'body-wreta', 'body-sso', 'Wreta', 'Strategisk Samverkan Öster, SSÖ'],
      ['2013', 'REORGANISED', 'body-wreta', 'body-wreta', 'body-sso', null, null],
    ]);
    // Norrköping and the landsting from 2001; Söderköping, Finspång and Valdemarsvik from 2004.
    expect((await read('principals', { body: 'body-wreta' })).map((p) => [p.organisation, p.validFrom])).toEqual([
      ['org-kommun-0562', '2004'],
      ['org-kommun-0563', '2004'],
      ['org-kommun-0581', '2001'],
      ['org-kommun-0582', '2004'],
      ['org-region-05', '2001'],
    ]);
    const [wreta] = await read('bodyFacts', { id: 'body-wreta' });
    const [sso] = await read('bodyFacts', { id: 'body-sso' });
    expect([wreta.founded, wreta.dissolved, sso.founded]).toEqual(['2001', '2013', '2013']);
  });

  // 003:106-110 "I den strategiska samverkansgruppen (SSÖ) ingår från - respektive kommun: förvaltningschef inom
  // socialtjänstens ansvarsområde liksom förvaltningschef inom utbildningsområdet ... - Regionen:
  // närsjukvårdsdirektören och centrumchefer ... - ordförande från respektive OSÖ-grupp."
  // 003:114 "SSÖ-gruppen kommer att bestå av 13 – 15 ledamöter." 003:102 "SSÖ sammanträder 3 – 4 gånger per år."
  test("SSÖ's members are two förvaltningschefer per municipality, the region's närsjukvårdsdirektör and centrumchefer and the three OSÖ chairs; 13–15 members meeting 3–4 times a year (003)", async () => {
    const seats = (await read('bodyMemberships', { body: 'body-sso' })).filter((m) => m.role === 'MEMBER');
    expect(seats.map((m) => [m.holder, m.representing, m.count])).toEqual([
      ['post-003-centrumchef', 'org-region-05', null],
      ['post-003-forvaltningschef-socialtjanst', 'org-kommun-0562', 1],
      ['post-003-forvaltningschef-socialtjanst', 'org-kommun-0563', 1],
      ['post-003-forvaltningschef-socialtjanst', 'org-kommun-0581', 1],
      ['post-003-forvaltningschef-socialtjanst', 'org-kommun-0582', 1],
      ['post-003-forvaltningschef-utbildning', 'org-kommun-0562', 1],
      ['post-003-forvaltningschef-utbildning', 'org-kommun-0563', 1],
      ['post-003-forvaltningschef-utbildning', 'org-kommun-0581', 1],
      ['post-003-forvaltningschef-utbildning', 'org-kommun-0582', 1],
      ['post-003-narsjukvardsdirektor', 'org-region-05', 1],
      ['post-003-oso-aldre-ordforande', 'body-oso-aldre-somatik', 1],
      ['post-003-oso-barn-unga-ordforande', 'body-oso-barn-unga', 1],
      ['post-003-oso-vuxna-ordforande', 'body-oso-vuxna-psykisk-ohalsa', 1],
    ]);
    const [sso] = await read('bodyFacts', { id: 'body-sso' });
    expect([sso.area, sso.sizeMin, sso.sizeMax, sso.meetingsPerYearMin, sso.meetingsPerYearMax]).toEqual(['area-ostra-ostergotland', 13, 15, 3, 4]);
  });

  // 003:131 "OSÖ sammanträder 6 – 8 gånger per år." 003:141 "OSÖ-grupperna kommer att bestå av 15 – 18
  // ledamöter per grupp." 003:185 "Gruppen sammanträder 6 gånger per år."
  test('each OSÖ group has 15–18 members and meets 6–8 times a year; the LSÖ avvikelser group meets 6 times (003)', async () => {
    for (const id of ['body-oso-barn-unga', 'body-oso-vuxna-psykisk-ohalsa', 'body-oso-aldre-somatik']) {
      const [group] = await read('bodyFacts', { id });
      expect([id, group.partOf, group.sizeMin, group.sizeMax, group.meetingsPerYearMin, group.meetingsPerYearMax]).toEqual([id, 'body-oso', 15, 18, 6, 8]);
    }
    const [avvikelser] = await read('bodyFacts', { id: 'body-lso-avvikelser' });
    expect([avvikelser.partOf, avvikelser.meetingsPerYearMin, avvikelser.meetingsPerYearMax]).toEqual(['body-lso', 6, 6]);
  });
});

describe('004 Meddelanden till kommunstyrelsen 2023-08-29 (Eskilstuna, Sörmland)', () => {
  // 004:13-16 "KSKF/2023:126 Nämndens för samverkan kring socialtjänst och vård beslut 2023-06-16 § 16/23
  // Godkännande av slutrapport Nära vård." 004:1284-1288 "Datum 2023-06-08 Dokumentnummer NSV23-0020-1"
  // 004:1320-1322 "§ 16/23 Godkännande av slutrapport Nära vård / Diarienummer: NSV23-0020"
  test('NSV approved the final report on 2023-06-16 § 16/23 (NSV23-0020), reported to KS on 2023-08-29 as KSKF/2023:126 (004)', async () => {
    const steps = await read('itemSteps', { item: 'item-004-slutrapport-nara-vard' });
    expect(steps.map((s) => [s.date, s.kind, s.body, s.meeting, s.registryNumber, s.paragraph])).toEqual([
      ['2023-06-08', 'PROPOSAL', 'body-lrs-sormland', null, 'NSV23-0020-1', null],
      ['2023-06-16', 'PROPOSAL', 'body-nsv', 'meeting-004-nsv-2023-06-16', 'NSV23-0020', '§ 16/23'],
      ['2023-06-16', 'APPROVAL', 'body-nsv', 'meeting-004-nsv-2023-06-16', 'NSV23-0020', '§ 16/23'],
      ['2023-08-29', 'INFORMATION', 'body-kommun-0484-ks', 'meeting-004-ks-2023-08-29', 'KSKF/2023:126', null],
    ]);
    expect(steps[2].text.startsWith('Projektrapport Nära vård i Sörmland godkänns med tillägget I Sörmland initierade "NSV"')).toBe(true);
    expect(await read('itemDeciders', { item: 'item-004-slutrapport-nara-vard' })).toEqual([
      { by: 'body-nsv', byName: 'Nämnden för samverkan kring socialtjänst och vård', kind: 'APPROVES', condition: null },
    ]);
  });

  // 004:1330-1338 "Camilla Holmgren (S) yrkar på att följande text läggs till ... Majo Brostedt (S) yrkar bifall
  // ... Linus Fogel (S) yrkar bifall ... Ordförande Helena Koch (M) ställer förvaltningens förslag under proposition"
  test('at § 16/23 the chair Helena Koch (M) and Camilla Holmgren, Majo Brostedt and Linus Fogel (S) were present (004)', async () => {
    const attendance = await read('meetingAttendance', { meeting: 'meeting-004-nsv-2023-06-16' });
    expect(attendance.map((a) => [a.name, a.party, a.role, a.status])).toEqual([
      ['Camilla Holmgren', 'S', null, 'PRESENT'],
      ['Helena Koch', 'M', 'CHAIR', 'PRESENT'],
      ['Linus Fogel', 'S', null, 'PRESENT'],
      ['Majo Brostedt', 'S', null, 'PRESENT'],
    ]);
  });

  // 004:1474-1480 "Närvarande: Josefine Helleday (S), ordförande / Göran Gredfors (M), 1:e vice ordförande /
  // Kim Fredriksson (SD), 2:e vice ordförande / Bo Hellmark (KD) / Maria Chergui (V) / Anders Nordin (C) /
  // Mohamed Abdukani (MP)"
  test('trygghetsberedningen 2023-08-16 had its seven members present, with party and role (004)', async () => {
    const attendance = await read('meetingAttendance', { meeting: 'meeting-004-trygghetsberedningen-2023-08-16' });
    expect(
      attendance.filter((a) => ['CHAIR', 'VICE_CHAIR', 'SECOND_VICE_CHAIR', 'MEMBER'].includes(a.role)).map((a) => [a.name, a.party, a.role, a.status]),
    ).toEqual([
      ['Anders Nordin', 'C', 'MEMBER', 'PRESENT'],
      ['Bo Hellmark', 'KD', 'MEMBER', 'PRESENT'],
      ['Göran Gredfors', 'M', 'VICE_CHAIR', 'PRESENT'],
      ['Josefine Helleday', 'S', 'CHAIR', 'PRESENT'],
      ['Kim Fredriksson', 'SD', 'SECOND_VICE_CHAIR', 'PRESENT'],
      ['Maria Chergui', 'V', 'MEMBER', 'PRESENT'],
      ['Mohamed Abdukani', 'MP', 'MEMBER', 'PRESENT'],
    ]);
    expect(attendance).toHaveLength(22);
  });

  // 004:1570-1571 "Närvarande: Marianne Karlberg (S), ordförande Peter Laufer (SD) Niklas Frykman (L) Arne
  // Jonsson (C) Robert Forsman (MP) Andreas Lindbom, kommunstrateg KLK Sara Hallman Jezic, utvecklare KLK
  // Annika Linder, sekreterare SEF / Ej närvarande: Per Lundqvist (M) Kristina Gillberg (KD) Anette Stavehaug (V)"
  test('arvodeskommittén 2023-05-16: five politicians present, three absent, with party (004)', async () => {
    const attendance = await read('meetingAttendance', { meeting: 'meeting-004-arvodeskommitten-2023-05-16' });
    expect(attendance.map((a) => [a.name, a.party, a.role, a.status])).toEqual([
      ['Andreas Lindbom', null, 'OFFICIAL', 'PRESENT'],
      ['Anette Stavehaug', 'V', 'MEMBER', 'ABSENT'],
      ['Annika Linder', null, 'SECRETARY', 'PRESENT'],
      ['Arne Jonsson', 'C', 'MEMBER', 'PRESENT'],
      ['Kristina Gillberg', 'KD', 'MEMBER', 'ABSENT'],
      ['Marianne Karlberg', 'S', 'CHAIR', 'PRESENT'],
      ['Niklas Frykman', 'L', 'MEMBER', 'PRESENT'],
      ['Per Lundqvist', 'M', 'MEMBER', 'ABSENT'],
      ['Peter Laufer', 'SD', 'MEMBER', 'PRESENT'],
      ['Robert Forsman', 'MP', 'MEMBER', 'PRESENT'],
      ['Sara Hallman Jezic', null, 'OFFICIAL', 'PRESENT'],
    ]);
  });

  // 004:1596 "Utifrån dagens dialog skapar Andreas och Sara ett förslag på tillämpningsanvisning att gå igenom på
  // sammanträdet i september." 004:1634 "Nästa sammanträde är den 13 september 13.30-16.30 i Rademacherrummet."
  test('arvodeskommittén asked Andreas Lindbom and Sara Hallman Jezic for a draft tillämpningsanvisning for its meeting on 13 September (004)', async () => {
    expect(await read('commission', { id: 'commission-004-forslag-tillampningsanvisning' })).toEqual([
      {
        title: 'Förslag på tillämpningsanvisning (arvodesbestämmelser)',
        issuedBy: ['body-kommun-0484-arvodeskommitten'],
        assignedTo: ['person-004-andreas-lindbom', 'person-004-sara-hallman-jezic'],
        reportTo: ['body-kommun-0484-arvodeskommitten'],
        issuedOn: '2023-05-16',
        due: null,
        dueMeeting: 'meeting-004-arvodeskommitten-2023-09-13',
        dueMeetingDate: '--09-13',
        status: null,
        item: 'item-004-tillampningsanvisningar-arvoden',
        sourceIds: ['src-004'],
      },
    ]);
  });

  // 004:861-934 "Målområde Tillsammans / Tabell 1. Förslag på mått för indikatorn Delaktighet ... Tabell 7. Förslag
  // på mått för indikatorn Rehabiliterande ... Ej klart". Tabell 5 writes the indicator "Hälsöfrämjande"; the
  // seed names it "Hälsofrämjande" (its note records the spelling).
  test('Nära vård i Sörmland has seven indicators under three målområden, each with its measures as listed in Tabell 1–7 (004)', async () => {
    const indicators = await read('indicatorMeasures', { source: 'src-004' });
    expect(indicators.map((i) => [i.indicator, i.topics.filter((t: string) => t.startsWith('topic-004-malomrade')), i.measures])).toEqual([
      [
        'Delaktighet',
        ['topic-004-malomrade-tillsammans'],
        [
          'Patientrapporterad delaktighet, region',
          'Brukarrapporterad delaktighet, kommun',
          'Delaktighet i överenskommelse och planering',
          'Patientrapporterad delaktighet barn/unga',
        ],
      ],
      [
        'Förebyggande',
        ['topic-004-malomrade-god-halsa'],
        [
          'Övervikt och obesitas i befolkningen',
          'Fallskador bland äldre',
          'Vårdtillfälle/100 000 invånare',
          'RisKFörebyggande åtgärder i särskilt boende',
          'Antal sjukhusvårdade personer per 100 000, avsiktlig självdestruktiv handling',
          'Alkohol, narkotika, dopning, tobak och spel (ANDTS)',
          'Ofrivillig ensamhet',
          'Våldsutsatthet',
        ],
      ],
      ['Hälsofrämjande', ['topic-004-malomrade-god-halsa'], ['Självrapporterad hälsa', 'Andel hälsosamtal']],
      [
        'Kontinuitet',
        ['topic-004-malomrade-nara'],
        [
          'Kontinuitetsindex primärvårdsläkare, kronisk sjukdom',
          'Upplevd kontinuitet',
          'Personalkontinuitet, hemtjänst',
          'Samordning av vård- och omsorgskontakter',
          'Samordning av vårdkontakter, region',
        ],
      ],
      ['Rehabiliterande', ['topic-004-malomrade-god-halsa'], []],
      [
        'Samordning',
        ['topic-004-malomrade-tillsammans'],
        [
          'Antal Samordnad individuell plan (SIP)',
          'Utskrivningsklara patienter på sjukhus',
          'Oplanerade återinskrivningar',
          'Samordning av vård-och omsorgskontakter',
          'Samordning av vårdkontakter, region',
        ],
      ],
      [
        'Tillgänglighet',
        ['topic-004-malomrade-nara'],
        [
          'Medicinsk bedömning inom tre dagar, regionens primärvård',
          'Rapporterade distansbesök, region',
          'Möjlighet att träffa läkare vid behov i särskilt boende',
          'Läkarbesök i hemmet (inkl. särskilt boende)',
        ],
      ],
    ]);
  });

  // 004:426 "NSV beslutade den 11 mars 2022 om att godkänna målbilden för Nära vård i Sörmland." and 004:953
  // "11 mars 2022 | NSV beslutar att godkänna målbilden | ... diariern: NSV22-0008" (Tabell 8 at 004:945 says
  // "Beslut i NSV 22-02-11"; the seed follows the two sources that agree).
  // 004:528 "Länsstyrgruppen beslutade den 8 april att de gemensamma fokusområdena ... för 2023–2027 ska vara
  // personcentrering och hälsofrämjande och förebyggande." 004:954 "8 april 2022 | Länsstyrgruppen beslutar om fokusområden"
  test('NSV approved the målbild on 11 March 2022 (NSV22-0008) and Länsstyrgruppen chose the fokusområden on 8 April 2022 (004)', async () => {
    const malbild = await read('itemSteps', { item: 'item-004-malbild' });
    expect(malbild.filter((s) => s.kind === 'APPROVAL').map((s) => [s.date, s.body, s.registryNumber])).toEqual([['2022-03-11', 'body-nsv', 'NSV22-0008']]);
    const fokus = await read('itemSteps', { item: 'item-004-fokusomraden' });
    expect(fokus.filter((s) => s.kind === 'DECISION').map((s) => [s.date, s.body])).toEqual([['2022-04-08', 'body-lansstyrgruppen-sormland']]);
  });
});
