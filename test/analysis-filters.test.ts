import { startTestApi, type TestApi } from './helpers';

/**
 * The overlap analyses apply their area and topic filters before pairing (only the bodies a
 * pair under the filter can involve are read and paired). Whatever they skip, the answer must
 * be the analysis of the whole graph narrowed by the filter as the schema states it: in an
 * area, one of the two areas is it or inside it (Area.children, at most 4 levels down); on a
 * topic, a shared or broader/narrower topic is it or narrower (Topic.narrower, any depth).
 * Checked for every county and every area an overlap lies in (and the areas above them), and
 * for every topic.
 */
let api: TestApi;
beforeAll(async () => {
  // This suite asks for whole analyses, many times over: it checks answers, not limits or
  // time (the first call of a statement is planned, which on a busy machine takes seconds).
  api = await startTestApi({
    GOVGRAPH_MAX_COST: '10000000',
    GOVGRAPH_RATE_READS: '100000',
    GOVGRAPH_MAX_IDS: '1000',
    NEO4J_TX_TIMEOUT_MS: '60000',
    GOVGRAPH_REQUEST_TIMEOUT_MS: '120000',
  });
});
afterAll(() => api.close());

const REMIT = `classification bodyA { id } bodyB { id } mandateA { id } mandateB { id } areaA { id } areaB { id }
  sharedTopics { id } relatedTopics { broader { id } narrower { id } }`;
const SEATS = `holder { id } bodyA { id area { id } } bodyB { id area { id } } sharedTopics { id } relatedTopics { broader { id } narrower { id } }`;

/** An area and the areas at most `depth` levels below it. */
async function inside(area: string, depth = 4): Promise<Set<string>> {
  const found = new Set([area]);
  let level = [area];
  for (let i = 0; i < depth && level.length; i++) {
    const { nodes } = await api.data('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Area { children { id } } } }', { ids: level });
    level = nodes.flatMap((n: any) => n.children.map((c: any) => c.id)).filter((id: string) => !found.has(id));
    level.forEach((id) => found.add(id));
  }
  return found;
}

/** A topic and every topic below it. */
async function under(topic: string): Promise<Set<string>> {
  const found = new Set([topic]);
  let level = [topic];
  while (level.length) {
    const { nodes } = await api.data('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Topic { narrower { id } } } }', { ids: level });
    level = nodes.flatMap((n: any) => n.narrower.map((c: any) => c.id)).filter((id: string) => !found.has(id));
    level.forEach((id) => found.add(id));
  }
  return found;
}

const topicsOf = (row: any): string[] => [...row.sharedTopics.map((t: any) => t.id), ...row.relatedTopics.flatMap((p: any) => [p.broader.id, p.narrower.id])];

let remits: any[];
let seats: any[];
let areas: string[];
let topics: string[];
beforeAll(async () => {
  const all = await api.data(`{ remitOverlaps(first: 200) { ${REMIT} } seatsInOverlappingBodies(first: 200) { ${SEATS} }
    areas(first: 100, filter: {levels: [COUNTRY, COUNTY]}) { nodes { id } } topics(first: 100) { nodes { id } } }`);
  remits = all.remitOverlaps;
  seats = all.seatsInOverlappingBodies;
  expect(remits.length).toBeGreaterThan(5);
  expect(remits.length).toBeLessThan(200);
  expect(seats.length).toBeLessThan(200);
  // Where overlaps lie, and the areas above those (their parents, via the reverse of children).
  const where = new Set<string>([...all.areas.nodes.map((a: any) => a.id), ...remits.flatMap((r) => [r.areaA.id, r.areaB.id])]);
  const { nodes } = await api.data('query($ids: [ID!]!) { nodes(ids: $ids) { ... on Area { parent { id parent { id } } } } }', { ids: [...where] });
  nodes.forEach((n: any) => [n?.parent?.id, n?.parent?.parent?.id].forEach((id) => id && where.add(id)));
  areas = [...where].sort();
  topics = all.topics.nodes.map((t: any) => t.id);
});

test('remitOverlaps in an area is every overlap of the whole graph with an area in it, in the same order', async () => {
  for (const area of areas) {
    const within = await inside(area);
    const expected = remits.filter((r) => within.has(r.areaA.id) || within.has(r.areaB.id));
    const { remitOverlaps } = await api.data(`query($area: ID) { remitOverlaps(first: 200, filter: {area: $area}) { ${REMIT} } }`, { area });
    expect({ area, found: remitOverlaps }).toEqual({ area, found: expected });
  }
});

test('remitOverlaps on a topic is every overlap of the whole graph on it or a narrower one, in the same order', async () => {
  let nonEmpty = 0;
  for (const topic of topics) {
    const below = await under(topic);
    const expected = remits.filter((r) => topicsOf(r).some((t) => below.has(t)));
    const { remitOverlaps } = await api.data(`query($topic: ID) { remitOverlaps(first: 200, filter: {topic: $topic}) { ${REMIT} } }`, { topic });
    expect({ topic, found: remitOverlaps }).toEqual({ topic, found: expected });
    if (expected.length) nonEmpty++;
  }
  expect(nonEmpty).toBeGreaterThan(1);
});

test('seatsInOverlappingBodies on a topic is every shared seat of the whole graph on it or a narrower one; in an area, it keeps every one whose body lies there', async () => {
  for (const topic of topics) {
    const below = await under(topic);
    const { seatsInOverlappingBodies } = await api.data(`query($topic: ID) { seatsInOverlappingBodies(first: 200, filter: {topic: $topic}) { ${SEATS} } }`, {
      topic,
    });
    expect({ topic, found: seatsInOverlappingBodies }).toEqual({ topic, found: seats.filter((s) => topicsOf(s).some((t) => below.has(t))) });
  }
  // A body may cover several areas and only one is shown, so in an area the answer is checked
  // both ways: no row the whole graph lacks, and every row with a shown area inside it.
  for (const area of areas) {
    const within = await inside(area);
    const { seatsInOverlappingBodies } = await api.data(`query($area: ID) { seatsInOverlappingBodies(first: 200, filter: {area: $area}) { ${SEATS} } }`, {
      area,
    });
    const key = (s: any) => `${s.holder.id} ${s.bodyA.id} ${s.bodyB.id}`;
    const all = seats.map(key);
    const found = seatsInOverlappingBodies.map(key);
    expect({ area, extra: found.filter((k: string) => !all.includes(k)) }).toEqual({ area, extra: [] });
    expect({ area, order: found }).toEqual({ area, order: all.filter((k) => found.includes(k)) });
    const shown = seats.filter((s) => within.has(s.bodyA.area?.id) || within.has(s.bodyB.area?.id)).map(key);
    expect({ area, missing: shown.filter((k) => !found.includes(k)) }).toEqual({ area, missing: [] });
  }
});
