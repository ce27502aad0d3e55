import { startTestApi, type TestApi } from './helpers';
import { warmUp } from './analysis-warm-up';

/**
 * Analysing overlapping mandates, against the seeded graph. Every expected answer is checked
 * against the seed files: mandates of Sörmland's joint structure on Nära vård (004), the
 * approval of SVO's work plan (001), the OSÖ chairs who sit in SSÖ (003).
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await warmUp(api);
});
afterAll(() => api.close());

/** A remit overlap in one line: classification, the two bodies and the two mandates. */
const line = (o: any): string => `${o.classification} ${o.bodyA.id} ${o.bodyB.id} ${o.mandateA.id} ${o.mandateB.id}`;
const LINE_FIELDS = 'classification bodyA { id } bodyB { id } mandateA { id } mandateB { id }';

describe('remit overlaps', () => {
  test('Sörmland has four duplications and eleven fragmentations, duplications first: ten on Nära vård, FoUiS and LRS on kunskapsstyrning, two Eskilstuna committees word for word', async () => {
    const { remitOverlaps } = await api.data(`{ remitOverlaps(filter: { area: "area-04" }) { ${LINE_FIELDS} } }`);
    expect(remitOverlaps.map(line)).toEqual([
      // Tagged from their texts: "kunskapsutveckling, kunskapsstyrning" (LRS) and "evidensbaserad praktik", "forsknings" (FoUiS).
      'DUPLICATION body-fouis body-lrs-sormland mandate-004-fouis-yta mandate-004-lrs-uppdrag',
      'DUPLICATION body-lansstyrgruppen-sormland body-nsv mandate-004-lansstyrgruppen-figur4 mandate-004-nsv-malbild',
      'DUPLICATION body-lrs-sormland body-samverkansstrukturen-sormland mandate-004-lrs-processledning mandate-004-samverkansstrukturen-arena',
      'DUPLICATION body-projekt-nara-vard-i-sormland body-samverkansstrukturen-sormland mandate-004-projektet-syfte mandate-004-samverkansstrukturen-arena',
      // "Tillämpningsanvisningarna bereds av arvodeskommittén och antas av personalutskottet." in both: the same text, no capacity in common.
      'FRAGMENTATION body-kommun-0484-arvodeskommitten body-kommun-0484-personalutskottet mandate-004-arvodeskommitten-bereder mandate-004-personalutskottet-antar',
      'FRAGMENTATION body-lansstyrgruppen-sormland body-lrs-sormland mandate-004-lansstyrgruppen-figur4 mandate-004-lrs-processledning',
      'FRAGMENTATION body-lansstyrgruppen-sormland body-natverket-nara-vard-i-sormland mandate-004-lansstyrgruppen-figur4 mandate-004-natverket-dialogpart',
      'FRAGMENTATION body-lansstyrgruppen-sormland body-projekt-nara-vard-i-sormland mandate-004-lansstyrgruppen-figur4 mandate-004-projektet-syfte',
      'FRAGMENTATION body-lrs-sormland body-natverket-nara-vard-i-sormland mandate-004-lrs-processledning mandate-004-natverket-dialogpart',
      'FRAGMENTATION body-lrs-sormland body-nsv mandate-004-lrs-processledning mandate-004-nsv-malbild',
      'FRAGMENTATION body-natverket-nara-vard-i-sormland body-nsv mandate-004-natverket-dialogpart mandate-004-nsv-malbild',
      'FRAGMENTATION body-natverket-nara-vard-i-sormland body-projekt-nara-vard-i-sormland mandate-004-natverket-dialogpart mandate-004-projektet-syfte',
      'FRAGMENTATION body-natverket-nara-vard-i-sormland body-samverkansstrukturen-sormland mandate-004-natverket-dialogpart mandate-004-samverkansstrukturen-arena',
      'FRAGMENTATION body-nsv body-projekt-nara-vard-i-sormland mandate-004-nsv-malbild mandate-004-projektet-syfte',
      'FRAGMENTATION body-nsv body-samverkansstrukturen-sormland mandate-004-nsv-malbild mandate-004-samverkansstrukturen-arena',
    ]);
  });

  test('a duplication says why: shared capacity and topic, both areas, the open period, both mandate texts and their sources', async () => {
    const { remitOverlaps } = await api.data(`{
      remitOverlaps(filter: { topic: "topic-004-nara-vard" }, classifications: [DUPLICATION], first: 1) {
        classification bodyA { name } bodyB { name }
        mandateA { text sources { sourceId locator } } mandateB { text sources { sourceId locator } }
        areaA { id } areaB { id } sharedCapacities sharedTopics { id } relatedTopics { broader { id } } period { from to } similarity { score }
      }
    }`);
    expect(remitOverlaps).toEqual([
      {
        classification: 'DUPLICATION',
        bodyA: { name: 'Länsstyrgruppen' },
        bodyB: { name: 'Nämnden för samverkan kring socialtjänst och vård' },
        mandateA: {
          text: 'Beslutar om fokusområden. Beslutar om gemensamma satsningar. Ansvarar för uppföljning av gemensamma satsningar och resultat.',
          sources: [{ sourceId: 'src-004', locator: "Projektrapport, Projektmål 3, Resultat, Figur 4: 'Länsstyrgruppen'" }],
        },
        mandateB: {
          text: 'Har beslutat om en gemensam målbild för Nära vård i Sörmland. Den ligger i linje med nämndens mål för de verksamheter som ligger under den.',
          sources: [
            { sourceId: 'src-004', locator: "Projektrapport, Projektmål 3, Resultat, Figur 4: 'NSV – Nämnden för samverkan kring socialtjänst och vård'" },
          ],
        },
        areaA: { id: 'area-04' },
        areaB: { id: 'area-04' },
        sharedCapacities: ['DECIDE'],
        // The document's own topic, and the shared vocabulary's topic NSV's text was tagged with ("målbild för Nära vård").
        sharedTopics: [{ id: 'topic-004-nara-vard' }, { id: 'topic-nara-vard' }],
        relatedTopics: [],
        period: { from: null, to: null },
        similarity: null,
      },
    ]);
  });

  test('the project (2021-08 to 2023-07) and LRS process leadership (from 2023-08-01) never meet, so only asOf decides which one shows', async () => {
    const query = (asOf: string) =>
      `{ remitOverlaps(filter: { asOf: "${asOf}", topic: "topic-004-nara-vard" }, classifications: [DUPLICATION]) { bodyA { id } bodyB { id } period { from to } } }`;
    expect((await api.data(query('2022-06-01'))).remitOverlaps).toEqual([
      { bodyA: { id: 'body-lansstyrgruppen-sormland' }, bodyB: { id: 'body-nsv' }, period: { from: null, to: null } },
      {
        bodyA: { id: 'body-projekt-nara-vard-i-sormland' },
        bodyB: { id: 'body-samverkansstrukturen-sormland' },
        period: { from: '2021-08-01', to: '2023-07-31' },
      },
    ]);
    expect((await api.data(query('2024-01-01'))).remitOverlaps).toEqual([
      { bodyA: { id: 'body-lansstyrgruppen-sormland' }, bodyB: { id: 'body-nsv' }, period: { from: null, to: null } },
      { bodyA: { id: 'body-lrs-sormland' }, bodyB: { id: 'body-samverkansstrukturen-sormland' }, period: { from: '2023-08-01', to: null } },
    ]);
  });

  test('Länsstyrgruppen is part of Samverkansstrukturen, so the two are never compared', async () => {
    const { remitOverlaps } = await api.data(`{ remitOverlaps(first: 200) { ${LINE_FIELDS} } }`);
    const pairs = remitOverlaps.map((o: any) => `${o.bodyA.id} ${o.bodyB.id}`);
    expect(pairs).not.toContain('body-lansstyrgruppen-sormland body-samverkansstrukturen-sormland');
  });

  test('an area filter keeps areas inside it: Sweden keeps all, Sörmland its 15, Östergötland 23, Jämtland 9, Eskilstuna (inside Sörmland) its one pair', async () => {
    const count = async (area: string) => (await api.data(`{ remitOverlaps(filter: { area: "${area}" }) { classification } }`)).remitOverlaps.length;
    expect(await count('area-se')).toBe(47);
    expect(await count('area-04')).toBe(15);
    expect(await count('area-05')).toBe(23);
    expect(await count('area-23')).toBe(9);
    expect(await count('area-0484')).toBe(1);
  });

  test('a topic filter keeps overlaps on narrower topics: Projektmål 1 is narrower than Nära vård, which the project shares', async () => {
    const { remitOverlaps } = await api.data(`{
      remitOverlaps(filter: { topic: "topic-004-projektmal-1" }) { classification bodyA { id } bodyB { id } relatedTopics { broader { id } narrower { id } } }
    }`);
    const related = ['1', '2', '3', '4'].map((n) => ({ broader: { id: 'topic-004-nara-vard' }, narrower: { id: `topic-004-projektmal-${n}` } }));
    expect(remitOverlaps).toEqual([
      {
        classification: 'DUPLICATION',
        bodyA: { id: 'body-projekt-nara-vard-i-sormland' },
        bodyB: { id: 'body-samverkansstrukturen-sormland' },
        relatedTopics: related,
      },
      {
        classification: 'FRAGMENTATION',
        bodyA: { id: 'body-lansstyrgruppen-sormland' },
        bodyB: { id: 'body-projekt-nara-vard-i-sormland' },
        relatedTopics: related,
      },
      {
        classification: 'FRAGMENTATION',
        bodyA: { id: 'body-natverket-nara-vard-i-sormland' },
        bodyB: { id: 'body-projekt-nara-vard-i-sormland' },
        relatedTopics: related,
      },
      { classification: 'FRAGMENTATION', bodyA: { id: 'body-nsv' }, bodyB: { id: 'body-projekt-nara-vard-i-sormland' }, relatedTopics: related },
    ]);
  });

  test('first bounds the list to a prefix of the full order', async () => {
    const { remitOverlaps } = await api.data(`{ remitOverlaps(first: 2) { ${LINE_FIELDS} } }`);
    const all = (await api.data(`{ remitOverlaps(first: 200) { ${LINE_FIELDS} } }`)).remitOverlaps;
    expect(remitOverlaps.map(line)).toEqual(all.slice(0, 2).map(line));
    expect(remitOverlaps.map(line)).toEqual([
      'DUPLICATION body-barnarenan body-gnus mandate-002-barnarenan-rekommendation mandate-002-gnus-rekommendation',
      'DUPLICATION body-barnarenan body-svom mandate-002-barnarenan-rekommendation mandate-002-svom-rekommendation',
    ]);
  });
});

