import { startTestApi, type TestApi } from './helpers';

/**
 * Relationships the sources state that the graph lacked (issue 11): the commission line from
 * Länsstyrgruppen to NSV, Fredagsgruppen preparing for Barnarenan, and preparers by a
 * body's standing rule ("X bereder ärenden till Y"), shown beside those stated per item and
 * marked as derived.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

const LINES = (id: string) => `{ node(id: "${id}") { ... on Body { reportingLines { kind to { id } text certainty sources { sourceId locator } } } } }`;

// 004_faaef7745464eccc.txt:1326: "Nämnden gav uppdrag till länsstyrgruppen att fram ett förslag till målbild för omställningen
// till nära vård i Sörmland"; :426 "NSV beslutade den 11 mars 2022 om att godkänna målbilden"
test('Länsstyrgruppen has a line to NSV, the body that gave it its commission', async () => {
  const { node } = await api.data(LINES('body-lansstyrgruppen-sormland'));
  const line = node.reportingLines.find((l: any) => l.to.id === 'body-nsv');
  expect(line).toMatchObject({
    kind: 'REPORTS_TO',
    certainty: 'INFERRED',
    text: 'Nämnden gav uppdrag till länsstyrgruppen att fram ett förslag till målbild för omställningen till nära vård i Sörmland.',
    sources: [{ sourceId: 'src-004', locator: expect.stringContaining("'Nämnden gav uppdrag till länsstyrgruppen") }],
  });
});

// 002_032b4e42c1688560.txt:100-101, 103-104: rows with "SVOM och Barnarenan" (Rekommendationsbeslutande forum) and
// "SamReKo HSI Fredagsgruppen" (Beredande forum)
test('Fredagsgruppen prepares for Barnarenan, as the register rows say', async () => {
  const { node } = await api.data(LINES('body-fredagsgruppen'));
  expect(node.reportingLines).toContainEqual({
    kind: 'PREPARES_FOR',
    to: { id: 'body-barnarenan' },
    certainty: 'INFERRED',
    text: 'Rekommendationsbeslutande forum: SVOM och Barnarenan; Beredande forum: SamReKo HSI Fredagsgruppen',
    sources: [{ sourceId: 'src-002', locator: expect.stringContaining("'Handlingsplan suicidprevention'") }],
  });
  const barnarenan = await api.data(`{ node(id: "body-barnarenan") { ... on Body { reportedBy { kind from { id } } } } }`);
  expect(barnarenan.node.reportedBy).toContainEqual({ kind: 'PREPARES_FOR', from: { id: 'body-fredagsgruppen' } });
});

const PREPARERS = (id: string) =>
  `{ node(id: "${id}") { ... on Item { preparedBy { id } preparers { basis certainty inference preparer { id } sources { sourceId locator } } } } }`;

// 000_97f0e728be22a798.txt:216: "Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO"; :212 "Arbetsutskottets uppgift är att
// förbereda ärenden inför SVO:s ordinarie sammanträden"; :193 (f) Att åldras 1: "Ge uppdrag till LGVO att återkomma med en gapanalys"
test("SVO's items show LGVO and SVO's AU as preparers by standing rule, marked, beside those stated for the item", async () => {
  const { node } = await api.data(PREPARERS('item-000-gapanalys-palliativ'));
  // preparedBy keeps what the item states
  expect(node.preparedBy).toEqual([{ id: 'body-lgvo' }]);
  const byId = Object.fromEntries(node.preparers.map((p: any) => [p.preparer.id, p]));
  expect(Object.keys(byId).sort()).toEqual(['body-lgvo', 'body-svo-au']);
  expect(byId['body-lgvo']).toMatchObject({ basis: 'STATED', certainty: 'STATED', inference: null });
  expect(byId['body-svo-au'].certainty).toBe('INFERRED');
  expect(byId['body-svo-au'].basis).toBe('STANDING_RULE');
  expect(byId['body-svo-au'].inference).toContain("standing rule 'Arbetsutskottets uppgift är att förbereda ärenden inför SVO:s ordinarie sammanträden'");
  // cites the rule and the item
  expect(byId['body-svo-au'].sources).toEqual([
    { sourceId: 'src-000', locator: expect.stringContaining('Bilaga 1, Arbetsformer') },
    { sourceId: 'src-000', locator: expect.stringContaining('(f) Att åldras') },
  ]);
});

// 000_97f0e728be22a798.txt:216 (the rule) and (b) Nära vård 4: "Fatta beslut om revidering av det gemensamma regelverket för
// hjälpmedelsförskrivning" (SVO decides; the item names no preparer)
test('an SVO item that states no preparer has LGVO and the AU by standing rule only', async () => {
  const { node } = await api.data(PREPARERS('item-000-revidering-regelverk-hjalpmedel'));
  expect(node.preparedBy).toEqual([]);
  expect(node.preparers.map((p: any) => `${p.basis} ${p.preparer.id}`).sort()).toEqual(['STANDING_RULE body-lgvo', 'STANDING_RULE body-svo-au']);
  const lgvo = node.preparers.find((p: any) => p.preparer.id === 'body-lgvo');
  expect(lgvo.inference).toContain("'Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO'");
});

// 002_032b4e42c1688560.txt:111: "Avtal Barnahus	2020-2021	SVOM	SamReKo HSI": each row names its own preparing forum; only 000's rules are standing rules
test("a preparing forum read from register rows is no standing rule: SVOM's items keep only their stated preparers", async () => {
  const { node } = await api.data(PREPARERS('item-002-avtal-barnahus'));
  expect(node.preparers.every((p: any) => p.basis === 'STATED')).toBe(true);
  expect(node.preparers.map((p: any) => p.preparer.id)).toEqual(node.preparedBy.map((p: any) => p.id));
});
