import * as Q from '../../web/src/queries';
import { startTestApi, type TestApi } from '../helpers';

/**
 * Every operation the explorer sends, a persisted query by name, runs against the real API
 * with the default request limits (cost 10 000, depth 15, aliases 15): a view that asks for too much in one
 * operation fails here, not in front of an official.
 */
let api: TestApi;
beforeAll(async () => {
  api = await startTestApi();
  // The first statements on a freshly started database plan and warm its caches; what is
  // measured here is whether each operation passes the limits, not a cold start.
  await api.gql('{ sources(first: 1) { totalCount } search(text: "SVO", first: 1) { kind } }');
});
afterAll(() => api?.close());

const day = '2024-09-01';
const cases: [keyof typeof Q, Record<string, unknown>][] = [
  ['SOURCES', {}],
  ['SEARCH', { text: 'SVO', first: 30 }],
  ['BODY', { id: 'body-svo', asOf: day }],
  ['BODY_MANDATES', { id: 'body-svo', asOf: day }],
  ['BODY_MEMBERS', { id: 'body-001-vard-och-aldreomsorgsnamnden', asOf: day }],
  ['BODY_WORK', { id: 'body-svo', asOf: day }],
  ['CHAIN', { id: 'body-svo', depth: 6, asOf: day }],
  ['ITEM', { id: 'item-001-godkannande-arbetsplan', asOf: day }],
  ['ITEM_DOCUMENTS', { id: 'item-002-samverkansavtal-hemsjukvard', asOf: day }],
  ['ITEM_STEPS', { id: 'item-002-samverkansavtal-hemsjukvard' }],
  ['ITEM_STEP_DOCUMENTS', { id: 'item-002-samverkansavtal-hemsjukvard' }],
  ['AGREEMENTS', { asOf: day, filter: {}, noticeWindowMonths: 6 }],
  ['AGREEMENT_DETAIL', { id: 'doc-000-ok-barn-unga' }],
  ['AREAS', {}],
  ['AREA', { id: 'area-05' }],
  ['AREA_COVERED_BY', { id: 'area-23', after: 'b2Zmc2V0OjQ5' }],
  ['BODY_ITEMS', { id: 'body-svo', prepared: true, first: 2, after: 'b2Zmc2V0OjE=' }],
  ['REMIT_OVERLAPS', { filter: { area: 'area-04' }, first: 75 }],
  ['ITEMS_PREPARED_IN_SEVERAL_PLACES', { first: 100 }],
  ['ITEMS_WITHOUT_DECIDER', { first: 100 }],
  ['ITEMS_WITH_SEVERAL_DECIDERS', { first: 100 }],
  ['COMMISSIONS_WITHOUT_REPORT_BACK', { first: 50 }],
  ['SEATS_IN_OVERLAPPING_BODIES', { filter: { area: 'area-05', topic: 'topic-000-nara-vard', asOf: day }, first: 100 }],
  ['TOPICS', { first: 100 }],
];

test('every operation in web/src/queries.ts is exercised here', () => {
  expect(Object.keys(Q).sort()).toEqual(cases.map(([name]) => name).sort());
});

test.each(cases)('%s runs as a persisted query within the default limits and returns data', async (name, variables) => {
  const url = `${api.server.url}/api/q/${Q[name]}?variables=${encodeURIComponent(JSON.stringify(variables))}`;
  const answer = await fetch(url);
  expect(answer.status).toBe(200);
  expect(answer.headers.get('cache-control')).toMatch(/public/);
  const response = (await answer.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  expect(response.errors).toBeUndefined();
  expect(Object.values(response.data ?? {}).every((v) => v !== null)).toBe(true);
});