describe('items and commissions', () => {
  test('the SVO work plan approval has sixteen deciders: SON endorses, VÄN approves on a condition, HSN and the 13 municipalities approve', async () => {
    const { itemsWithSeveralDeciders } = await api.data(`{
      itemsWithSeveralDeciders(filter: { area: "area-05" }) { item { id } deciders { decider { id } kind condition sources { sourceId } } }
    }`);
    expect(itemsWithSeveralDeciders).toHaveLength(1);
    const [finding] = itemsWithSeveralDeciders;
    expect(finding.item.id).toBe('item-001-godkannande-arbetsplan');
    const municipalities = ['0509', '0512', '0513', '0560', '0561', '0562', '0563', '0580', '0581', '0582', '0583', '0584', '0586'];
    expect(finding.deciders).toEqual([
      { decider: { id: 'body-001-social-och-omsorgsnamnden' }, kind: 'ENDORSES', condition: null, sources: [{ sourceId: 'src-001' }] },
      {
        decider: { id: 'body-001-vard-och-aldreomsorgsnamnden' },
        kind: 'APPROVES',
        condition: 'Beslutet förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet godkänner arbetsplanen.',
        sources: [{ sourceId: 'src-001' }],
      },
      { decider: { id: 'body-region-05-hsn' }, kind: 'APPROVES', condition: null, sources: [{ sourceId: 'src-001' }] },
      // "länets kommuner" (001:29) read through SCB's list of Östergötlands län: both are cited
      ...municipalities.map((code) => ({
        decider: { id: `org-kommun-${code}` },
        kind: 'APPROVES',
        condition: null,
        sources: [{ sourceId: 'src-001' }, { sourceId: 'scb-kommun-och-lanskoder' }],
      })),
    ]);
  });

  test('eight items have several deciders; two of them have two bodies that both DECIDE', async () => {
    const { itemsWithSeveralDeciders } = await api.data('{ itemsWithSeveralDeciders { item { id } deciders { decider { id } kind } } }');
    expect(itemsWithSeveralDeciders.map((f: any) => f.item.id)).toEqual([
      'item-001-godkannande-arbetsplan',
      'item-002-gemensam-plan-handlingsplan-tjanstepersoner',
      'item-002-gemensam-plan-sammanfattning',
      'item-002-handlingsplan-psykisk-halsa',
      'item-002-handlingsplan-suicidprevention',
      'item-002-ok-riskbruk-missbruk-beroende',
      'item-002-sip',
      'item-004-malbild',
    ]);
    const bothDecide = itemsWithSeveralDeciders.filter((f: any) => f.deciders.every((d: any) => d.kind === 'DECIDES'));
    expect(bothDecide).toEqual([
      {
        item: { id: 'item-002-gemensam-plan-handlingsplan-tjanstepersoner' },
        deciders: [
          { decider: { id: 'body-fredagsgruppen' }, kind: 'DECIDES' },
          { decider: { id: 'body-samreko-hsi' }, kind: 'DECIDES' },
        ],
      },
      {
        item: { id: 'item-002-sip' },
        deciders: [
          { decider: { id: 'body-fredagsgruppen' }, kind: 'DECIDES' },
          { decider: { id: 'body-samreko-hsi' }, kind: 'DECIDES' },
        ],
      },
    ]);
  });

  test('in Östergötland two items are prepared in more than one place, each preparer with its source', async () => {
    const { itemsPreparedInSeveralPlaces } = await api.data(`{
      itemsPreparedInSeveralPlaces(filter: { area: "area-05" }) { item { id } preparers { preparer { id } sources { sourceId } } }
    }`);
    expect(itemsPreparedInSeveralPlaces).toEqual([
      {
        item: { id: 'item-000-samverkansstruktur-barn-unga' },
        preparers: [
          { preparer: { id: 'body-lgvo' }, sources: [{ sourceId: 'src-000' }] },
          { preparer: { id: 'body-skolchefsnatverket' }, sources: [{ sourceId: 'src-000' }] },
        ],
      },
      {
        item: { id: 'item-001-godkannande-arbetsplan' },
        preparers: [
          { preparer: { id: 'body-svo' }, sources: [{ sourceId: 'src-001' }] },
          { preparer: { id: 'org-001-socialforvaltningen' }, sources: [{ sourceId: 'src-001' }] },
          { preparer: { id: 'org-001-vard-och-aldreomsorgsforvaltningen' }, sources: [{ sourceId: 'src-001' }] },
        ],
      },
    ]);
  });

  test('in Jämtland Härjedalen 21 items are prepared by both Fredagsgruppen and SamReKo HSI', async () => {
    const { itemsPreparedInSeveralPlaces } = await api.data('{ itemsPreparedInSeveralPlaces(filter: { area: "area-23" }) { preparers { preparer { id } } } }');
    expect(itemsPreparedInSeveralPlaces).toHaveLength(21);
    for (const f of itemsPreparedInSeveralPlaces) {
      expect(f.preparers.map((p: any) => p.preparer.id)).toEqual(['body-fredagsgruppen', 'body-samreko-hsi']);
    }
  });

  test('an item with no decider recorded shows the steps that look like decisions, up to asOf', async () => {
    const query = (asOf: string) => `{
      itemsWithoutDecider(filter: { area: "area-04", topic: "topic-004-nara-vard", asOf: "${asOf}" }) { item { id } decisionSteps { id kind date { text } body { id } } }
    }`;
    const steps = [
      { id: 'step-004-indikatorer-2', kind: 'DIRECTION_DECISION', date: { text: '2022' }, body: { id: 'body-lansstyrgruppen-sormland' } },
      { id: 'step-004-indikatorer-3', kind: 'ENDORSEMENT', date: { text: '2023-01' }, body: { id: 'body-projekt-styrgrupp' } },
      { id: 'step-004-indikatorer-4', kind: 'DIRECTION_DECISION', date: { text: '2023-02' }, body: { id: 'body-lansstyrgruppen-sormland' } },
    ];
    expect((await api.data(query('2024-01-01'))).itemsWithoutDecider).toEqual([{ item: { id: 'item-004-indikatorer' }, decisionSteps: steps }]);
    expect((await api.data(query('2022-12-31'))).itemsWithoutDecider).toEqual([{ item: { id: 'item-004-indikatorer' }, decisionSteps: steps.slice(0, 1) }]);
  });

  test('53 items have no decider; the list is bounded by first', async () => {
    expect((await api.data('{ itemsWithoutDecider(first: 200) { item { id } } }')).itemsWithoutDecider).toHaveLength(53);
    expect((await api.data('{ itemsWithoutDecider { item { id } } }')).itemsWithoutDecider).toHaveLength(50);
  });

  test('six commissions in Jämtland Härjedalen name nobody to report back to', async () => {
    const { commissionsWithoutReportBack } = await api.data('{ commissionsWithoutReportBack(filter: { area: "area-23" }) { id reportTo { id } } }');
    expect(commissionsWithoutReportBack).toEqual(
      [
        'commission-002-atgarder-socialtjanst-vuxenpsykiatri',
        'commission-002-omarbeta-handlingsplaner-psykisk-halsa',
        'commission-002-oversyn-ok-riskbruk',
        'commission-002-oversyn-samverkansstruktur',
        'commission-002-rutin-efterlevandestod',
        'commission-002-svod-beslutsunderlag',
      ].map((id) => ({ id, reportTo: [] })),
    );
  });

  test("asOf leaves out commissions given later: of Sörmland's, the FoUiS indicators (2023-02), the accessibility guide (2023-06-12) and LRS process leader (2023-04-21) drop out on 2023-01-01", async () => {
    const ids = async (asOf?: string) =>
      (
        await api.data(`{ commissionsWithoutReportBack(filter: { area: "area-04"${asOf ? `, asOf: "${asOf}"` : ''} }) { id } }`)
      ).commissionsWithoutReportBack.map((c: any) => c.id);
    const all = await ids();
    const early = await ids('2023-01-01');
    expect(all).toHaveLength(14);
    expect(early).toHaveLength(11);
    expect(all.filter((id: string) => !early.includes(id))).toEqual([
      'commission-004-fouis-indikatorer',
      'commission-004-informationsgruppen-tillganglighetsguide',
      'commission-004-lrs-processledare',
    ]);
  });
});

