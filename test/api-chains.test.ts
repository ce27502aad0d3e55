import { startTestApi, type TestApi, OSTERGOTLAND_MUNICIPALITIES } from './helpers';

/**
 * Reporting chains over HTTP: chainUp, chainDown, their depth bound and the truncated flag,
 * reportingPaths, and a cycle written through the API. Expected answers come from the
 * source documents in ../shared/sources/ (quoted as file:line) and match the seed's
 * reportingLines.
 */
const SOURCE = 'src-test-chains';
const EDITOR = { authorization: 'Bearer tok-editor-123' };

let api: TestApi;
beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_TOKENS: 'tok-editor-123:editor:Test' });
  await api.db.write('test/addSource', { id: SOURCE, title: 'Testkälla för rapporteringskedjor' });
});
afterAll(async () => {
  await api.db.write('test/removeSource', { id: SOURCE });
  await api.close();
});

/** Chain nodes as [id, depth]; bodies other test files write (ids "body-test-…") are left out. */
const reached = (nodes: { depth: number; node: { id: string } }[]): [string, number][] =>
  nodes.filter((n) => !n.node.id.startsWith('body-test-')).map((n) => [n.node.id, n.depth]);
const lineKey = (l: any): string => `${l.from.id} ${l.kind} ${l.to.id}`;

const CHAIN = `nodes { depth node { id } } truncated lines { kind text from { id } to { id } sources { sourceId locator } }`;

describe('chainUp', () => {
  // 003_a2522b93327256eb.txt:166: "Denna LSÖ-grupp arbetar liksom övriga lokala samverksgrupper eller arbetsgrupper på OSÖ:s uppdrag."
  // :127 "lämna förslag till SSÖ om nya uppdrag", :128 "rapportera resultat av uppdrag till SSÖ",
  // :98 "SSÖ ska inför varje nytt verksamhetsår fastställa en års- och aktivitetsplan med tydliga uppdrag till de olika OSÖ-grupperna."
  test('from the LSÖ group for avvikelser it reaches OSÖ at depth 1 and SSÖ at depth 2, and stops there', async () => {
    const { body } = await api.data(`{ body(id: "body-lso-avvikelser") { chainUp { start { id } ${CHAIN} } } }`);
    const chain = body.chainUp;
    expect(chain.start).toEqual({ id: 'body-lso-avvikelser' });
    expect(reached(chain.nodes)).toEqual([
      ['body-oso', 1],
      ['body-sso', 2],
    ]);
    expect(chain.truncated).toBe(false);
    expect(chain.lines.map(lineKey)).toEqual([
      'body-lso-avvikelser SUBORDINATE_TO body-oso',
      'body-oso PREPARES_FOR body-sso',
      'body-oso REPORTS_TO body-sso',
      'body-oso SUBORDINATE_TO body-sso',
    ]);
  });

  // 003_a2522b93327256eb.txt:166 (quoted above) is the first line's text; :128 the REPORTS_TO line's.
  test('its lines carry their kind, the Swedish text that establishes them and their source and locator', async () => {
    const { body } = await api.data(`{ body(id: "body-lso-avvikelser") { chainUp { ${CHAIN} } } }`);
    const [first, , reports] = body.chainUp.lines;
    expect(first).toEqual({
      kind: 'SUBORDINATE_TO',
      text: 'Denna LSÖ-grupp arbetar liksom övriga lokala samverksgrupper eller arbetsgrupper på OSÖ:s uppdrag.',
      from: { id: 'body-lso-avvikelser' },
      to: { id: 'body-oso' },
      sources: [
        {
          sourceId: 'src-003',
          locator:
            "LSÖ - grupp med uppdrag avvikelser och systemfel mellan vårdgivare: 'Denna LSÖ-grupp arbetar liksom övriga lokala samverksgrupper eller arbetsgrupper på OSÖ:s uppdrag'",
        },
      ],
    });
    expect(reports).toMatchObject({ kind: 'REPORTS_TO', text: 'rapportera resultat av uppdrag till SSÖ,', sources: [{ sourceId: 'src-003' }] });
  });

  // 000_97f0e728be22a798.txt:91: "Samråd vård och omsorg (SVO) är ett politiskt samråd under länets socialnämnder eller
  // motsvarande och regionens hälso- och sjukvårdsnämnd (HSN). Genom SVO tar Region Östergötland och länets tretton kommuner ..."
  // :214: "SVO har ett sekretariat som utgör processtöd." (beside SVO, not above it)
  test("SVO's chainUp reaches the region's HSN and the 13 municipalities at depth 1, and not its secretariat", async () => {
    const { body } = await api.data(`{ body(id: "body-svo") { chainUp { ${CHAIN} } } }`);
    const chain = body.chainUp;
    expect(chain.truncated).toBe(false);
    expect(reached(chain.nodes).sort()).toEqual(['body-region-05-hsn', ...OSTERGOTLAND_MUNICIPALITIES].map((id) => [id, 1]).sort());
    expect(chain.lines.every((l: any) => l.kind === 'SUBORDINATE_TO' && l.from.id === 'body-svo')).toBe(true);
    const hsn = chain.lines.find((l: any) => l.to.id === 'body-region-05-hsn');
    expect(hsn.text).toBe(
      'Samråd vård och omsorg (SVO) är ett politiskt samråd under länets socialnämnder eller motsvarande och regionens hälso- och sjukvårdsnämnd (HSN).',
    );
    expect(reached(chain.nodes).map(([id]) => id)).not.toContain('body-svo-sekretariat');
  });

  // 003_a2522b93327256eb.txt:211: "Läkemedelsrådet ska ha en stående punkt på dagordningen på OSÖ:s möten ..." (REPORTS_TO OSÖ);
  // :128: "rapportera resultat av uppdrag till SSÖ"
  test('kinds narrows the lines followed: only REPORTS_TO from the Läkemedelsråd, none from the avvikelser group', async () => {
    const { rad, avvikelser } = await api.data(`{
      rad: body(id: "body-lso-lakemedelsrad") { chainUp(kinds: [REPORTS_TO]) { ${CHAIN} } }
      avvikelser: body(id: "body-lso-avvikelser") { chainUp(kinds: [REPORTS_TO]) { ${CHAIN} } }
    }`);
    expect(reached(rad.chainUp.nodes)).toEqual([
      ['body-oso', 1],
      ['body-sso', 2],
    ]);
    expect(rad.chainUp.lines.map(lineKey)).toEqual(['body-lso-lakemedelsrad REPORTS_TO body-oso', 'body-oso REPORTS_TO body-sso']);
    expect(avvikelser.chainUp).toMatchObject({ nodes: [], lines: [], truncated: false });
  });
});

