import fc from 'fast-check';
import schema from '../seed/seed.schema.json';
import { LIMITS } from '../src/shared/limits';
import { startTestApi, type TestApi } from './helpers';

/**
 * No input can break a query: every text argument (search, name filters, id filters, ids,
 * cursors) and every write field, given any Unicode text, is answered or refused with
 * BAD_USER_INPUT naming the field; never INTERNAL_SERVER_ERROR. Over the real HTTP API
 * and a real Neo4j.
 */
const SOURCE = 'src-test-any-input';
const editor = { authorization: 'Bearer editor-token-any-input' };
const TEST_BODY = 'body-test-any-input';

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({
    GOVGRAPH_TOKENS: 'editor-token-any-input:editor:Eva Editor',
    // This file sends about a thousand requests, far more than a client should.
    GOVGRAPH_RATE_READS: '1000000',
    GOVGRAPH_RATE_WRITES: '1000000',
  });
  await api.db.write('test/addSource', { id: SOURCE, title: 'Testkälla för godtycklig text' });
  const { errors } = await api.gql(
    CREATE,
    { input: { kind: 'Body', id: TEST_BODY, fields: { name: 'Testrådet för godtycklig text', classification: 'COUNCIL' }, source: CITE } },
    editor,
  );
  expect(errors).toBeUndefined();
});
afterAll(async () => {
  await api.db.write('test/removeSource', { id: SOURCE });
  await api.close();
});

const CITE = { sourceId: SOURCE, locator: 'Avsnitt 1, första stycket' };
const CREATE = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }';
const UPDATE = 'mutation($input: UpdateEntityInput!) { updateEntity(input: $input) { entity { id } } }';
const counts = async () => (await api.db.read('test/countAll'))[0];

/**
 * Where a user can put text in a read, as fields of one input `i` (variables $s_i, $w_i,
 * $id_i). Every input goes through the four that transform text (search builds a Lucene
 * query, the name filter folds it); lookups by id, cursors and the costly analyses go through a sample.
 */
const TEXT_FIELDS: Record<string, (i: number) => string> = {
  search: (i) => `search(text: $s_${i}, first: 3) { kind }`,
  inWord: (i) => `search(text: $w_${i}, first: 3) { kind }`,
  byName: (i) => `bodies(filter: { name: $s_${i} }, first: 1) { totalCount }`,
  node: (i) => `node(id: $id_${i}) { id }`,
};
const LOOKUPS: Record<string, (i: number) => string> = {
  byArea: (i) => `items(filter: { area: $s_${i}, topic: $s_${i} }, first: 1) { totalCount }`,
  nodes: (i) => `nodes(ids: [$id_${i}, "body-svo"]) { id }`,
  area: (i) => `area(code: $s_${i}) { id }`,
  cursor: (i) => `bodies(after: $s_${i}, first: 1) { totalCount }`,
};
const ANALYSES: Record<string, (i: number) => string> = {
  analysis: (i) => `itemsWithoutDecider(filter: { area: $id_${i}, topic: $id_${i} }, first: 1) { item { id } }`,
  agreements: (i) => `agreements(filter: { party: $s_${i}, area: $s_${i}, responsible: $s_${i} }, first: 1) { document { id } }`,
};

