import { ids, OSTERGOTLAND_MUNICIPALITIES, sorted, startTestApi, type TestApi } from './helpers';

/**
 * The municipality of 001's memo is not named (issue 11): it is one of Östergötland's 13, but
 * which one is unknown. It is an organisation of kind UNKNOWN, so it is never counted as a
 * fourteenth municipality, and the approval of the work plan lists each municipality once.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

// 001_66273cec3dad0122.txt:1-12: "Socialförvaltningen" / "Social- och omsorgsnämnden" / "Vård- och äldreomsorgsnämnden" and no
// municipality's name anywhere; :23 "samt övriga kommuner i länet godkänner arbetsplanen" (so it is one of Östergötland's)
test("the memo's municipality is an organisation of unknown kind in Östergötland, whose two committees belong to it", async () => {
  const { node } = await api.data(`{ node(id: "org-ostergotland-kommun-ej-namngiven-001") { ... on Organisation { kind area { id } bodies { id } } } }`);
  expect(node.kind).toBe('UNKNOWN');
  expect(node.area).toEqual({ id: 'area-05' });
  expect(sorted(ids(node.bodies))).toEqual(['body-001-social-och-omsorgsnamnden', 'body-001-vard-och-aldreomsorgsnamnden']);
});

// 000_97f0e728be22a798.txt:91: "Genom SVO tar Region Östergötland och länets tretton kommuner gemensamt politiskt ansvar."
test('Östergötland counts 13 municipalities, not 14: the unnamed one is not among them', async () => {
  const { organisations } = await api.data(`{ organisations(filter: {area: "area-05", kinds: [MUNICIPALITY]}, first: 100) { totalCount nodes { id } } }`);
  expect(organisations.totalCount).toBe(13);
  expect(ids(organisations.nodes)).not.toContain('org-ostergotland-kommun-ej-namngiven-001');
});

// 001_66273cec3dad0122.txt:29: "har skickats till Region Östergötlands hälso- och sjukvårdsnämnd och länets kommuner för godkännande";
// :18 "tillstyrks" (SON), :22 "godkänns" (VÄN): the memo's own municipality decides through its two committees
test('the approval lists each of the 13 municipalities once, and the unnamed municipality only through its committees', async () => {
  const { node } = await api.data(
    `{ node(id: "item-001-godkannande-arbetsplan") { ... on Item { decidedBy { kind decider { __typename id ... on Organisation { kind } } sources { sourceId } } } } }`,
  );
  const organisations = node.decidedBy.filter((d: any) => d.decider.__typename === 'Organisation');
  expect(sorted(organisations.map((d: any) => d.decider.id))).toEqual(sorted(OSTERGOTLAND_MUNICIPALITIES));
  expect(new Set(organisations.map((d: any) => d.decider.id)).size).toBe(13);
  for (const d of organisations) {
    expect(d).toMatchObject({ kind: 'APPROVES', decider: { kind: 'MUNICIPALITY' } });
    // "länets kommuner" (001) read through SCB's list of Östergötlands län
    expect(d.sources.map((s: { sourceId: string }) => s.sourceId)).toEqual(['src-001', 'scb-kommun-och-lanskoder']);
  }
  expect(node.decidedBy.map((d: any) => d.decider.id)).not.toContain('org-ostergotland-kommun-ej-namngiven-001');
});