describe('seats in bodies on the same topic', () => {
  test('the chairs of the three OSÖ groups also sit in SSÖ, which works on the same topics', async () => {
    const { seatsInOverlappingBodies } = await api.data(`{
      seatsInOverlappingBodies(filter: { area: "area-05" }) { holder { id } bodyA { id } bodyB { id } seatsA { role } seatsB { role } sharedTopics { id } relatedTopics { broader { id } } }
    }`);
    const finding = (group: string, post: string, topics: string[]) => ({
      holder: { id: post },
      bodyA: { id: group },
      bodyB: { id: 'body-sso' },
      seatsA: [{ role: 'CHAIR' }],
      seatsB: [{ role: 'MEMBER' }],
      sharedTopics: topics.map((id) => ({ id })),
      relatedTopics: [],
    });
    expect(seatsInOverlappingBodies).toEqual([
      finding('body-oso-aldre-somatik', 'post-003-oso-aldre-ordforande', ['topic-003-aldreuppdraget']),
      finding('body-oso-barn-unga', 'post-003-oso-barn-unga-ordforande', ['topic-003-barn-och-ungdomsuppdraget']),
      finding('body-oso-vuxna-psykisk-ohalsa', 'post-003-oso-vuxna-ordforande', ['topic-003-beroende-missbruk', 'topic-003-psykiatri-socialpsykiatri']),
    ]);
  });

  test('in Sörmland the närvårdskoordinator sits in both Länsstyrgruppen and the Nära vård network', async () => {
    const { seatsInOverlappingBodies } = await api.data(
      '{ seatsInOverlappingBodies(filter: { area: "area-04" }) { holder { id } bodyA { id } bodyB { id } sharedTopics { id } } }',
    );
    expect(seatsInOverlappingBodies).toEqual([
      {
        holder: { id: 'post-004-narvardskoordinator' },
        bodyA: { id: 'body-lansstyrgruppen-sormland' },
        bodyB: { id: 'body-natverket-nara-vard-i-sormland' },
        sharedTopics: [{ id: 'topic-004-nara-vard' }],
      },
    ]);
  });
});

