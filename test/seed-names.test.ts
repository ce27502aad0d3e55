import { startTestApi, type TestApi } from './helpers';

/**
 * Names with letters from the PDF conversion (issue 11): 004's text writes a first name with
 * Cyrillic letters. The person's name is stored in Latin letters, the source spelling is kept
 * beside it, and a search for the Latin spelling finds her.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
});
afterAll(() => api.close());

// 004_faaef7745464eccc.txt:1492: "Evyлина Franzén, säkerhetssamordnare KLK punkt 6" (л, и, н, а are Cyrillic)
test('the name is stored in Latin letters and the source spelling is kept', async () => {
  const { node } = await api.data(
    `{ node(id: "person-004-evylina-franzen") { ... on Person { name sourceSpelling title inferredFields { field inference } } } }`,
  );
  expect(node).toMatchObject({ name: 'Evylina Franzén', sourceSpelling: 'Evyлина Franzén', title: 'Säkerhetssamordnare KLK' });
  // The transliteration is a reading, and says so
  expect(node.inferredFields).toEqual([{ field: 'name', inference: expect.stringContaining('л, и, н, а transliterated as l, i, n, a') }]);
  expect(node.name).not.toMatch(/[\u0400-\u04FF]/);
});

// The same line: a reader types the name in Latin letters
test('searching the Latin spelling finds the person', async () => {
  for (const text of ['Evylina Franzén', 'evylina']) {
    const { search } = await api.data(`query($text: String!) { search(text: $text, kinds: [Person]) { node { id } } }`, { text });
    expect(search.map((h: any) => h.node.id)).toContain('person-004-evylina-franzen');
  }
});

// seed/*.yaml: no name field of a person carries Cyrillic letters any more
test('no person in the graph has Cyrillic letters in the name', async () => {
  const { persons } = await api.data(`{ persons(first: 100) { nodes { name } } }`);
  expect(persons.nodes.length).toBeGreaterThan(50);
  for (const p of persons.nodes) expect(p.name).not.toMatch(/[\u0400-\u04FF]/);
});
