import { ids, sorted, startTestApi, type TestApi, OSTERGOTLAND_MUNICIPALITIES } from './helpers';

/**
 * Items of business over HTTP: who prepares, who decides and how, their dated steps, who
 * holds them; a body's work (items prepared and decided, commissions issued and received,
 * overdue ones). Expected answers come from the source documents in ../shared/sources/
 * (quoted as file:line) and match the seed files in seed/.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const ITEM = (id: string, fields: string) => `{ node(id: "${id}") { ... on Item { ${fields} } } }`;

describe('the approval of SVO work plan 2024–2025 (item-001)', () => {
  // 001_66273cec3dad0122.txt:29: "Samrådets arbetsplan för 2024 – 2025 har skickats till Region Östergötlands hälso- och
  // sjukvårdsnämnd och länets kommuner för godkännande." :31 "Arbetsplanen är framtagen gemensamt mellan länets kommuner och regionen."
  // :3 "Socialförvaltningen", :50 "Samrådet tar fram tvååriga arbetsplaner", closing block "Vård- och äldreomsorgsförvaltningen"
  test('SVO and the two administrations that wrote the memo prepare it', async () => {
    const { node } = await api.data(ITEM('item-001-godkannande-arbetsplan', 'preparedBy { __typename id }'));
    expect(node.preparedBy).toEqual([
      { __typename: 'Body', id: 'body-svo' },
      { __typename: 'Organisation', id: 'org-001-socialforvaltningen' },
      { __typename: 'Organisation', id: 'org-001-vard-och-aldreomsorgsforvaltningen' },
    ]);
  });

  // 001_66273cec3dad0122.txt:18: "1. Arbetsplan för samråd vård och omsorg för 2024 - 2025 tillstyrks." (SON)
  // :22-23: "1. ... godkänns. 2. Beslutet förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet godkänner arbetsplanen." (VÄN)
  // :29: sent "till Region Östergötlands hälso- och sjukvårdsnämnd och länets kommuner för godkännande"
  test('VÄN approves on the condition as written, SON endorses, the region HSN and the 13 municipalities approve', async () => {
    const { node } = await api.data(ITEM('item-001-godkannande-arbetsplan', 'decidedBy { kind condition decider { __typename id } sources { sourceId } }'));
    const byId = Object.fromEntries(node.decidedBy.map((d: any) => [d.decider.id, d]));
    expect(node.decidedBy).toHaveLength(16);
    expect(byId['body-001-vard-och-aldreomsorgsnamnden']).toEqual({
      kind: 'APPROVES',
      condition: 'Beslutet förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet godkänner arbetsplanen.',
      decider: { __typename: 'Body', id: 'body-001-vard-och-aldreomsorgsnamnden' },
      sources: [{ sourceId: 'src-001' }],
    });
    expect(byId['body-001-social-och-omsorgsnamnden']).toEqual({
      kind: 'ENDORSES',
      condition: null,
      decider: { __typename: 'Body', id: 'body-001-social-och-omsorgsnamnden' },
      sources: [{ sourceId: 'src-001' }],
    });
    expect(byId['body-region-05-hsn']).toMatchObject({ kind: 'APPROVES', condition: null, decider: { __typename: 'Body' } });
    for (const municipality of OSTERGOTLAND_MUNICIPALITIES) {
      expect(byId[municipality]).toMatchObject({ kind: 'APPROVES', condition: null, decider: { __typename: 'Organisation' } });
    }
  });

  // 001_66273cec3dad0122.txt:6 "2024-01-25", :8 "Dnr SON 2024-220", :9 "Dnr VÄN 2024-378", :18 and :22-23 (the two proposals);
  // :29 "har skickats ... för godkännande" (no date given, so it comes last)
  test('its steps come in date order with their registry numbers and bodies; the undated step last', async () => {
    const { node } = await api.data(
      ITEM('item-001-godkannande-arbetsplan', 'steps { id kind date { text precision } registryNumber paragraph body { id } text }'),
    );
    expect(node.steps.map((s: any) => [s.id, s.kind, s.date?.text ?? null, s.registryNumber, s.body?.id ?? null])).toEqual([
      ['step-001-forslag-son', 'PROPOSAL', '2024-01-25', 'SON 2024-220', 'body-001-social-och-omsorgsnamnden'],
      ['step-001-forslag-van', 'PROPOSAL', '2024-01-25', 'VÄN 2024-378', 'body-001-vard-och-aldreomsorgsnamnden'],
      ['step-001-arbetsplan-skickad-for-godkannande', 'OTHER', null, null, null],
    ]);
    expect(node.steps[0].text).toBe('Förslag till social- och omsorgsnämndens beslut: 1. Arbetsplan för samråd vård och omsorg för 2024 - 2025 tillstyrks.');
    expect(node.steps[0].date.precision).toBe('DAY');
  });

  // 001_66273cec3dad0122.txt:6 "2024-01-25": no step is dated earlier. The item records no holder, so heldBy is the body
  // of the latest step on the day; the two proposals share the date and steps of one date go in id order (SON, then VÄN).
  test('heldBy is nobody before the memo and the committee of its latest step after it', async () => {
    const { node } = await api.data(
      ITEM('item-001-godkannande-arbetsplan', 'before: heldBy(asOf: "2024-01-24") { id } after: heldBy(asOf: "2024-02-01") { id }'),
    );
    expect(node).toEqual({ before: null, after: { id: 'body-001-vard-och-aldreomsorgsnamnden' } });
  });
});

describe('Jämtland: Nytt Samverkansavtal hemsjukvård (balanslista SVOM 2024)', () => {
  // 002_032b4e42c1688560.txt:16: "Nytt Samverkansavtal hemsjukvård ... Beredande forum: Fredagsgruppen ... Uppföljning:
  // Avtal giltigt t.om. 31/12 2024. SVOM 9/6 2023 – rek-beslut förlängning nuvarande avtal SVOM 2023 och 23/2 2024-rapport
  // pågående arbete SVOM 3/6 2024 – beslut om remiss SVOM 11/10 2024 - rekommendationsbeslut nytt avtal from 1/1 2025."
  test('its dated SVOM steps come in date order, each at its meeting; "SVOM 2023" (year only) sorts by its first day', async () => {
    const { node } = await api.data(
      ITEM(
        'item-002-samverkansavtal-hemsjukvard',
        'title preparedBy { id } decidedBy { kind decider { id } } steps { id kind date { text earliest } body { id } meeting { id } text }',
      ),
    );
    expect(node.title).toBe('Nytt Samverkansavtal hemsjukvård');
    expect(node.preparedBy).toEqual([{ id: 'body-fredagsgruppen' }]);
    expect(node.decidedBy).toEqual([{ kind: 'RECOMMENDS', decider: { id: 'body-svom' } }]);
    expect(node.steps.map((s: any) => [s.date.text, s.kind, s.body.id, s.meeting?.id ?? null, s.text])).toEqual([
      ['2023', 'REPORT', 'body-svom', null, 'SVOM 2023 och 23/2 2024-rapport pågående arbete'],
      ['2023-06-09', 'RECOMMENDATION_DECISION', 'body-svom', 'meeting-002-svom-2023-06-09', 'SVOM 9/6 2023 – rek-beslut förlängning nuvarande avtal'],
      ['2024-02-23', 'REPORT', 'body-svom', 'meeting-002-svom-2024-02-23', 'SVOM 2023 och 23/2 2024-rapport pågående arbete'],
      ['2024-06-03', 'REFERRAL', 'body-svom', 'meeting-002-svom-2024-06-03', 'SVOM 3/6 2024 – beslut om remiss'],
      [
        '2024-10-11',
        'RECOMMENDATION_DECISION',
        'body-svom',
        'meeting-002-svom-2024-10-11',
        'SVOM 11/10 2024 - rekommendationsbeslut nytt avtal from 1/1 2025.',
      ],
    ]);
    expect(node.steps[0].date.earliest).toBe('2023-01-01');
  });

  // 002_032b4e42c1688560.txt:51: "Giltig tom 31/12 2024. SVOM 8/12 2023 - beslut om förlängning. Fredagsgruppen och SamReKo HSI
  // 9/2 2024 - beslut om plan för revidering av ök 2024. ... Uppdrag att se över ök ... Prel. SVOM 11/10 2024 - rekommendationsbeslut ny ök från 1/1 2025."
  test('the riskbruk agreement item: SVOM extension, the two forums deciding on 9/2 2024, SVOM 11/10 2024, the undated commission last', async () => {
    const { node } = await api.data(ITEM('item-002-ok-riskbruk-missbruk-beroende', 'steps { id kind date { text } body { id } }'));
    expect(node.steps.map((s: any) => [s.kind, s.date?.text ?? null, s.body?.id ?? null])).toEqual([
      ['EXTENSION', '2023-12-08', 'body-svom'],
      ['DECISION', '2024-02-09', 'body-fredagsgruppen'],
      ['DECISION', '2024-02-09', 'body-samreko-hsi'],
      ['RECOMMENDATION_DECISION', '2024-10-11', 'body-svom'],
      ['COMMISSION_ISSUED', null, null],
    ]);
  });
});

describe("a body's work", () => {
  // 001_66273cec3dad0122.txt:50: "Samrådet tar fram tvååriga arbetsplaner" — the only item SVO prepares.
  // 000_97f0e728be22a798.txt: activities SVO decides: (a)4 "Ta ställning till behov av ytterligare samverkansarenor";
  // (b)3 "vid behov fatta gemensamma beslut", (b)4 "Fatta beslut om revidering", (b)5 "fatta beslut om upphandling";
  // (e)4, (e)5, (e)6 "vid behov fatta gemensamma beslut", (e)7 "ta ställning till behov av lokala förberedelser";
  // (f)1, (f)2 "som grund för ställningstagande".
  test('SVO prepares the work plan approval and decides ten of its own activities', async () => {
    const { body } = await api.data('{ body(id: "body-svo") { itemsPrepared { id } itemsDecided { id } } }');
    expect(ids(body.itemsPrepared)).toEqual(['item-001-godkannande-arbetsplan']);
    expect(sorted(ids(body.itemsDecided))).toEqual([
      'item-000-gapanalys-kognitiv-svikt',
      'item-000-gapanalys-palliativ',
      'item-000-gemensamt-boende',
      'item-000-justering-ok-utskrivning',
      'item-000-korttidsvistelse-lss',
      'item-000-ramavtal-barn-ungdomshalsa',
      'item-000-revidering-regelverk-hjalpmedel',
      'item-000-samsjuklighetsutredningen',
      'item-000-upphandling-hjalpmedel',
      'item-000-ytterligare-samverkansarenor',
    ]);
  });

  // 000_97f0e728be22a798.txt:159: "3. Uppdra till LGVO att återkomma med förslag till justeringar ..."; :193 "1. Ge uppdrag till LGVO att
  // återkomma med en gapanalys med fokus på den palliativa vården"; :194 "2. Ge uppdrag till LGVO att återkomma med gapanalys med fokus på kognitiv svikt"
  // :181 "Utredningsuppdrag gavs av strategiska ledningsgruppen i november 2023"; "LGVO ombeds att ge återkoppling till SVO i samband med SVO-mötet i december 2024"
  test('SVO issues three commissions to LGVO; LGVO receives those and the strategiska ledningsgruppen one', async () => {
    const { svo, lgvo } = await api.data(`{
      svo: body(id: "body-svo") { commissionsIssued { id issuedBy { id } assignedTo { id } reportTo { id } } }
      lgvo: body(id: "body-lgvo") { commissionsReceived { id issuedBy { id } status } ongoing: commissionsReceived(status: [ONGOING]) { id } }
    }`);
    const fromSvo = ['commission-000-gapanalys-kognitiv-svikt', 'commission-000-gapanalys-palliativ', 'commission-000-justering-utskrivning'];
    expect(sorted(ids(svo.commissionsIssued))).toEqual(fromSvo);
    for (const c of svo.commissionsIssued) {
      expect(c).toMatchObject({ issuedBy: [{ id: 'body-svo' }], assignedTo: [{ id: 'body-lgvo' }], reportTo: [{ id: 'body-svo' }] });
    }
    expect(sorted(ids(lgvo.commissionsReceived))).toEqual(sorted([...fromSvo, 'commission-000-utredning-samverkansstruktur-barn-unga']));
    expect(lgvo.commissionsReceived.find((c: any) => c.id === 'commission-000-utredning-samverkansstruktur-barn-unga').issuedBy).toEqual([
      { id: 'body-strategiska-ledningsgruppen' },
    ]);
    expect(ids(lgvo.ongoing)).toEqual(['commission-000-utredning-samverkansstruktur-barn-unga']);
  });

  // 000_97f0e728be22a798.txt:181: the utredning is due "i samband med SVO-mötet i december 2024" (last possible day 2024-12-31);
  // SVO's own three commissions carry no due date, so they are never overdue.
  test('overdueAsOf: the utredning LGVO received is overdue only after December 2024', async () => {
    const { lgvo } = await api.data(`{ lgvo: body(id: "body-lgvo") {
      lastDay: commissionsReceived(overdueAsOf: "2024-12-31") { id }
      dayAfter: commissionsReceived(overdueAsOf: "2025-01-01") { id due { text latest } dueMeeting { id } overdue(asOf: "2025-01-01") }
    } }`);
    expect(lgvo.lastDay).toEqual([]);
    expect(lgvo.dayAfter).toEqual([
      {
        id: 'commission-000-utredning-samverkansstruktur-barn-unga',
        due: { text: '2024-12', latest: '2024-12-31' },
        dueMeeting: { id: 'meeting-000-svo-2024-12' },
        overdue: true,
      },
    ]);
  });

  // 002_032b4e42c1688560.txt:57-58: "SVOM 8/12 2023 - Kort rapport och uppdrag ... uppdras att återkomma med förslag"; :103 "rapport höst 2024"
  // (autumn ends 2024-11-30); :34: "Fredagsgruppen 21/10 2024 – förslag om fortsatt utveckling Cosmic"
  test("overdueAsOf in Jämtland: SVOM's handlingsplan commission after autumn 2024, Fredagsgruppen's Cosmic commission after 21/10 2024", async () => {
    const { svom, fg } = await api.data(`{
      svom: body(id: "body-svom") { all: commissionsIssued { id } lastDay: commissionsIssued(overdueAsOf: "2024-11-30") { id } dayAfter: commissionsIssued(overdueAsOf: "2024-12-01") { id } }
      fg: body(id: "body-fredagsgruppen") { lastDay: commissionsIssued(overdueAsOf: "2024-10-21") { id } dayAfter: commissionsIssued(overdueAsOf: "2024-10-22") { id } }
    }`);
    expect(sorted(ids(svom.all))).toEqual([
      'commission-002-atgarder-socialtjanst-vuxenpsykiatri',
      'commission-002-omarbeta-handlingsplaner-psykisk-halsa',
      'commission-002-rutin-efterlevandestod',
    ]);
    expect(svom.lastDay).toEqual([]);
    expect(ids(svom.dayAfter)).toEqual(['commission-002-omarbeta-handlingsplaner-psykisk-halsa']);
    expect(fg.lastDay).toEqual([]);
    expect(ids(fg.dayAfter)).toEqual(['commission-002-cosmic-fortsatt-samverkan']);
  });
});

describe('Sörmland: NSV approves the final report Nära vård', () => {
  // 004_faaef7745464eccc.txt:15: "Nämndens för samverkan kring socialtjänst och vård beslut 2023-06-16 § 16/23"
  // :1320-1326: "## § 16/23 Godkännande av slutrapport Nära vård / Diarienummer: NSV23-0020 / ... Projektrapport Nära vård i Sörmland godkänns med tillägget ..."
  test('the decision of 2023-06-16 § 16/23 is a step with its registry number, paragraph, body and meeting', async () => {
    const { node } = await api.data(`{ node(id: "step-004-slutrapport-3") { ... on Step {
      kind date { text } registryNumber paragraph text body { id ... on Body { name } } meeting { id ... on Meeting { date { text } } } item { id } documents { id }
    } } }`);
    expect(node).toMatchObject({
      kind: 'APPROVAL',
      date: { text: '2023-06-16' },
      registryNumber: 'NSV23-0020',
      paragraph: '§ 16/23',
      body: { id: 'body-nsv', name: 'Nämnden för samverkan kring socialtjänst och vård' },
      meeting: { id: 'meeting-004-nsv-2023-06-16', date: { text: '2023-06-16' } },
      item: { id: 'item-004-slutrapport-nara-vard' },
    });
    expect(node.text.startsWith('Projektrapport Nära vård i Sörmland godkänns med tillägget I Sörmland initierade "NSV"')).toBe(true);
    expect(sorted(ids(node.documents))).toEqual(['doc-004-nsv-paragraf-16-23', 'doc-004-projektrapport-nara-vard']);
  });

  // 004_faaef7745464eccc.txt:1284-1288: tjänsteskrivelse "2023-06-08" / "NSV23-0020-1"; § 16/23 (2023-06-16);
  // :5-16: "Meddelanden till kommunstyrelsen 2023-08-29 ... KSKF/2023:126 Nämndens ... beslut 2023-06-16 § 16/23"
  test('the item runs from the proposal of 2023-06-08 to the message to Eskilstuna kommunstyrelse on 2023-08-29', async () => {
    const { node } = await api.data(
      ITEM(
        'item-004-slutrapport-nara-vard',
        'registryNumbers decidedBy { kind decider { id } } steps { kind date { text } registryNumber paragraph body { id } }',
      ),
    );
    expect(node.registryNumbers).toEqual(['NSV23-0020', 'KSKF/2023:126']);
    expect(node.decidedBy).toEqual([{ kind: 'APPROVES', decider: { id: 'body-nsv' } }]);
    expect(node.steps).toEqual([
      { kind: 'PROPOSAL', date: { text: '2023-06-08' }, registryNumber: 'NSV23-0020-1', paragraph: null, body: { id: 'body-lrs-sormland' } },
      { kind: 'PROPOSAL', date: { text: '2023-06-16' }, registryNumber: 'NSV23-0020', paragraph: '§ 16/23', body: { id: 'body-nsv' } },
      { kind: 'APPROVAL', date: { text: '2023-06-16' }, registryNumber: 'NSV23-0020', paragraph: '§ 16/23', body: { id: 'body-nsv' } },
      { kind: 'INFORMATION', date: { text: '2023-08-29' }, registryNumber: 'KSKF/2023:126', paragraph: null, body: { id: 'body-kommun-0484-ks' } },
    ]);
  });
});