describe('arguments and schema', () => {
  test('first above 200 is a BAD_USER_INPUT error that says how to narrow instead', async () => {
    const { data, errors } = await api.gql('{ remitOverlaps(first: 201) { classification } }');
    expect(data).toBeNull();
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
    expect(errors![0].message).toBe('first must be between 1 and 200; narrow the analysis with filter.area, filter.topic or filter.asOf instead');
  });

  test('an unknown area id is a BAD_USER_INPUT error, not an empty list', async () => {
    const { errors } = await api.gql('{ itemsWithoutDecider(filter: { area: "05" }) { item { id } } }');
    expect(errors![0].extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'filter.area' });
    expect(errors![0].message).toBe('filter.area: no area has the id \'05\'; give the id of an existing area, e.g. "area-05"');
  });

  test('every analysis query, argument, type, field and enum value has a description', async () => {
    const queries = [
      'remitOverlaps',
      'itemsPreparedInSeveralPlaces',
      'itemsWithoutDecider',
      'itemsWithSeveralDeciders',
      'commissionsWithoutReportBack',
      'seatsInOverlappingBodies',
    ];
    const types = [
      'RemitOverlap',
      'OverlapPeriod',
      'RelatedTopicPair',
      'Preparer',
      'ItemPreparedInSeveralPlaces',
      'ItemWithoutDecider',
      'ItemWithSeveralDeciders',
      'SeatsInOverlappingBodies',
    ];
    const { __schema, classification, filter } = await api.data(`{
      __schema { queryType { fields { name description args { name description } } } types { name description fields { name description } } }
      classification: __type(name: "OverlapClassification") { description enumValues { name description } }
      filter: __type(name: "AnalysisFilter") { description inputFields { name description } }
    }`);
    const missing: string[] = [];
    for (const q of __schema.queryType.fields.filter((f: any) => queries.includes(f.name))) {
      if (!q.description) missing.push(q.name);
      for (const a of q.args) if (!a.description) missing.push(`${q.name}(${a.name})`);
    }
    for (const t of __schema.types.filter((x: any) => types.includes(x.name))) {
      if (!t.description) missing.push(t.name);
      for (const f of t.fields) if (!f.description) missing.push(`${t.name}.${f.name}`);
    }
    for (const v of classification.enumValues) if (!v.description) missing.push(`OverlapClassification.${v.name}`);
    for (const f of filter.inputFields) if (!f.description) missing.push(`AnalysisFilter.${f.name}`);
    expect(missing).toEqual([]);
    expect(__schema.queryType.fields.filter((f: any) => queries.includes(f.name))).toHaveLength(6);
    expect(classification.enumValues.map((v: any) => v.name)).toEqual(['DUPLICATION', 'OVERLAP', 'FRAGMENTATION']);
  });
});
