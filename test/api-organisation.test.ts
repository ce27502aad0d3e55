import { startTestApi, type TestApi } from './helpers';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

describe('an organisation, seen from its side', () => {
  // 000 Inledning: "Genom SVO tar Region Östergötland och länets tretton kommuner gemensamt politiskt ansvar."
  test('Linköpings kommun stands behind SVO as a principal, with the source that says so', async () => {
    const { data, errors } = await api.gql(`{ organisation(code: "0580") { name principalOf { body { id } sources { sourceId } } } }`);
    expect(errors).toBeUndefined();
    expect(data.organisation.name).toBe('Linköpings kommun');
    const svo = data.organisation.principalOf.find((p: any) => p.body.id === 'body-svo');
    expect(svo.sources.map((s: any) => s.sourceId)).toContain('src-000');
  });

  // 001: "Beslutet förutsätter att Region Östergötlands hälso- och sjukvårdsnämnd samt övriga kommuner i länet godkänner arbetsplanen."
  test('a municipality decides the items its joint body recommends', async () => {
    const { data } = await api.gql(`{ organisation(code: "0580") { itemsDecided { id } } }`);
    expect(data.organisation.itemsDecided.map((i: any) => i.id)).toContain('item-001-godkannande-arbetsplan');
  });

  test('the reverse of every list is consistent: the principals of SVO list SVO among what they stand behind', async () => {
    const { data } = await api.gql(`{ body(id: "body-svo") { principals { organisation { id principalOf { body { id } } } } } }`);
    expect(data.body.principals.length).toBe(14);
    for (const p of data.body.principals) expect(p.organisation.principalOf.map((x: any) => x.body.id)).toContain('body-svo');
  });
});