const codes = (input: string) => [...input].slice(0, 5).map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`);

/** Errors that are not BAD_USER_INPUT naming a field (in extensions.field and in the message), with the input that caused them. */
function badErrors(input: string, errors: any[] = []): unknown[] {
  return errors
    .filter((e) => e.extensions?.code !== 'BAD_USER_INPUT' || typeof e.extensions?.field !== 'string' || !e.message.includes(e.extensions.field.split('.')[0]))
    .map((error) => ({ input: codes(input), field: error.path?.[0], error }));
}

/**
 * Asks every field for each of a few inputs in one request (at most 10 aliases, each
 * "<field>_<input index>"). Each must be answered or refused with BAD_USER_INPUT naming
 * what was wrong. A refused non-null field nulls the whole response, so the rest are asked
 * again without it until all are accounted for. Returns the problems with their inputs.
 */
async function readsWith(inputs: string[], fieldSet: Record<string, (i: number) => string>): Promise<unknown[]> {
  let aliases = inputs.flatMap((_, i) => Object.keys(fieldSet).map((f) => `${f}_${i}`));
  expect(aliases.length).toBeLessThanOrEqual(10);
  const inputOf = (alias: string) => inputs[Number(alias.split('_')[1])];
  const values: Record<string, string> = Object.fromEntries(
    inputs.flatMap((s, i) => [
      [`s_${i}`, s],
      [`w_${i}`, `läkemedels${s}råd`],
      [`id_${i}`, s],
    ]),
  );
  const problems: unknown[] = [];
  while (aliases.length > 0) {
    const fields = aliases.map((a) => `${a}: ${fieldSet[a.split('_')[0]](Number(a.split('_')[1]))}`).join('\n');
    // Only the variables these fields use: GraphQL refuses unused ones.
    const used = [...new Set(fields.match(/\$\w+/g))].map((v) => v.slice(1));
    const declared = used.map((v) => `$${v}: ${v.startsWith('id') ? 'ID' : 'String'}!`).join(', ');
    const response = await api.gql(`query(${declared}) { ${fields} }`, Object.fromEntries(used.map((v) => [v, values[v]])));
    for (const e of response.errors ?? []) problems.push(...badErrors(e.path ? inputOf(e.path[0]) : inputs.join(' | '), [e]));
    const refused = new Set((response.errors ?? []).map((e) => e.path?.[0]));
    if (refused.size === 0 || refused.has(undefined)) {
      const missing = response.errors ? [] : aliases.filter((a) => response.data?.[a] === undefined);
      if (missing.length) problems.push({ inputs: inputs.map(codes), missing });
      return problems;
    }
    aliases = aliases.filter((a) => !refused.has(a));
  }
  return problems;
}

/** Problems of all inputs, in requests of `perRequest` inputs, one request at a time. */
async function allReads(inputs: string[], fieldSet: Record<string, (i: number) => string>, perRequest: number): Promise<unknown[]> {
  const problems: unknown[] = [];
  for (let i = 0; i < inputs.length; i += perRequest) problems.push(...(await readsWith(inputs.slice(i, i + perRequest), fieldSet)));
  return problems;
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCodePoint(from + i));
/** The nine characters that broke search: grave, acute, diaeresis, tildes, circumflex, cedilla, middle dot, two combining marks. */
const BROKE_SEARCH = ['`', '´', '¨', '˜', 'ˆ', '¸', '·', '\u0301', '\u0308'];
const LUCENE = [
  '+',
  '-',
  '&&',
  '||',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '\\',
  '/',
  'AND',
  'OR',
  'NOT',
  '*:*',
  'a~2',
  'x^10',
  '"',
];
const ODD = ['\u0000', '\u200f', '\u202e', '\u200b', '\ufeff', '🙂', '👩‍👩‍👧', '𝕏', '\ud800', '\udfff', 'ǅ', 'İ', 'ß', '\u3000', '\u00a0'];

