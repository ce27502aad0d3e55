import { SIMILARITY_THRESHOLD, similarMandates } from '../src/analysis/similarity';
import { startTestApi, type TestApi } from './helpers';
import { warmUp } from './analysis-warm-up';

/**
 * Overlaps found by meaning (issue 11), against the seeded graph: the shared topic vocabulary
 * (seed/vocabulary/topics.yaml) in which the documents' own topics meet, mandates tagged from
 * their texts, and the text similarity that reports bodies whose mandates say nearly the same,
 * tagged or not. Every passage below is quoted from the source named beside it.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  await warmUp(api);
});
afterAll(() => api.close());

const FIELDS = `classification bodyA { id } bodyB { id } mandateA { id } mandateB { id } sharedTopics { id kind }
  similarity { score method passages { textA textB score } }`;

/** The findings of one pair of bodies, in the analysis' order. */
async function pairOf(area: string, bodyA: string, bodyB: string, fields = FIELDS, first = 60): Promise<any[]> {
  const { remitOverlaps } = await api.data(`{ remitOverlaps(filter: { area: "${area}" }, first: ${first}) { ${fields} } }`);
  return remitOverlaps.filter((o: any) => o.bodyA.id === bodyA && o.bodyB.id === bodyB);
}

describe('pairs whose mandate texts say nearly the same are reported, with the matching sentences', () => {
  test('SVO and LGVO (000, Bilaga 1): both are "huvudmännens gemensamma organ för ledning och styrning av länsövergripande utvecklingsarbeten och aktiviteter"', async () => {
    const withSources = FIELDS.replace('textA textB score', 'textA textB score sourcesA { sourceId locator } sourcesB { sourceId locator }');
    const [finding] = (await pairOf('area-05', 'body-lgvo', 'body-svo', withSources, 10)).filter((o) => o.similarity);
    expect(finding).toMatchObject({
      classification: 'DUPLICATION',
      mandateA: { id: 'mandate-000-lgvo-uppdrag' },
      mandateB: { id: 'mandate-000-svo-ledning-styrning' },
      // Both texts name "kunskapsstyrning och kunskapsutveckling": the shared vocabulary's topic.
      sharedTopics: [{ id: 'topic-kunskapsstyrning', kind: 'SHARED' }],
    });
    expect(finding.similarity.score).toBeGreaterThanOrEqual(SIMILARITY_THRESHOLD);
    expect(finding.similarity.score).toBe(0.61);
    expect(finding.similarity.method).toMatch(/PorterStemmerSv/);
    expect(finding.similarity.passages).toHaveLength(1);
    const [passage] = finding.similarity.passages;
    // Bilaga 1, Arbetsformer (LGVO) and Bilaga 1, Uppdrag, second bullet (SVO).
    expect(passage.textA).toBe(
      'Uppdraget är att vara huvudmännens gemensamma organ för ledning och styrning av länsövergripande utvecklingsarbeten och aktiviteter, gemensam kunskapsstyrning och kunskapsutveckling.',
    );
    expect(passage.textB).toBe(
      'Att vara huvudmännens gemensamma organ för ledning och styrning av länsövergripande utvecklingsarbeten och aktiviteter samt ha ett kunskapsuppdrag gentemot huvudmännen.',
    );
    expect(passage.score).toBe(0.69);
    expect(passage.sourcesA).toEqual([
      { sourceId: 'src-000', locator: "Bilaga 1, Arbetsformer: 'Uppdraget är att vara huvudmännens gemensamma organ för ledning och styrning'" },
    ]);
    expect(passage.sourcesB).toEqual([
      { sourceId: 'src-000', locator: "Bilaga 1, Uppdrag: 'SVO har följande övergripande uppdrag från huvudmännen:' second bullet" },
      {
        sourceId: 'src-001',
        locator:
          "Bakgrund, second bullet: 'vara huvudmännens gemensamma organ för ledning och styrning av länsövergripande utvecklingsarbeten och aktiviteter för gemensam kunskapsstyrning och kunskapsutveckling.'",
      },
    ]);
  });

  test('Fredagsgruppen and SamReKo HSI (002): both "Beredande forum", and "Beslutad i Fredagsgruppen/SamReKo HSI … genomföra och följa upp" — no topic tag on either', async () => {
    const findings = await pairOf('area-23', 'body-fredagsgruppen', 'body-samreko-hsi');
    expect(findings.map((o) => [o.classification, o.mandateA.id, o.mandateB.id, o.sharedTopics, o.similarity.score])).toEqual([
      ['DUPLICATION', 'mandate-002-fredagsgruppen-bereda', 'mandate-002-samreko-bereda', [], 1],
      ['DUPLICATION', 'mandate-002-fredagsgruppen-besluta', 'mandate-002-samreko-besluta', [], 0.69],
    ]);
    expect(findings[0].similarity.passages.map((p: any) => [p.textA, p.textB])).toEqual([['Beredande forum', 'Beredande forum']]);
    expect(findings[1].similarity.passages.map((p: any) => [p.textA, p.textB])).toEqual([
      ['Beslutad i Fredagsgruppen Genomföra och följa upp', 'Beslutad i Fredagsgruppen/SamReKo HSI Implementera, genomföra och följa upp.'],
    ]);
  });

  test('OSÖ and SSÖ (003): "identifiera problem i pågående samverkan … nya samverkansformer" beside "identifierade behov av förändring i pågående samverkan … nya samverkansformer", and the two commission directives', async () => {
    const findings = (await pairOf('area-ostra-ostergotland', 'body-oso', 'body-sso')).filter((o) => o.similarity);
    expect(findings.map((o) => [o.classification, o.mandateA.id, o.mandateB.id, o.similarity.score])).toEqual([
      ['DUPLICATION', 'mandate-003-oso-identifiera-problem', 'mandate-003-sso-forandringsbehov', 0.46],
      ['DUPLICATION', 'mandate-003-oso-uppdragsdirektiv-lso', 'mandate-003-sso-uppdragsdirektiv-till-oso', 0.46],
    ]);
    expect(findings[0].similarity.passages[0]).toMatchObject({
      textA:
        'att identifiera problem i pågående samverkan, identifiera samverkansområden som är behov av utveckling liksom behov av start nya samverkansformer,',
      textB: 'identifierade behov av förändring i pågående samverkan eller utveckling av nya samverkansformer,',
    });
    expect(findings[1].similarity.passages[0]).toMatchObject({
      textA:
        'Uppdragsdirektivet ska innehålla: bakgrund till uppdraget, beskrivning av uppdraget, syfte, mål/målsättning, förväntat resultat – förvaltning av resultat, uppdragsorganisation, tidplan, uppföljning/utvärdering.',
      textB:
        'SSÖ:s uppdrag till OSÖ ska ha en tydlig struktur med kort beskrivning av uppdraget, bakgrund, syfte, mål, förväntat resultat, slutdatum och eventuell resursåtgång.',
    });
  });

  test('Eskilstuna (004): arvodeskommittén and personalutskottet share the very sentence "Tillämpningsanvisningarna bereds av arvodeskommittén och antas av personalutskottet." — reported, with no capacity in common', async () => {
    const findings = await pairOf('area-0484', 'body-kommun-0484-arvodeskommitten', 'body-kommun-0484-personalutskottet');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ classification: 'FRAGMENTATION', similarity: { score: 1 } });
  });

  test('not every pair of one county: Läkemedelsrådet and the LSÖ group on avvikelser share only "I gruppens uppdrag ingår att …", and are not reported', async () => {
    const { remitOverlaps } = await api.data(`{ remitOverlaps(filter: { area: "area-ostra-ostergotland" }, first: 60) { ${FIELDS} } }`);
    const bodies = remitOverlaps.map((o: any) => `${o.bodyA.id} ${o.bodyB.id}`);
    expect(bodies).not.toContain('body-lso-avvikelser body-lso-lakemedelsrad');
    expect(bodies).toContain('body-oso body-sso');
    // Their texts, straight from the graph, score under the threshold.
    const texts = await api.data(
      `{ nodes(ids: ["mandate-003-lakemedelsrad-rekommendera", "mandate-003-lso-avvikelser-lansovergripande"]) { id ... on Mandate { text } } }`,
    );
    const [a, b] = texts.nodes.map((m: any, i: number) => ({ id: m.id, text: m.text, county: 'area-05', body: `b${i}` }));
    expect(a.text).toBe('I gruppens uppdrag ingår att … Rekommendera anvisningar/riktlinjer för östra länsdelen gällande läkemedel och läkemedelshantering.');
    expect(similarMandates([a, b], 0)[0].score).toBeLessThan(SIMILARITY_THRESHOLD);
    // And no similarity link was stored between them.
    const [{ similar }] = await api.db.read('test/topicTags', { id: 'mandate-003-lakemedelsrad-rekommendera' });
    expect(similar).toEqual([]);
  });
});

