import { startTestApi, type TestApi } from './helpers';

/**
 * The agreements register over HTTP: effective end, notice deadline and status on a day,
 * and its filters. Expected answers are computed by hand from the validity terms as the
 * source documents in ../shared/sources/ write them (quoted as file:line), which the seed
 * structures in `terms`.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const REGISTER = `query($asOf: LocalDate, $filter: AgreementFilter, $window: Int! = 6) {
  agreements(asOf: $asOf, filter: $filter, noticeWindowMonths: $window, first: 500) {
    document { id } state { asOf status effectiveEnd noticeDeadline explanation } } }`;

async function register(asOf: string, filter: Record<string, unknown> = {}, window = 6): Promise<any[]> {
  return (await api.data(REGISTER, { asOf, filter, window })).agreements;
}
async function stateOf(id: string, asOf: string, window = 6): Promise<any> {
  const entry = (await register(asOf, {}, window)).find((e) => e.document.id === id);
  expect(entry).toBeDefined();
  return entry.state;
}
const docIds = (entries: any[]): string[] => entries.map((e) => e.document.id);

// Every document with validity terms in 002_032b4e42c1688560.txt (Jämtland): the Sammanfattning
// table's rows with a Giltighetstid, and the Gemensam hälso- och sjukvårdspolitik 2014-2025 and the
// Cosmic agreement named in the balanslista rows.
const JAMTLAND = [
  'doc-002-avtal-barnahus',
  'doc-002-avtal-in-och-utskrivning',
  'doc-002-avtal-medicinteknisk-utrustning',
  'doc-002-avtal-mini-maria',
  'doc-002-avtal-ungdomsmottagningen',
  'doc-002-gemensam-halso-och-sjukvardspolitik',
  'doc-002-gemensam-plan-handlingsplan-tjanstepersoner',
  'doc-002-gemensam-plan-sammanfattning',
  'doc-002-handlingsplan-kontinuitet',
  'doc-002-handlingsplan-psykisk-halsa',
  'doc-002-handlingsplan-suicidprevention',
  'doc-002-mtp-overenskommelsen',
  'doc-002-ok-anpassad-skola',
  'doc-002-ok-halsoundersokning-nyanlanda-barn',
  'doc-002-ok-jamtbus',
  'doc-002-ok-placerade-barn',
  'doc-002-ok-psykiska-funktionsnedsattningar',
  'doc-002-ok-riskbruk-missbruk-beroende',
  'doc-002-riktlinje-anmalningar-skola',
  'doc-002-riktlinje-barnhalsoteam',
  'doc-002-riktlinje-familjecentraler',
  'doc-002-riktlinje-oro-for-vantat-barn',
  'doc-002-riktlinje-samverkan-placerade-barn',
  'doc-002-riktlinjer-in-och-utskrivning',
  'doc-002-samverkansavtal-hemsjukvard',
  'doc-002-tillfallig-riktlinje-storsjoglantan',
  'doc-002-tillfalligt-avtal-cosmic',
];
// Every document with validity terms in Östergötland: 000's title page and Bilaga 2 (10), and
// 003's Samverkansdokument östra länsdelen ("Giltigt från och med: 2013-02-20 ... Tills vidare").
const OSTERGOTLAND = [
  'doc-000-arbetsplan-svo-2024-2025',
  'doc-000-avtal-gemensamt-hvb',
  'doc-000-avtal-hemsjukvard',
  'doc-000-avtal-lakarmedverkan',
  'doc-000-ok-barn-unga',
  'doc-000-ok-barn-unga-placerade',
  'doc-000-ok-psykisk-funktionsnedsattning-missbruk',
  'doc-000-ok-samrad-vard-omsorg',
  'doc-000-ok-utskrivning',
  'doc-000-ramavtal-ungdomshalsa',
  'doc-003-samverkansdokument-ostra-lansdelen',
];

describe('effective end, notice deadline and status', () => {
  // 000_97f0e728be22a798.txt:235: "Överenskommelse om samverkan kring barn och unga	2020-04-01 till 2023-12-31  Part som vill
  // säga upp avtalet eller göra förändringar i avtalet skall påkalla förhandling senast 12 månader före avtalstidens utgång.
  // Sker inte detta förlängs avtalet med två år i taget."
  // 2023-12-31 + 2 years = 2025-12-31 (the period running on 2024-09-01); 12 months before it = 2024-12-31.
  test('barn och unga on 2024-09-01: renewed to 2025-12-31, notice by 2024-12-31, in the notice window', async () => {
    expect(await stateOf('doc-000-ok-barn-unga', '2024-09-01')).toEqual({
      asOf: '2024-09-01',
      status: 'IN_NOTICE_WINDOW',
      effectiveEnd: '2025-12-31',
      noticeDeadline: '2024-12-31',
      explanation: 'Notice must be given by 2024-12-31 or it runs to 2025-12-31 and renews.',
    });
  });

  // Same row, the same day: the status and why, in Swedish (as the explorer shows them) and English.
  test('barn och unga on 2024-09-01: the status and its explanation in Swedish and English', async () => {
    const { agreements } = await api.data(
      `{ agreements(asOf: "2024-09-01", first: 500) { document { id } state { status explanation statusLabel { sv en } explanationText { sv en } } } }`,
    );
    expect(agreements.find((e: any) => e.document.id === 'doc-000-ok-barn-unga').state).toEqual({
      status: 'IN_NOTICE_WINDOW',
      explanation: 'Notice must be given by 2024-12-31 or it runs to 2025-12-31 and renews.',
      statusLabel: { sv: 'Uppsägningsfönster – agera nu', en: 'In the notice window – act now' },
      explanationText: {
        sv: 'Säg upp senast 2024-12-31, annars löper det till 2025-12-31 och förlängs.',
        en: 'Notice must be given by 2024-12-31 or it runs to 2025-12-31 and renews.',
      },
    });
    // Every status the register gives that day has its words in both languages, and no Swedish text is the English one.
    for (const { state } of agreements) {
      expect(state.statusLabel.sv).not.toBe(state.statusLabel.en);
      expect(state.explanationText.en).toBe(state.explanation);
      expect(state.explanationText.sv).not.toBe(state.explanationText.en);
    }
  });

  // 002_032b4e42c1688560.txt:101: "Länsöverenskommelse Riskbruk, missbruk och beroende 2021-2023	2021-2023 (förlängd tom 31/12 2024)"
  test('the extended Jämtland riskbruk agreement in Swedish: "Gäller t.o.m. 2024-12-31.", then "Upphörde 2024-12-31."', async () => {
    const SV = `query($asOf: LocalDate) { agreements(asOf: $asOf, first: 500) { document { id } state { statusLabel { sv } explanationText { sv } } } }`;
    const sv = async (asOf: string) =>
      (await api.data(SV, { asOf })).agreements.find((e: any) => e.document.id === 'doc-002-ok-riskbruk-missbruk-beroende').state;
    expect(await sv('2024-12-31')).toEqual({ statusLabel: { sv: 'Gäller' }, explanationText: { sv: 'Gäller t.o.m. 2024-12-31.' } });
    expect(await sv('2025-01-01')).toEqual({ statusLabel: { sv: 'Har upphört' }, explanationText: { sv: 'Upphörde 2024-12-31.' } });
  });

  // Same row: once 2024-12-31 has passed without notice, the agreement runs on to 2025-12-31 and then renews.
  test('barn och unga on 2025-02-01: the deadline has passed, it renews after 2025-12-31', async () => {
    expect(await stateOf('doc-000-ok-barn-unga', '2025-02-01')).toEqual({
      asOf: '2025-02-01',
      status: 'PAST_NOTICE_RENEWING',
      effectiveEnd: '2025-12-31',
      noticeDeadline: '2024-12-31',
      explanation: 'Notice deadline 2024-12-31 has passed; it renews after 2025-12-31.',
    });
  });

  // Same row; the notice window is the 6 months (by default) before the deadline 2024-12-31, i.e. from 2024-06-30.
  test('the notice window opens six months before the deadline, or as many months as asked', async () => {
    expect((await stateOf('doc-000-ok-barn-unga', '2024-06-29')).status).toBe('ACTIVE');
    expect((await stateOf('doc-000-ok-barn-unga', '2024-06-30')).status).toBe('IN_NOTICE_WINDOW');
    expect((await stateOf('doc-000-ok-barn-unga', '2024-12-31')).status).toBe('IN_NOTICE_WINDOW');
    expect((await stateOf('doc-000-ok-barn-unga', '2024-06-29', 12)).status).toBe('IN_NOTICE_WINDOW');
  });

  // 000_97f0e728be22a798.txt:229: "Avtal läkarmedverkan kommunal hälso- och sjukvård	2022-01-01 och tills vidare ... Uppsägningstid är ett år från uppsägningdatum."
  // 003_a2522b93327256eb.txt:5: "Giltigt från och med: 2013-02-20 Giltigt till och med: Tills vidare"
  test('an agreement until further notice has no end and no deadline, whatever the day', async () => {
    expect(await stateOf('doc-000-avtal-lakarmedverkan', '2024-09-01')).toEqual({
      asOf: '2024-09-01',
      status: 'UNTIL_FURTHER_NOTICE',
      effectiveEnd: null,
      noticeDeadline: null,
      explanation: "Runs until further notice with 12 months' notice.",
    });
    expect(await stateOf('doc-003-samverkansdokument-ostra-lansdelen', '2030-01-01')).toMatchObject({ status: 'UNTIL_FURTHER_NOTICE', effectiveEnd: null });
    // Before its start (2013-02-20) it has not started.
    expect(await stateOf('doc-003-samverkansdokument-ostra-lansdelen', '2013-02-19')).toMatchObject({ status: 'NOT_STARTED' });
  });

  // 002_032b4e42c1688560.txt:101: "Länsöverenskommelse Riskbruk, missbruk och beroende 2021-2023	2021-2023 (förlängd tom 31/12 2024)"
  // :51: "Giltig tom 31/12 2024. SVOM 8/12 2023 - beslut om förlängning."
  test('the extended Jämtland riskbruk agreement is ACTIVE through 2024-12-31 and EXPIRED on 2025-01-01', async () => {
    expect(await stateOf('doc-002-ok-riskbruk-missbruk-beroende', '2024-12-31')).toEqual({
      asOf: '2024-12-31',
      status: 'ACTIVE',
      effectiveEnd: '2024-12-31',
      noticeDeadline: null,
      explanation: 'In force until 2024-12-31.',
    });
    expect(await stateOf('doc-002-ok-riskbruk-missbruk-beroende', '2025-01-01')).toEqual({
      asOf: '2025-01-01',
      status: 'EXPIRED',
      effectiveEnd: '2024-12-31',
      noticeDeadline: null,
      explanation: 'Ended 2024-12-31.',
    });
  });

  // 000_97f0e728be22a798.txt:235 (as above) and 002_032b4e42c1688560.txt:101: Document.state gives the register's answer.
  test("a document's own state field agrees with the register", async () => {
    const { a, b } = await api.data(`{
      a: node(id: "doc-000-ok-barn-unga") { ... on Document { state(asOf: "2024-09-01") { status effectiveEnd noticeDeadline } } }
      b: node(id: "doc-002-ok-riskbruk-missbruk-beroende") { ... on Document { state(asOf: "2025-01-01") { status effectiveEnd noticeDeadline } } }
    }`);
    expect(a.state).toEqual({ status: 'IN_NOTICE_WINDOW', effectiveEnd: '2025-12-31', noticeDeadline: '2024-12-31' });
    expect(b.state).toEqual({ status: 'EXPIRED', effectiveEnd: '2024-12-31', noticeDeadline: null });
  });
});

describe('register filters', () => {
  // Ends in December 2024 as of 2024-09-01:
  // 000_97f0e728be22a798.txt:236 Ramavtal ungdomshälsa "2021-01-01- till 2022-12-30 ... förlängs avtalet med två år i taget" → 2024-12-30;
  // :228 barn och unga 0-20 år "2020-06-01 till 2022-12-31 ... automatisk förlängning i två år" → 2024-12-31;
  // 002_032b4e42c1688560.txt:101, :102, :105 "förlängd/förlängt tom 2024-12-31"; :106 in- och utskrivning "2019 (förlängt t.o.m. 2024-12-31)";
  // :109 medicinteknisk utrustning "2013-2015 (förlängs automatiskt på årsbasis)" → 2024-12-31; :130 MTP "Tom 2024-12-31";
  // :34 Cosmic "giltigt tom 31/12 2024". Ordered by nearest notice deadline, then end, then id.
  test('endsFrom/endsTo: the agreements whose period ends in December 2024', async () => {
    expect(docIds(await register('2024-09-01', { endsFrom: '2024-12-01', endsTo: '2024-12-31' }))).toEqual([
      'doc-000-ramavtal-ungdomshalsa',
      'doc-000-ok-barn-unga-placerade',
      'doc-002-avtal-in-och-utskrivning',
      'doc-002-avtal-medicinteknisk-utrustning',
      'doc-002-mtp-overenskommelsen',
      'doc-002-ok-psykiska-funktionsnedsattningar',
      'doc-002-ok-riskbruk-missbruk-beroende',
      'doc-002-samverkansavtal-hemsjukvard',
      'doc-002-tillfalligt-avtal-cosmic',
    ]);
  });

  // 000_97f0e728be22a798.txt:235 (barn och unga, deadline 2024-12-31) and :233 (psykisk funktionsnedsättning och missbruk:
  // "2018-01-01 till 2021-12-31, därefter förlängd till 2023-12-31. Förlängs med två år om ingen part säger upp. Uppsägningstid 1 år."
  // → runs to 2025-12-31, notice by 2024-12-31).
  test('noticeFrom/noticeTo: the agreements whose notice deadline falls in 2024', async () => {
    const entries = await register('2024-09-01', { noticeFrom: '2024-01-01', noticeTo: '2024-12-31' });
    expect(entries.map((e) => [e.document.id, e.state.noticeDeadline, e.state.effectiveEnd])).toEqual([
      ['doc-000-ok-barn-unga', '2024-12-31', '2025-12-31'],
      ['doc-000-ok-psykisk-funktionsnedsattning-missbruk', '2024-12-31', '2025-12-31'],
    ]);
  });

  // 002_032b4e42c1688560.txt:102 "Överenskommelse om samarbete mellan kommunerna i Jämtlands län och Region Jämtland Härjedalen ...";
  // :105 "Samverkansavtal mellan Region Jämtland Härjedalen och kommunerna i Jämtlands län gällande hemsjukvård."
  // 000_97f0e728be22a798.txt:227-230: the samråd, barn och unga 0-20 år and utskrivning agreements are between Region Östergötland and the municipalities;
  // :229, :233-236, :239 name their parties only as "parterna", "part", "avtalsparterna", "Regionen och kommunerna", "Landstinget och kommunerna",
  // read (inferred) with :208 "andra är länsövergripande och tecknade mellan Region Östergötland och länets kommuner" as the region and the 13.
  test('party: Region Jämtland Härjedalen, and Linköpings kommun', async () => {
    expect(docIds(await register('2024-09-01', { party: 'org-region-23' }))).toEqual([
      'doc-002-ok-psykiska-funktionsnedsattningar',
      'doc-002-samverkansavtal-hemsjukvard',
    ]);
    expect(docIds(await register('2024-09-01', { party: 'org-kommun-0580' })).sort()).toEqual([
      'doc-000-avtal-gemensamt-hvb',
      'doc-000-avtal-hemsjukvard',
      'doc-000-avtal-lakarmedverkan',
      'doc-000-ok-barn-unga',
      'doc-000-ok-barn-unga-placerade',
      'doc-000-ok-psykisk-funktionsnedsattning-missbruk',
      'doc-000-ok-samrad-vard-omsorg',
      'doc-000-ok-utskrivning',
      'doc-000-ramavtal-ungdomshalsa',
    ]);
  });

  // 000_97f0e728be22a798.txt Bilaga 2, Ansvar column "LGVO Att växa upp": rows barn och unga 0-20 år, gemensamt HVB,
  // samverkan kring barn och unga, ramavtal ungdomshälsa.
  test('responsible: the four agreements LGVO Att växa upp is responsible for', async () => {
    expect(docIds(await register('2024-09-01', { responsible: 'body-lgvo-att-vaxa-upp' })).sort()).toEqual([
      'doc-000-avtal-gemensamt-hvb',
      'doc-000-ok-barn-unga',
      'doc-000-ok-barn-unga-placerade',
      'doc-000-ramavtal-ungdomshalsa',
    ]);
  });

  // 002_032b4e42c1688560.txt is Jämtland's balanslista; none of its agreements concerns Östergötland or Sörmland, and none of
  // 000's or 003's (Östergötland) or 004's (Sörmland) concerns Jämtland.
  test('area: area-23 gives only the Jämtland agreements', async () => {
    expect(docIds(await register('2024-09-01', { area: 'area-23' })).sort()).toEqual(JAMTLAND);
  });

  // 000_97f0e728be22a798.txt Bilaga 2 (Östergötland) and 003_a2522b93327256eb.txt:5 (östra länsdelen, inside Östergötland).
  test('area: area-05 gives only the Östergötland agreements, including the one for östra länsdelen', async () => {
    expect(docIds(await register('2024-09-01', { area: 'area-05' })).sort()).toEqual(OSTERGOTLAND);
  });

  // As computed above for 2024-09-01: barn och unga and psykisk funktionsnedsättning are in the window;
  // ramavtal ungdomshälsa (deadline 2023-12-30) and barn och unga 0-20 år (deadline 2023-12-31) are past it.
  test('statuses: those in the notice window or past it on 2024-09-01', async () => {
    const entries = await register('2024-09-01', { statuses: ['IN_NOTICE_WINDOW', 'PAST_NOTICE_RENEWING'] });
    expect(entries.map((e) => [e.document.id, e.state.status, e.state.noticeDeadline])).toEqual([
      ['doc-000-ramavtal-ungdomshalsa', 'PAST_NOTICE_RENEWING', '2023-12-30'],
      ['doc-000-ok-barn-unga-placerade', 'PAST_NOTICE_RENEWING', '2023-12-31'],
      ['doc-000-ok-barn-unga', 'IN_NOTICE_WINDOW', '2024-12-31'],
      ['doc-000-ok-psykisk-funktionsnedsattning-missbruk', 'IN_NOTICE_WINDOW', '2024-12-31'],
    ]);
  });

  test('first outside 1–500 is BAD_USER_INPUT', async () => {
    for (const first of [0, 501]) {
      const { errors } = await api.gql(`{ agreements(asOf: "2024-09-01", first: ${first}) { document { id } } }`);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });
});

describe('an explicit null filter', () => {
  // A client that sends `filter: null` (a form with no filter chosen) means no filter, as when it leaves it out.
  test('agreements(filter: null) answers as agreements without a filter', async () => {
    const none = (await api.data('{ agreements(asOf: "2024-09-01", first: 500) { document { id } } }')).agreements;
    const nulled = (await api.data('{ agreements(asOf: "2024-09-01", filter: null, first: 500) { document { id } } }')).agreements;
    expect(none.length).toBeGreaterThan(0);
    expect(nulled).toEqual(none);
  });

  test('bodies(filter: null) answers as bodies without a filter', async () => {
    const none = (await api.data('{ bodies(first: 20) { nodes { id } } }')).bodies.nodes;
    const nulled = (await api.data('{ bodies(first: 20, filter: null) { nodes { id } } }')).bodies.nodes;
    expect(none).toHaveLength(20);
    expect(nulled).toEqual(none);
  });
});