describe('any single character, anywhere a user can type it', () => {
  test('every character of U+0000–U+00FF and U+0300–U+036F, the nine that broke search, Lucene syntax and odd characters: answered or BAD_USER_INPUT', async () => {
    const inputs = [...range(0x00, 0xff), ...range(0x300, 0x36f), ...BROKE_SEARCH, ...LUCENE, ...ODD];
    expect(await allReads(inputs, TEXT_FIELDS, 2)).toEqual([]);
  }, 90_000);

  test('lookups by id (nodes, area codes, area and topic filters, cursors, analyses, the agreements register) take any text', async () => {
    const sample = [
      ...BROKE_SEARCH,
      ...LUCENE,
      ...ODD,
      ...range(0x00, 0x20),
      ...fc.sample(
        fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n)),
        30,
      ),
    ];
    expect(await allReads(sample, { ...LOOKUPS, ...ANALYSES }, 1)).toEqual([]);
  }, 60_000);

  test('random code points from the whole range, astral and lone surrogates included, alone and in short strings', async () => {
    const codePoint = fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          codePoint,
          fc.array(codePoint, { minLength: 2, maxLength: 8 }).map((cs) => cs.join('')),
        ),
        async (input) => {
          expect(await readsWith([input], TEXT_FIELDS)).toEqual([]);
          expect(await readsWith([input], LOOKUPS)).toEqual([]);
        },
      ),
      { numRuns: 60 },
    );
  }, 60_000);

  test('the characters that broke search are searched as text: alone they find nothing, inside a word they are ignored as its diacritics are', async () => {
    for (const c of BROKE_SEARCH) {
      const alone = await api.gql('query($s: String!) { search(text: $s) { kind } }', { s: c });
      expect({ c, alone }).toEqual({ c, alone: { data: { search: [] } } });
      const inWord = await api.gql('query($s: String!) { search(text: $s) { node { id } } }', { s: `läkemedels${c}råd` });
      expect(inWord.errors).toBeUndefined();
      expect({ c, ids: inWord.data.search.map((h: any) => h.node.id) }).toEqual({ c, ids: expect.arrayContaining(['body-lso-lakemedelsrad']) });
    }
  });

  test('writes: any text as a name or note is stored as given or refused with BAD_USER_INPUT naming the field', async () => {
    const inputs = [
      ...BROKE_SEARCH,
      ...LUCENE,
      ...ODD,
      ...fc.sample(
        fc.integer({ min: 0, max: 0x10ffff }).map((n) => String.fromCodePoint(n)),
        40,
      ),
    ];
    const problems: unknown[] = [];
    for (const input of inputs) {
      const updated = await api.gql(UPDATE, { input: { id: TEST_BODY, set: { name: input, note: `not ${input}` }, source: CITE } }, editor);
      problems.push(...badErrors(input, updated.errors));
      if (!updated.errors && updated.data?.updateEntity?.entity?.id !== TEST_BODY) problems.push({ input: codes(input), updated });
      const created = await api.gql(CREATE, { input: { kind: 'Topic', id: input, fields: { name: input, kind: 'THEME' }, source: CITE } }, editor);
      problems.push(...badErrors(input, created.errors));
    }
    expect(problems).toEqual([]);
  }, 60_000);
});

