import { startTestApi, type TestApi } from './helpers';

/**
 * Full-text search over HTTP: Swedish words, prefixes of compounds, kinds, and input that
 * must never break the query. Expected hits come from the names and descriptions the source
 * documents in ../shared/sources/ give (quoted as file:line).
 */
const SOURCE = 'src-test-search-names';
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_TOKENS: 'search-editor-token:editor:Eva Editor' });
  await api.db.write('test/addSource', { id: SOURCE, title: 'Testkälla för namnsökning' });
});
afterAll(async () => {
  await api.db.write('test/removeSource', { id: SOURCE });
  await api.close();
});

const SEARCH = `query($text: String!, $kinds: [SearchKind!], $first: Int! = 20) {
  search(text: $text, kinds: $kinds, first: $first) { kind score match node { id ... on Body { name } ... on Person { name } } } }`;

async function search(text: string, kinds?: string[]): Promise<any[]> {
  const response = await api.gql(SEARCH, { text, kinds });
  expect(response.errors).toBeUndefined();
  return response.data.search;
}
const hitIds = (hits: any[]): string[] => hits.map((h) => h.node.id);

// 002_032b4e42c1688560.txt:16: "Nytt Samverkansavtal hemsjukvård"; :105: "Samverkansavtal mellan Region Jämtland Härjedalen och
// kommunerna i Jämtlands län gällande hemsjukvård."; :31: "Samverkan primärvård/ specialistvård ... Ingår till del i rev.
// samverkansavtal hemsjukvård"; 003_a2522b93327256eb.txt:57: "- genomförande av hemsjukvårdsreformen"
describe('search', () => {
  test('"hemsjuk" finds the Jämtland hemsjukvård agreement and item by the start of the compound', async () => {
    const hits = await search('hemsjuk');
    expect(hits.map((h) => [h.kind, h.node.id]).sort()).toEqual([
      ['Document', 'doc-002-samverkansavtal-hemsjukvard'],
      ['Item', 'item-002-samverkan-primarvard-specialistvard'],
      ['Item', 'item-002-samverkansavtal-hemsjukvard'],
      ['Topic', 'topic-003-hemsjukvardsreformen'],
      // seed/vocabulary/topics.yaml: "- id: topic-hemsjukvard", "name: Hemsjukvård" (the shared topic both lines above meet in).
      ['Topic', 'topic-hemsjukvard'],
    ]);
    for (const h of hits) expect(h.score).toBeGreaterThan(0);
  });

  // 003_a2522b93327256eb.txt:192: "## ***LSÖ – Läkemedelsråd i östra länsdelen***"; :194 "Läkemedelsrådets syfte är ..."
  test('"läkemedelsråd" finds the LSÖ Läkemedelsråd body first, in any case and in its definite form', async () => {
    for (const text of ['läkemedelsråd', 'LÄKEMEDELSRÅD', 'Läkemedelsrådet']) {
      const hits = await search(text);
      expect({ text, first: hits[0] }).toMatchObject({
        text,
        first: { kind: 'Body', node: { id: 'body-lso-lakemedelsrad', name: 'Läkemedelsråd i östra länsdelen' } },
      });
    }
  });

  // Same lines as the first test: one of the hits is a Document, two are Items, one a Topic.
  test('kinds keeps only the kinds asked for', async () => {
    expect(hitIds(await search('hemsjuk', ['Document']))).toEqual(['doc-002-samverkansavtal-hemsjukvard']);
    expect(hitIds(await search('hemsjuk', ['Item'])).sort()).toEqual(['item-002-samverkan-primarvard-specialistvard', 'item-002-samverkansavtal-hemsjukvard']);
    expect(hitIds(await search('hemsjuk', ['Body', 'Organisation']))).toEqual([]);
    expect(hitIds(await search('läkemedelsråd', ['Body']))).toEqual(['body-lso-lakemedelsrad']);
  });

  // 002_032b4e42c1688560.txt:16: the item's "Ansvarig funktion" is "Projektledare HS-avtal (PwC)"; the document's title
  // (:105) has "Samverkansavtal", not the word "avtal".
  test('every word must match: "hemsjuk avtal" keeps only the item', async () => {
    expect(hitIds(await search('hemsjuk avtal'))).toEqual(['item-002-samverkansavtal-hemsjukvard']);
  });

  test('Lucene special characters never cause an error: they are searched as text', async () => {
    const inputs = [
      '(',
      ')',
      '[',
      '{',
      '"',
      '~',
      '*',
      '?',
      ':',
      '/',
      '^',
      '!',
      '+',
      '-',
      '&&',
      '||',
      'AND',
      'OR NOT',
      'hemsjuk*',
      'hemsjuk~2',
      'title:läkemedelsråd',
      '[2020 TO 2025]',
      'SVO/LGVO',
      'a&&b',
      '+-&&||!(){}[]^"~*?:\\/',
      'läkemedelsråd\\',
      'C:\\temp',
    ];
    for (const text of inputs) {
      const response = await api.gql(SEARCH, { text });
      expect({ text, errors: response.errors }).toEqual({ text, errors: undefined });
      expect(Array.isArray(response.data.search)).toBe(true);
    }
    // Quotes and brackets around a word do not stop it from matching.
    expect(hitIds(await search('"läkemedelsråd"'))).toContain('body-lso-lakemedelsrad');
    expect(hitIds(await search('(läkemedelsråd)'))).toContain('body-lso-lakemedelsrad');
    // A special character in a second word is still a word that must match, so nothing is found.
    expect(await search('läkemedelsråd +-&&||!(){}[]^"~*?:\\/')).toEqual([]);
  });

  test('empty or blank text is BAD_USER_INPUT asking for a word', async () => {
    for (const text of ['', '   ', '\t\n', 'och i']) {
      const { data, errors } = await api.gql(SEARCH, { text });
      expect(data).toBeNull();
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
      expect(errors![0].message).toBe('text has no words to search for (common words such as "och" and "i" are not indexed); type at least one other word');
    }
  });

  test('first outside 1–100 is BAD_USER_INPUT', async () => {
    for (const first of [0, 101]) {
      const { errors } = await api.gql(SEARCH, { text: 'hemsjuk', first });
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    }
  });

  // 000_97f0e728be22a798.txt:91: "Samråd vård och omsorg (SVO)"; 003_a2522b93327256eb.txt:192: "Läkemedelsråd i östra länsdelen";
  // 004_faaef7745464eccc.txt: "NSV – Nämnden för samverkan kring socialtjänst och vård". Typing a body's full name, with its
  // small words ("och", "i", "för"), must find it: the words the index leaves out cannot be required to match.
  test('a full name with Swedish small words ("och", "i", "för") finds its body', async () => {
    expect(hitIds(await search('Samråd vård och omsorg'))).toContain('body-svo');
    expect(hitIds(await search('Läkemedelsråd i östra länsdelen'))).toContain('body-lso-lakemedelsrad');
    expect(hitIds(await search('Nämnden för samverkan kring socialtjänst och vård'))).toContain('body-nsv');
  });

  // The same names typed without å, ä, ö, as on a keyboard without them.
  test('words typed without diacritics still find what has them', async () => {
    expect(hitIds(await search('hemsjukvard'))).toEqual(
      expect.arrayContaining(['doc-002-samverkansavtal-hemsjukvard', 'item-002-samverkansavtal-hemsjukvard']),
    );
    expect(hitIds(await search('Samrad vard och omsorg'))).toContain('body-svo');
    expect(hitIds(await search('lakemedelsrad', ['Body']))).toEqual(['body-lso-lakemedelsrad']);
  });
});

