import { parse } from 'csv-parse/sync';
import ICAL from 'ical.js';
import { startTestApi, type TestApi } from './helpers';

/** A response's JSON body, untyped as tests read it. */
const jsonOf = async (response: Response | Promise<Response>): Promise<any> => (await response).json();

/** The exports (CSV, iCal, Mermaid, DOT, Popolo) on the real service and the seed graph. */
let api: TestApi;

beforeAll(async () => {
  api = await startTestApi({ GOVGRAPH_RATE_READS: '100000' });
});
afterAll(() => api.close());

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.server.url}${path}`, { headers });

describe('CSV', () => {
  test('the agreements register as of 2024-09-01 in area-05: UTF-8 with BOM, parses back to the four agreements README lists', async () => {
    const response = await get('/export/agreements.csv?asOf=2024-09-01&area=area-05&noticeTo=2025-06-30');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; header=present; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=avtalsregister-2024-09-01.csv');
    expect(response.headers.get('cache-control')).toBe('max-age=300, public');
    expect(response.headers.get('etag')).toMatch(/^"/);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: Record<string, string>[] = parse(bytes, { bom: true, columns: true, delimiter: ';' });
    expect(rows.map((r) => [r.Id, r.Status, r['Gäller till'], r['Sista uppsägningsdag']])).toEqual([
      ['doc-000-ramavtal-ungdomshalsa', 'PAST_NOTICE_RENEWING', '2024-12-30', '2023-12-30'],
      ['doc-000-ok-barn-unga-placerade', 'PAST_NOTICE_RENEWING', '2024-12-31', '2023-12-31'],
      ['doc-000-ok-barn-unga', 'IN_NOTICE_WINDOW', '2025-12-31', '2024-12-31'],
      ['doc-000-ok-psykisk-funktionsnedsattning-missbruk', 'IN_NOTICE_WINDOW', '2025-12-31', '2024-12-31'],
    ]);
    expect(rows[0].Titel).toBe('Ramavtal ungdomshälsa');
    expect(rows[0]['Källor']).toMatch(/^src-000: /);
  });

  test('delimiter=comma gives RFC 4180 CSV with the same rows', async () => {
    const text = await (await get('/export/agreements.csv?asOf=2024-09-01&area=area-05&noticeTo=2025-06-30&delimiter=comma')).text();
    const rows: string[][] = parse(text, { bom: true });
    expect(rows[0].slice(0, 3)).toEqual(['Id', 'Titel', 'Dokumenttyp']);
    expect(rows).toHaveLength(5);
  });

  test('an overlap analysis exports its findings with both mandate texts, the text likeness and the matching sentences', async () => {
    const response = await get('/export/analysis/remitOverlaps.csv?area=area-04');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename=overlappande-mandat.csv');
    const rows: Record<string, string>[] = parse(Buffer.from(await response.arrayBuffer()), { bom: true, columns: true, delimiter: ';' });
    expect(rows).toHaveLength(15);
    // 004: LRS "kunskapsutveckling, kunskapsstyrning" and FoUiS "evidensbaserad praktik": the shared topic, texts not alike.
    expect(rows[0]).toMatchObject({
      Klassning: 'DUPLICATION',
      'Organ A': 'FoU i Sörmland',
      'Organ B': 'Länsgemensamt regionalt stöd – socialtjänst & vård',
      'Gemensamma ämnen': 'Kunskapsstyrning och kunskapsutveckling',
      Likhet: '',
    });
    expect(rows[0]['Mandat A'].length).toBeGreaterThan(10);
    // 004, Arvodeskommittén 2023-05-16: one sentence in both mandates.
    const sentence = 'Tillämpningsanvisningarna bereds av arvodeskommittén och antas av personalutskottet.';
    expect(rows.find((r) => r['Organ A'] === 'Arvodeskommittén')).toMatchObject({
      Klassning: 'FRAGMENTATION',
      Likhet: '1',
      'Matchande meningar A': sentence,
      'Matchande meningar B': sentence,
    });
  });

  // 000_97f0e728be22a798.txt:91 "länets tretton kommuner"; 001 leaves its own municipality unnamed: an organisation of kind UNKNOWN, not a fourteenth
  test("a list with its filters: area-05's municipalities are its 13, without the one 001 leaves unnamed", async () => {
    const rows: Record<string, string>[] = parse(
      Buffer.from(await (await get('/export/list/organisations.csv?area=area-05&kinds=MUNICIPALITY')).arrayBuffer()),
      { bom: true, columns: true, delimiter: ';' },
    );
    expect(rows).toHaveLength(13);
    expect(rows.map((r) => r.Namn)).toEqual(expect.arrayContaining(['Linköpings kommun', 'Ydre kommun', 'Åtvidabergs kommun']));
    expect(rows.map((r) => r.Id)).not.toContain('org-ostergotland-kommun-ej-namngiven-001');
    expect(new Set(rows.map((r) => r.Typ))).toEqual(new Set(['MUNICIPALITY']));
  });

  test.each([
    ['/export/agreements.csv?asOf=2024-13-01', 400, 'BAD_USER_INPUT'],
    ['/export/agreements.csv?aera=area-05', 400, 'BAD_USER_INPUT'],
    ['/export/agreements.csv?delimiter=pipe', 400, 'BAD_USER_INPUT'],
    ['/export/list/nonsense.csv', 404, 'NOT_FOUND'],
    ['/export/analysis/nonsense.csv', 404, 'NOT_FOUND'],
  ])('%s is a JSON error (%i %s), never cached', async (path, status, code) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect((await jsonOf(response)).errors[0].extensions.code).toBe(code);
  });
});

describe('iCal', () => {
  /** The feed's events as a calendar parser reads them: uid → [summary, start date]. */
  async function events(path: string): Promise<Map<string, { summary: string; start: string; url: string; description: string }>> {
    const response = await get(path);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const calendar = new ICAL.Component(ICAL.parse(await response.text()));
    return new Map(
      calendar.getAllSubcomponents('vevent').map((vevent) => {
        const event = new ICAL.Event(vevent);
        expect(event.startDate.isDate).toBe(true); // all-day
        return [
          event.uid,
          { summary: event.summary, start: event.startDate.toString(), url: String(vevent.getFirstPropertyValue('url')), description: event.description },
        ];
      }),
    );
  }

  test('the register feed parses and has the notice deadlines on their days (Ramavtal ungdomshälsa: 2023-12-30)', async () => {
    const feed = await events('/export/calendar.ics?asOf=2024-09-01');
    const deadline = feed.get('uppsagning-doc-000-ramavtal-ungdomshalsa-2023-12-30@govgraph');
    expect(deadline).toMatchObject({ summary: 'Sista dag att säga upp: Ramavtal ungdomshälsa', start: '2023-12-30' });
    expect(deadline!.url).toMatch(/\/avtal$/);
    expect(deadline!.description).toContain('(src-000)');
    expect(feed.get('uppsagning-doc-000-ok-barn-unga-2024-12-31@govgraph')?.start).toBe('2024-12-31');
  });

  test('meetings with a known day are events; a meeting known only by month is left out', async () => {
    const feed = await events('/export/body/body-svom.ics?asOf=2024-09-01');
    expect(feed.get('mote-meeting-002-svom-2024-06-03@govgraph')).toMatchObject({ start: '2024-06-03' });
    expect(feed.get('mote-meeting-002-svom-2024-06-03@govgraph')!.url).toMatch(/\/organ\/body-svom$/);
    expect(feed.has('mote-meeting-002-svom-2023-10@govgraph')).toBe(false);
  });

  test("a commission due on a day is an event on that day in its issuer's feed", async () => {
    const feed = await events('/export/body/body-fredagsgruppen.ics?asOf=2024-09-01');
    expect(feed.get('uppdrag-commission-002-cosmic-fortsatt-samverkan@govgraph')).toMatchObject({
      start: '2024-10-21',
      summary: expect.stringMatching(/^Uppdrag ska redovisas: /),
    });
  });

  test('the area feed has the agreements of the area with their deadlines', async () => {
    const feed = await events('/export/area/area-05.ics?asOf=2024-09-01');
    expect(feed.get('uppsagning-doc-000-ramavtal-ungdomshalsa-2023-12-30@govgraph')?.start).toBe('2023-12-30');
  });

  test('the same feed twice is the same bytes: a 304 on revalidation', async () => {
    const first = await get('/export/calendar.ics?asOf=2024-09-01');
    const again = await get('/export/calendar.ics?asOf=2024-09-01', { 'If-None-Match': first.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  test.each([
    ['/export/body/body-does-not-exist.ics', 404],
    ['/export/area/area-99.ics', 404],
    ['/export/calendar.ics?asOf=spring', 400],
  ])('%s is a JSON error %i', async (path, status) => {
    const response = await get(path);
    expect(response.status).toBe(status);
    expect((await jsonOf(response)).errors).toHaveLength(1);
  });
});

describe('reporting chains as diagram text', () => {
  test('Mermaid of body-lso-avvikelser has the edges README shows, labelled with their kind', async () => {
    const response = await get('/export/body/body-lso-avvikelser/chain.mmd');
    expect(response.headers.get('content-type')).toBe('text/vnd.mermaid; charset=utf-8');
    const text = await response.text();
    expect(text.split('\n')[0]).toBe('flowchart BT');
    expect(text).toContain('body_lso_avvikelser["LSÖ-grupp med uppdrag avvikelser och systemfel mellan vårdgivare"]');
    for (const edge of [
      'body_lso_avvikelser -->|"underställd"| body_oso',
      'body_oso -->|"underställd"| body_sso',
      'body_oso -->|"rapporterar till"| body_sso',
      'body_oso -->|"bereder åt"| body_sso',
    ]) {
      expect(text).toContain(edge);
    }
  });

  test('DOT of the same chain has the same edges with kind attributes', async () => {
    const response = await get('/export/body/body-lso-avvikelser/chain.dot');
    expect(response.headers.get('content-type')).toBe('text/vnd.graphviz; charset=utf-8');
    const text = await response.text();
    expect(text).toMatch(/^digraph "Rapportkedja: LSÖ-grupp/);
    expect(text).toContain('"body-lso-avvikelser" -> "body-oso" [label="underställd", kind="SUBORDINATE_TO"];');
    expect(text).toContain('"body-oso" -> "body-sso" [label="rapporterar till", kind="REPORTS_TO"];');
    expect(text).toContain('"body-oso" -> "body-sso" [label="bereder åt", kind="PREPARES_FOR"];');
  });

  test('an unknown body is a JSON 404; a depth out of range a 400; one too costly a 400 QUERY_TOO_COMPLEX', async () => {
    expect((await get('/export/body/body-nope/chain.mmd')).status).toBe(404);
    const shallow = await get('/export/body/body-sso/chain.dot?depth=0');
    expect(shallow.status).toBe(400);
    expect((await jsonOf(shallow)).errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const deep = await get('/export/body/body-sso/chain.dot?depth=1000');
    expect(deep.status).toBe(400);
    expect((await jsonOf(deep)).errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('Popolo JSON-LD', () => {
  test('a body with members: organisations, persons, posts and memberships whose references resolve', async () => {
    const response = await get('/export/body/body-sso/popolo.json');
    expect(response.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const popolo = await jsonOf(response);
    expect(popolo['@context'].org).toBe('http://www.w3.org/ns/org#');
    expect(popolo['@context'].organization_id).toEqual({ '@id': 'org:organization', '@type': '@id' });
    const ids = (list: { id: string }[]) => new Set(list.map((x) => x.id));
    const organizations = ids(popolo.organizations);
    const persons = ids(popolo.persons);
    const posts = ids(popolo.posts);
    expect(popolo.organizations[0]).toMatchObject({
      type: 'Organization',
      id: 'body-sso',
      name: 'Strategisk Samverkan Öster',
      classification: 'LEADERSHIP_GROUP',
      area_id: 'area-ostra-ostergotland',
    });
    expect(popolo.memberships.length).toBeGreaterThan(10);
    // SSÖ's seats are held by posts; the nine who wrote its document are its document's authors, not members.
    expect(popolo.persons).toEqual([]);
    for (const membership of popolo.memberships) {
      expect(organizations.has(membership.organization_id)).toBe(true);
      if (membership.person_id) expect(persons.has(membership.person_id)).toBe(true);
      if (membership.post_id) expect(posts.has(membership.post_id)).toBe(true);
      if (membership.member) expect(organizations.has(membership.member.id)).toBe(true);
      if (membership.on_behalf_of_id) expect(organizations.has(membership.on_behalf_of_id)).toBe(true);
      for (const date of [membership.start_date, membership.end_date].filter(Boolean)) expect(date).toMatch(/^\d{4}(-\d{2}){0,2}$/);
      for (const source of membership.sources) expect(source).toEqual({ url: expect.stringMatching(/\/api\/q\/Source\?variables=/), note: expect.any(String) });
    }
    for (const post of popolo.posts) expect(organizations.has(post.organization_id)).toBe(true);
    // Principals are organisations as members, as Popolo models them.
    expect(popolo.memberships.filter((m: any) => m.role === 'principal').length).toBeGreaterThan(1);
  });

  test('a body whose seats persons hold: each person once, every membership naming one of them', async () => {
    // 004, Arvodeskommittén: nine named persons hold its seats.
    const popolo = await jsonOf(get('/export/body/body-kommun-0484-arvodeskommitten/popolo.json'));
    const persons = new Set(popolo.persons.map((p: { id: string }) => p.id));
    expect(persons.size).toBe(popolo.persons.length);
    const held = popolo.memberships.filter((m: any) => m.person_id);
    expect(held).toHaveLength(9);
    for (const membership of held) expect(persons.has(membership.person_id)).toBe(true);
  });

  test('a Popolo source link resolves to the source document through the API', async () => {
    const popolo = await jsonOf(get('/export/body/body-sso/popolo.json'));
    const link = new URL(popolo.organizations[0].sources[0].url);
    const source = await jsonOf(get(`${link.pathname}${link.search}`));
    expect(source.data.node.id).toBe('src-003');
  });
});