describe('long input is refused with the limit named', () => {
  test('every text a seed entry or a write can carry has a length limit, from the shared definitions of seed/seed.schema.json', () => {
    const defs = schema.definitions as Record<string, any>;
    const unbounded: string[] = [];
    const walk = (node: any, path: string): void => {
      if (!node || typeof node !== 'object') return;
      if (node.$ref) {
        const def = defs[node.$ref.replace('#/definitions/', '')];
        if (def.type === 'string' && def.maxLength === undefined && def.format !== 'partial-date') unbounded.push(path);
        return;
      }
      if (node.type === 'string' && node.maxLength === undefined && !node.enum && !/^\^[^*+]*\$$/.test(node.pattern ?? '')) unbounded.push(path);
      for (const [key, child] of Object.entries(node)) if (key !== 'definitions') walk(child, `${path}/${key}`);
    };
    walk(schema, '');
    expect(unbounded).toEqual([]);
    expect(LIMITS).toMatchObject({ id: defs.id.maxLength, name: defs.name.maxLength, text: defs.text.maxLength, locator: defs.locator.maxLength });
  });
  test(`a 3,000-word search is refused naming the word limit (${LIMITS.searchWords})`, async () => {
    const { data, errors } = await api.gql('query($s: String!) { search(text: $s) { kind } }', { s: Array(3000).fill('vård').join(' ') });
    expect(data).toBeNull();
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', limit: LIMITS.searchWords });
    expect(errors![0].message).toBe(`text has 3000 words; a search takes at most ${LIMITS.searchWords}: keep the few words that matter`);
  });

  test(`a search word of 1,000 characters is refused naming the word length limit (${LIMITS.searchWord})`, async () => {
    const { errors } = await api.gql('query($s: String!) { search(text: $s) { kind } }', { s: `vård ${'a'.repeat(1000)}` });
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', limit: LIMITS.searchWord });
    expect(errors![0].message).toMatch(new RegExp(`^text has a word of 1000 characters \\('a{40}…'\\); search words have at most ${LIMITS.searchWord}`));
  });

  test('search at the limits is answered', async () => {
    const words = Array.from({ length: LIMITS.searchWords }, (_, i) => (i === 0 ? 'läkemedelsråd' : 'å'));
    const { errors } = await api.gql('query($s: String!) { search(text: $s) { kind } }', { s: words.join(' ') });
    expect(errors).toBeUndefined();
    const long = await api.gql('query($s: String!) { search(text: $s) { kind } }', { s: 'a'.repeat(LIMITS.searchWord) });
    expect(long.errors).toBeUndefined();
  });

  test(`a name filter, an id and free text each have their limit (${LIMITS.name}, ${LIMITS.id}, ${LIMITS.text})`, async () => {
    const byName = await api.gql('query($s: String!) { bodies(filter: { name: $s }) { totalCount } }', { s: 'å'.repeat(LIMITS.name + 1) });
    expect(byName.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.name', limit: LIMITS.name });
    expect(byName.errors![0].message).toBe(`filter.name is ${LIMITS.name + 1} characters long; at most ${LIMITS.name} are allowed: shorten it`);
    const byId = await api.gql('query($id: ID!) { nodes(ids: ["body-svo", $id]) { id } }', { id: 'x'.repeat(10_000) });
    expect(byId.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'ids.1', limit: LIMITS.id });
    expect(byId.errors![0].message).toBe(
      `ids.1 is 10000 characters long; at most ${LIMITS.id} are allowed: check it is an id this API gave you (e.g. "body-svo")`,
    );
    const atLimit = await api.gql('query($id: ID!) { node(id: $id) { id } }', { id: 'x'.repeat(LIMITS.id) });
    expect(atLimit).toEqual({ data: { node: null } });
  });

  test('a 10 KB name on a write is refused with BAD_USER_INPUT naming the field and the limit, and nothing is written', async () => {
    const before = await counts();
    const name = 'Samverkansrådet '.repeat(640);
    const created = await api.gql(
      CREATE,
      { input: { kind: 'Body', id: 'body-test-ten-kb', fields: { name, classification: 'COUNCIL' }, source: CITE } },
      editor,
    );
    expect(created.data).toBeNull();
    expect(created.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.fields.name' });
    expect(created.errors![0].message).toBe(
      `input.fields.name is 10240 characters long; at most ${LIMITS.name} are allowed (seed/seed.schema.json, definitions): shorten it`,
    );
    const updated = await api.gql(UPDATE, { input: { id: TEST_BODY, set: { name, description: 'x'.repeat(LIMITS.text + 1) }, source: CITE } }, editor);
    expect(updated.errors![0].extensions.problems.map((p: any) => p.field)).toEqual(['input.set.name', 'input.set.description']);
    expect(await counts()).toEqual(before);
    const { node } = await api.data(`{ node(id: "${TEST_BODY}") { ... on Body { name } } }`);
    expect(node.name.length).toBeLessThanOrEqual(LIMITS.name);
  });
});

describe('cursors', () => {
  const cursor = (text: string) => Buffer.from(text).toString('base64');

  test('a cursor this API made pages on', async () => {
    const { bodies } = await api.data('{ bodies(first: 2) { pageInfo { endCursor } nodes { id } } }');
    const next = await api.data('query($after: String!) { bodies(first: 1, after: $after) { nodes { id } } }', { after: bodies.pageInfo.endCursor });
    const third = await api.data('{ bodies(first: 3) { nodes { id } } }');
    expect(next.bodies.nodes[0].id).toBe(third.bodies.nodes[2].id);
  });

  test.each([
    ['an offset of 2^31', cursor('offset:2147483648')],
    ['an offset of 2^53', cursor('offset:9007199254740993')],
    ['a huge offset', cursor(`offset:${'9'.repeat(40)}`)],
    ['a negative offset', cursor('offset:-1')],
    ['a fractional offset', cursor('offset:1.5')],
    ['leading zeros', cursor('offset:007')],
    ['no base64 at all', '!!!not base64!!!'],
    ['base64 of something else', cursor('{"id":1}')],
    ['base64 with junk around it', `**${cursor('offset:1')}**`],
    ['an empty-looking cursor', '===='],
  ])('%s is refused with BAD_USER_INPUT saying where cursors come from', async (_, value) => {
    for (const arg of ['after', 'before']) {
      const { data, errors } = await api.gql(`query($c: String!) { bodies(${arg}: $c) { totalCount } }`, { c: value });
      expect(data).toBeNull();
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: arg });
      expect(errors![0].message).toContain('is not a cursor from this list; pass a cursor from pageInfo or an edge');
    }
  });
});