describe('the shared topic vocabulary', () => {
  test("two documents' topics meet in one shared topic: SVO's strategy area 'Att åldras' (000) and SSÖ's 'äldreuppdraget' (003) lie within 'Äldre'", async () => {
    const { node } = await api.data(
      `{ node(id: "topic-aldre") { id ... on Topic { name nameEn kind localTopics { id name } sources { sourceId locator } } } }`,
    );
    node.localTopics.sort((a: any, b: any) => a.id.localeCompare(b.id));
    expect(node).toEqual({
      id: 'topic-aldre',
      name: 'Äldre',
      nameEn: 'Older people',
      kind: 'SHARED',
      localTopics: [
        { id: 'topic-000-att-aldras', name: 'Att åldras' },
        { id: 'topic-003-aldreuppdraget', name: 'äldreuppdraget' },
      ],
      // The label's own sources: 000's heading and 003's list of collaboration areas.
      sources: [
        { sourceId: 'src-000', locator: "Strategiområden 2024-2025, heading '(f) Att åldras'" },
        { sourceId: 'src-003', locator: "Övergripande samverkansområden: 'De strategiska samverkansområdena är: ... äldreuppdraget'" },
      ],
    });
  });

  test("'Nära vård' of 000, 002 and 004 is one shared topic; a topic narrower than one of them (Projektmål 1) reaches it through its broader topic", async () => {
    const { nodes } = await api.data(`{ nodes(ids: ["topic-000-nara-vard", "topic-002-nara-vard", "topic-004-nara-vard", "topic-004-projektmal-1"]) {
      id ... on Topic { sharedTopic { id name nameEn } broader { id } }
    } }`);
    const shared = { id: 'topic-nara-vard', name: 'Nära vård', nameEn: 'Good and close care (integrated care close to the person)' };
    expect(nodes).toEqual([
      { id: 'topic-000-nara-vard', sharedTopic: shared, broader: null },
      { id: 'topic-002-nara-vard', sharedTopic: shared, broader: { id: 'topic-002-tillganglig-och-samordnad' } },
      { id: 'topic-004-nara-vard', sharedTopic: shared, broader: null },
      { id: 'topic-004-projektmal-1', sharedTopic: null, broader: { id: 'topic-004-nara-vard' } },
    ]);
  });

  test('a mandate is tagged from its text, marked inferred with the rule and the words: Läkemedelsrådet\'s "gällande läkemedel och läkemedelshantering"', async () => {
    const [{ topics }] = await api.db.read('test/topicTags', { id: 'mandate-003-lakemedelsrad-rekommendera' });
    expect(topics).toEqual([
      {
        id: 'topic-lakemedel',
        kind: 'SHARED',
        certainty: 'INFERRED',
        inference: 'Tagged from the mandate text by the rule topic-lakemedel: läkemedel (seed/vocabulary/topics.yaml): "läkemedel", "läkemedelshantering".',
        rule: 'topic-lakemedel: läkemedel',
        matched: ['läkemedel', 'läkemedelshantering'],
      },
    ]);
  });

  test('a word inside the name of a partner body does not tag: "tillsammans med Nätverket Nära vård i Sörmland" (004) is no Nära vård tag of the steering group', async () => {
    const [{ topics }] = await api.db.read('test/topicTags', { id: 'mandate-004-styrgrupp-avstamning' });
    expect(topics).toEqual([]);
    const [{ topics: nsv }] = await api.db.read('test/topicTags', { id: 'mandate-004-nsv-malbild' });
    // "en gemensam målbild för Nära vård i Sörmland": the topic itself, beside the stated one.
    expect(nsv.map((t: any) => [t.id, t.certainty, t.rule ?? null])).toEqual([
      ['topic-004-nara-vard', 'STATED', null],
      ['topic-nara-vard', 'INFERRED', 'topic-nara-vard: nära vård'],
    ]);
  });

  test('a similarity link is inferred, names its method and cites both mandates', async () => {
    const [{ similar }] = await api.db.read('test/topicTags', { id: 'mandate-000-svo-ledning-styrning' });
    expect(similar).toEqual([
      {
        id: 'mandate-000-lgvo-uppdrag',
        score: 0.61,
        certainty: 'INFERRED',
        inference: expect.stringMatching(/^The two mandate texts score 0.61 by TF-IDF cosine/),
        method: expect.stringMatching(/natural 8: PorterStemmerSv, TfIdf/),
        // LGVO's text in 000; SVO's in 000, and 001 cites it too.
        sourceIds: ['src-000', 'src-000', 'src-001'],
      },
    ]);
  });
});
