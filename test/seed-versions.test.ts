import { startTestApi, type TestApi } from './helpers';

/**
 * Dated versions of a document (issue 11): 003's header table gives when the document was
 * drawn up and when it was revised, and by whom; each is a version of the document.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

// 003_a2522b93327256eb.txt:8: "Framtaget datum: 2013-02-01 Framtaget av : Lena Törnfeldt, Stellan Svensson, Carina Leijon,
// Inger Dahl-Harrysson, Mia Wiman-Olsson, Åsa Nilsson"; :9 "Revideringsdatum: 2014-10-28 Reviderat av: Lena Törnfeldt, Carin Tyrén,
// Helena Broberg"; :10 "2015-03-09 Lena Törnfeldt, Cecilia Karlsson"
test('the SSÖ document has three dated versions: drawn up 2013-02-01, revised 2014-10-28 and 2015-03-09', async () => {
  const { node } = await api.data(
    `{ node(id: "doc-003-samverkansdokument-ostra-lansdelen") { ... on Document { versions { id kind authorRole date { text precision } text changes certainty authors { name } sources { sourceId } } } } }`,
  );
  expect(node.versions.map((v: any) => [v.kind, v.date.text, v.date.precision])).toEqual([
    ['DRAWN_UP', '2013-02-01', 'DAY'],
    ['REVISED', '2014-10-28', 'DAY'],
    ['REVISED', '2015-03-09', 'DAY'],
  ]);
  expect(node.versions[1].text).toBe('Revideringsdatum: 2014-10-28 Reviderat av: Lena Törnfeldt, Carin Tyrén, Helena Broberg');
  expect(node.versions[2].text).toBe('2015-03-09 Lena Törnfeldt, Cecilia Karlsson');
  // The header says who revised, not what changed.
  expect(node.versions.map((v: any) => v.changes)).toEqual([null, null, null]);
  for (const v of node.versions) expect(v.sources).toEqual([{ sourceId: 'src-003' }]);
  // Who made each version: the document's authors in the role the version names
  expect(node.versions.map((v: any) => v.authors.map((a: any) => a.name).sort())).toEqual([
    ['Carina Leijon', 'Inger Dahl-Harrysson', 'Lena Törnfeldt', 'Mia Wiman-Olsson', 'Stellan Svensson', 'Åsa Nilsson'],
    ['Carin Tyrén', 'Helena Broberg', 'Lena Törnfeldt'],
    ['Cecilia Karlsson', 'Lena Törnfeldt'],
  ]);
  expect(node.versions.map((v: any) => v.authorRole)).toEqual(['Framtaget av', 'Reviderat av (2014-10-28)', 'Reviderat av (2015-03-09)']);
  // The third row has no labels of its own: read as a revision, and marked so
  expect(node.versions.map((v: any) => v.certainty)).toEqual(['STATED', 'STATED', 'INFERRED']);
});

// 003 is the only source that dates versions of a document; 000's work plan ("ARBETSPLAN 2024-2025") gives none
test('a document whose source dates no versions has none', async () => {
  const { node } = await api.data(`{ node(id: "doc-000-arbetsplan-svo-2024-2025") { ... on Document { versions { id } } } }`);
  expect(node.versions).toEqual([]);
});