describe('chainDown', () => {
  // 000_97f0e728be22a798.txt:216: "Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO ..."
  // :212: "Arbetsutskottets uppgift är att förbereda ärenden inför SVO:s ordinarie sammanträden"; :220: "SVO anordnar regelbundet temakonferenser."
  test('from SVO it includes LGVO, which prepares for it, with the Swedish text', async () => {
    const { body } = await api.data(`{ body(id: "body-svo") { chainDown { ${CHAIN} } } }`);
    const chain = body.chainDown;
    expect(reached(chain.nodes)).toEqual([
      ['body-lgvo', 1],
      ['body-svo-au', 1],
      ['body-svo-temakonferens', 1],
    ]);
    expect(chain.lines.find((l: any) => l.from.id === 'body-lgvo')).toEqual({
      kind: 'PREPARES_FOR',
      text: 'Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO',
      from: { id: 'body-lgvo' },
      to: { id: 'body-svo' },
      sources: [{ sourceId: 'src-000', locator: "Bilaga 1, Arbetsformer: 'Ledningsgrupp vård och omsorg (LGVO) bereder ärenden till SVO'" }],
    });
  });

  // 003_a2522b93327256eb.txt:98 (OSÖ under SSÖ), :162 "LSÖ rapporterar kontinuerligt under uppdragstiden till OSÖ-gruppen",
  // :166 (the avvikelser group), :211 (the Läkemedelsråd at OSÖ's meetings)
  test('the depth bound cuts the chain and says so with truncated; a deep enough chain is not truncated', async () => {
    const { body } = await api.data(`{ body(id: "body-sso") {
      one: chainDown(depth: 1) { ${CHAIN} }
      all: chainDown { ${CHAIN} }
    } }`);
    expect(body.one.truncated).toBe(true);
    expect(reached(body.one.nodes)).toEqual([['body-oso', 1]]);
    expect(body.all.truncated).toBe(false);
    expect(reached(body.all.nodes)).toEqual([
      ['body-oso', 1],
      ['body-lso', 2],
      ['body-lso-avvikelser', 2],
      ['body-lso-lakemedelsrad', 2],
    ]);
    const { up } = await api.data(`{ up: body(id: "body-lso-avvikelser") { chainUp(depth: 1) { ${CHAIN} } } }`);
    expect(up.chainUp.truncated).toBe(true);
    expect(reached(up.chainUp.nodes)).toEqual([['body-oso', 1]]);
    expect(up.chainUp.lines.map(lineKey)).toEqual(['body-lso-avvikelser SUBORDINATE_TO body-oso']);
  });

  test('a depth outside 1–12 is BAD_USER_INPUT', async () => {
    for (const depth of [0, 13]) {
      const { errors } = await api.gql(`{ body(id: "body-svo") { chainUp(depth: ${depth}) { truncated } } }`);
      expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'depth' });
      expect(errors![0].message).toBe('depth must be between 1 and 12');
    }
  });
});