describe('dates are days of the calendar', () => {
  const BODIES = 'query($d: LocalDate!) { bodies(filter: { asOf: $d }) { totalCount } }';

  test.each(['2013-02-30', '2023-02-29', '2023-13-01', '2024-00-10', '2024-04-31', '2024-13', '2024', 'i går', '2024-02-29T00:00'])(
    'asOf %s is refused with BAD_USER_INPUT saying how to write a day',
    async (day) => {
      const { data, errors } = await api.gql(BODIES, { d: day });
      expect(data).toBeUndefined();
      expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
      expect(errors![0].message).toContain('$d');
      expect(errors![0].message).toContain('give a day as YYYY-MM-DD, e.g. 2024-02-29');
    },
  );

  test('2013-02-30 says the month has 28 days; a literal is refused too', async () => {
    const { errors } = await api.gql(BODIES, { d: '2013-02-30' });
    expect(errors![0].message).toContain("'2013-02-30' is not a date: 2013-02 has days 01 to 28");
    const literal = await api.gql('{ bodies(filter: { asOf: "2013-02-30" }) { totalCount } }');
    expect(literal.errors![0].message).toContain("'2013-02-30' is not a date");
  });

  test('leap days are right: 2024-02-29 and 2000-02-29 are days', async () => {
    for (const d of ['2024-02-29', '2000-02-29', '2023-02-28', '2024-12-31']) {
      const { errors } = await api.gql(BODIES, { d });
      expect({ d, errors }).toEqual({ d, errors: undefined });
    }
    const { errors } = await api.gql(BODIES, { d: '1900-02-29' });
    expect(errors![0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test.each([
    ['2013-02-30', "'2013-02-30' is not a calendar day: 2013-02 has 28 days"],
    ['2023-02-29', "'2023-02-29' is not a calendar day: 2023-02 has 28 days"],
    ['2023-13', 'must be a date as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)'],
    ['2024-00-10', 'must be a date as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)'],
  ])('a written partial date %s is refused once, saying why, and nothing is written', async (date, reason) => {
    const before = await counts();
    const { errors } = await api.gql(UPDATE, { input: { id: TEST_BODY, set: { founded: date }, source: CITE } }, editor);
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.set.founded', problems: [{ field: 'input.set.founded', reason }] });
    expect(await counts()).toEqual(before);
  });

  test('a written 2024-02-29 is kept', async () => {
    const { errors } = await api.gql(UPDATE, { input: { id: TEST_BODY, set: { founded: '2024-02-29' }, source: CITE } }, editor);
    expect(errors).toBeUndefined();
  });
});
