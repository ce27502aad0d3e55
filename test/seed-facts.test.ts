import type { Database } from '../src/db/database';
import { testDatabase } from './helpers';
let db: Database;
beforeAll(async () => { db = await testDatabase(); });
afterAll(() => db.driver.close());
test('dump', async () => {
  const q: [string, string, Record<string, unknown>][] = [
    ['memSso', 'test/bodyMemberships', { body: 'body-sso' }],
    ['memOsoBarn', 'test/bodyMemberships', { body: 'body-oso-barn-unga' }],
    ['attTb', 'test/meetingAttendance', { meeting: 'meeting-004-trygghetsberedningen-2023-08-16' }],
    ['attArv', 'test/meetingAttendance', { meeting: 'meeting-004-arvodeskommitten-2023-05-16' }],
    ['steps002hem', 'test/itemSteps', { item: 'item-002-samverkansavtal-hemsjukvard' }],
    ['steps002eft', 'test/itemSteps', { item: 'item-002-rutin-efterlevandestod' }],
    ['steps001', 'test/itemSteps', { item: 'item-001-godkannande-arbetsplan' }],
    ['steps004mal', 'test/itemSteps', { item: 'item-004-malbild' }],
    ['steps004fok', 'test/itemSteps', { item: 'item-004-fokusomraden' }],
    ['t1', 'test/documentTerms', { id: 'doc-000-ok-barn-unga-placerade' }],
    ['t2', 'test/documentTerms', { id: 'doc-000-avtal-lakarmedverkan' }],
    ['t3', 'test/documentTerms', { id: 'doc-002-samverkansavtal-hemsjukvard' }],
    ['t4', 'test/documentTerms', { id: 'doc-002-ok-riskbruk-missbruk-beroende' }],
    ['t5', 'test/documentTerms', { id: 'doc-002-avtal-medicinteknisk-utrustning' }],
    ['t6', 'test/documentTerms', { id: 'doc-003-samverkansdokument-ostra-lansdelen' }],
    ['c1', 'test/commission', { id: 'commission-000-gapanalys-palliativ' }],
    ['c2', 'test/commission', { id: 'commission-002-rutin-efterlevandestod' }],
    ['c3', 'test/commission', { id: 'commission-004-forslag-tillampningsanvisning' }],
    ['c4', 'test/commission', { id: 'commission-000-justering-utskrivning' }],
    ['c5', 'test/commission', { id: 'commission-002-omarbeta-handlingsplaner-psykisk-halsa' }],
    ['rlAu', 'test/reportingLinesFrom', { from: 'body-svo-au' }],
    ['rlSvo', 'test/reportingLinesFrom', { from: 'body-svo' }],
    ['rlOso', 'test/reportingLinesFrom', { from: 'body-oso' }],
    ['rlLso', 'test/reportingLinesFrom', { from: 'body-lso' }],
    ['rlFg', 'test/reportingLinesFrom', { from: 'body-fredagsgruppen' }],
    ['pathFg', 'test/reportingPath', { from: 'body-fredagsgruppens-beredningsgrupp', to: 'body-svom', kind: 'PREPARES_FOR' }],
    ['pathSub', 'test/reportingPath', { from: 'body-lso-avvikelser', to: 'body-sso', kind: 'SUBORDINATE_TO' }],
    ['bf1', 'test/bodyFacts', { id: 'body-oso-barn-unga' }],
    ['bf2', 'test/bodyFacts', { id: 'body-lso-avvikelser' }],
    ['bf3', 'test/bodyFacts', { id: 'body-wreta' }],
    ['bf4', 'test/bodyFacts', { id: 'body-svo-au' }],
    ['pSso', 'test/principals', { body: 'body-sso' }],
    ['dec002', 'test/itemDeciders', { item: 'item-002-gemensam-plan-sammanfattning' }],
    ['dec004', 'test/itemDeciders', { item: 'item-004-slutrapport-nara-vard' }],
    ['otherDocs', 'test/locatorPrefixCounts', { source: 'src-002', label: 'Document', prefixes: ['Sammanfattning, row', 'Tabell', 'Table headings'] }],
  ];
  const out: Record<string, unknown> = {};
  for (const [k, n, p] of q) out[k] = await db.read(n, p);
  require('fs').writeFileSync('/tmp/dump2.json', JSON.stringify(out, null, 0));
});