describe('reportingPaths', () => {
  // 000_97f0e728be22a798.txt:212 (the AU prepares SVO's meetings) and :216 (LGVO "bereder ärenden till SVO")
  test('SVO AU and LGVO meet at SVO: one shortest path of two PREPARES_FOR lines', async () => {
    const { reportingPaths } = await api.data('{ reportingPaths(from: "body-svo-au", to: "body-lgvo") { length lines { kind from { id } to { id } } } }');
    expect(reportingPaths).toEqual([
      {
        length: 2,
        lines: [
          { kind: 'PREPARES_FOR', from: { id: 'body-svo-au' }, to: { id: 'body-svo' } },
          { kind: 'PREPARES_FOR', from: { id: 'body-lgvo' }, to: { id: 'body-svo' } },
        ],
      },
    ]);
  });

  // 003_a2522b93327256eb.txt:166, :127, :128, :98 (OSÖ reaches SSÖ by three kinds of line)
  test('from the avvikelser group to SSÖ: three paths of length 2, one per line from OSÖ to SSÖ; kinds narrows them', async () => {
    const q =
      'query($kinds: [ReportingKind!]) { reportingPaths(from: "body-lso-avvikelser", to: "body-sso", kinds: $kinds) { length lines { kind from { id } to { id } } } }';
    const all = (await api.data(q)).reportingPaths;
    expect(all.map((p: any) => p.length)).toEqual([2, 2, 2]);
    expect(all.map((p: any) => p.lines.map(lineKey).join(' / ')).sort()).toEqual([
      'body-lso-avvikelser SUBORDINATE_TO body-oso / body-oso PREPARES_FOR body-sso',
      'body-lso-avvikelser SUBORDINATE_TO body-oso / body-oso REPORTS_TO body-sso',
      'body-lso-avvikelser SUBORDINATE_TO body-oso / body-oso SUBORDINATE_TO body-sso',
    ]);
    const subordinate = (await api.data(q, { kinds: ['SUBORDINATE_TO'] })).reportingPaths;
    expect(subordinate.map((p: any) => p.lines.map(lineKey))).toEqual([['body-lso-avvikelser SUBORDINATE_TO body-oso', 'body-oso SUBORDINATE_TO body-sso']]);
  });

  // 002_032b4e42c1688560.txt (SVOM, Jämtland) and 000_97f0e728be22a798.txt (SVO, Östergötland) share no reporting line.
  test('bodies with no connecting lines have no paths; the same body twice is BAD_USER_INPUT', async () => {
    expect((await api.data('{ reportingPaths(from: "body-svo", to: "body-svom") { length } }')).reportingPaths).toEqual([]);
    const { errors } = await api.gql('{ reportingPaths(from: "body-svo", to: "body-svo") { length } }');
    expect(errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});

describe('a cycle of reporting lines', () => {
  const CREATE = 'mutation($input: CreateEntityInput!) { createEntity(input: $input) { entity { id } } }';
  const LINK = 'mutation($input: LinkInput!) { linkEntities(input: $input) { audit { action relationship otherId } } }';
  const A = 'body-chains-cycle-a';
  const B = 'body-chains-cycle-b';

  beforeAll(async () => {
    for (const [id, name] of [
      [A, 'Cykelgruppen A'],
      [B, 'Cykelgruppen B'],
    ]) {
      const created = await api.gql(
        CREATE,
        {
          input: { kind: 'Body', id, fields: { name, classification: 'WORKING_GROUP', tier: 'OFFICIALS' }, source: { sourceId: SOURCE, locator: 'Avsnitt 1' } },
        },
        EDITOR,
      );
      expect(created.errors).toBeUndefined();
    }
    for (const [from, to, locator] of [
      [A, B, 'Avsnitt 2'],
      [B, A, 'Avsnitt 3'],
    ]) {
      const linked = await api.gql(
        LINK,
        {
          input: { from, type: 'REPORTING_LINE', kind: 'REPORTS_TO', to, text: `${from} rapporterar till ${to}`, source: { sourceId: SOURCE, locator } },
        },
        EDITOR,
      );
      expect(linked.errors).toBeUndefined();
      expect(linked.data.linkEntities.audit).toEqual({ action: 'LINK', relationship: 'REPORTING_LINE/REPORTS_TO', otherId: to });
    }
  });

  test('chainUp terminates: the other body once at depth 1, both lines once each, not truncated', async () => {
    const { a, b } = await api.data(`{
      a: body(id: "${A}") { chainUp(depth: 12) { start { id } ${CHAIN} } }
      b: body(id: "${B}") { chainUp(depth: 12) { start { id } ${CHAIN} } }
    }`);
    expect(a.chainUp.start).toEqual({ id: A });
    expect(reached(a.chainUp.nodes)).toEqual([[B, 1]]);
    expect(a.chainUp.lines.map(lineKey)).toEqual([`${A} REPORTS_TO ${B}`, `${B} REPORTS_TO ${A}`]);
    expect(a.chainUp.lines.map((l: any) => l.sources)).toEqual([[{ sourceId: SOURCE, locator: 'Avsnitt 2' }], [{ sourceId: SOURCE, locator: 'Avsnitt 3' }]]);
    expect(a.chainUp.truncated).toBe(false);
    expect(reached(b.chainUp.nodes)).toEqual([[A, 1]]);
    expect(b.chainUp.lines.map(lineKey)).toEqual([`${B} REPORTS_TO ${A}`, `${A} REPORTS_TO ${B}`]);
  });

  test('chainDown terminates too, and depth 1 says the cycle goes on', async () => {
    const { a } = await api.data(`{ a: body(id: "${A}") { down: chainDown(depth: 12) { ${CHAIN} } up1: chainUp(depth: 1) { ${CHAIN} } } }`);
    expect(reached(a.down.nodes)).toEqual([[B, 1]]);
    expect(a.down.lines.map(lineKey).sort()).toEqual([`${A} REPORTS_TO ${B}`, `${B} REPORTS_TO ${A}`]);
    expect(a.down.truncated).toBe(false);
    expect(a.up1.truncated).toBe(true);
    expect(a.up1.lines.map(lineKey)).toEqual([`${A} REPORTS_TO ${B}`]);
  });

  test('reportingPaths between the two: the two one-line paths, one each way', async () => {
    const { reportingPaths } = await api.data(`{ reportingPaths(from: "${A}", to: "${B}") { length lines { from { id } to { id } } } }`);
    expect(reportingPaths.map((p: any) => p.length)).toEqual([1, 1]);
    expect(reportingPaths.map((p: any) => `${p.lines[0].from.id}>${p.lines[0].to.id}`).sort()).toEqual([`${A}>${B}`, `${B}>${A}`]);
  });
});