describe('names first', () => {
  // 000_97f0e728be22a798.txt:216: "Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO"; :137: "SVO AU ska, i samarbete med
  // LGVO AU, ..."; :229: "<i>LGVO Att åldras</i>". seed/000-svo-arbetsplan.yaml:158-159: "name: Ledningsgrupp vård och omsorg",
  // "altNames: [LGVO, ledningsgrupp vård och omsorg]"; :167: "name: LGVO:s arbetsutskott"; :186: "name: LGVO Att åldras".
  test('"LGVO" lists the body LGVO itself first, before its working committee and its groups', async () => {
    for (const text of ['LGVO', 'lgvo', ' LGVO ']) {
      const hits = await search(text);
      expect({ text, first: hits[0] }).toMatchObject({
        text,
        first: { kind: 'Body', match: 'EXACT', node: { id: 'body-lgvo', name: 'Ledningsgrupp vård och omsorg' } },
      });
      const ids = hitIds(hits);
      for (const group of ['body-lgvo-au', 'body-lgvo-att-aldras', 'body-lgvo-att-vaxa-upp', 'body-lgvo-mitt-i-livet']) {
        expect(ids.indexOf(group)).toBeGreaterThan(0);
      }
      expect(hits.find((h) => h.node.id === 'body-lgvo-au').match).toBe('PREFIX');
    }
  });

  // 001_66273cec3dad0122.txt:8: "Dnr SON 2024-220"; :11: "Social- och omsorgsnämnden"; :4: "Anders Petersson".
  // seed/001-tjansteskrivelse-arbetsplan.yaml:36-37: "name: Social- och omsorgsnämnden", "altNames: [SON, social- och omsorgsnämnden]";
  // :56: "name: Anders Petersson" ("son" inside "Petersson").
  test('an exact abbreviation beats a name that only contains it', async () => {
    const hits = await search('SON');
    expect(hits[0]).toMatchObject({ match: 'EXACT', node: { id: 'body-001-social-och-omsorgsnamnden' } });
    const petersson = hits.findIndex((h) => h.node.id === 'person-001-anders-petersson');
    expect(petersson).toBeGreaterThan(0);
    expect(hits[petersson].match).toBe('SUBSTRING');
  });

  // Same lines: the full name typed without diacritics is the name once they are folded; typed with them, it is the name as written.
  test('a name typed without its diacritics is an exact name once they are folded; typed with them, an exact name', async () => {
    expect((await search('Social- och omsorgsnamnden'))[0]).toMatchObject({ match: 'EXACT_FOLDED', node: { id: 'body-001-social-och-omsorgsnamnden' } });
    expect((await search('social och omsorgsnämnden'))[0]).toMatchObject({ match: 'EXACT', node: { id: 'body-001-social-och-omsorgsnamnden' } });
  });

  test('the order is deterministic: the same search gives the same list', async () => {
    const first = await search('LGVO');
    expect(await search('LGVO')).toEqual(first);
  });

  // A name written with Cyrillic look-alike letters, as PDF conversions leave them (004_faaef7745464eccc.txt:1492: "Evyлина
  // Franzén"): a person created through the typed mutation with Cyrillic "М", "а", "і", "Р", "е", "о" is found by the Latin
  // spelling, and the name comes back as stored.
  test('a Latin spelling finds a name stored with Cyrillic look-alike letters, which is returned as written', async () => {
    const stored = '\u041c\u0430r\u0456\u0430 \u0420\u0435t\u0435rss\u043en'; // М, а, і, а, Р, е, е, о Cyrillic
    expect(stored).not.toBe('Maria Petersson');
    const created = await api.gql(
      `mutation($input: CreatePersonInput!) { createPerson(input: $input) { person { id name } } }`,
      { input: { id: 'person-test-lookalike', name: stored, source: { sourceId: SOURCE, locator: 'Avsnitt 1' } } },
      { authorization: 'Bearer search-editor-token' },
    );
    expect(created.errors).toBeUndefined();
    const hits = await search('Maria Petersson');
    expect(hits[0]).toMatchObject({ kind: 'Person', match: 'EXACT', node: { id: 'person-test-lookalike', name: stored } });
    expect(hitIds(await search('maria'))).toContain('person-test-lookalike');
  });
});
