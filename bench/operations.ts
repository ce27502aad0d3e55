/** The operations the benchmark times: one per use in README.md, on the seed graph. */
export const OPERATIONS: { name: string; query: string }[] = [
  {
    name: 'body by id with principals, mandates, seats',
    query: `{ body(id: "body-svo") { name principals { organisation { name } } mandates { capacities text topics { name } } memberships { role holder { id } } } }`,
  },
  {
    name: 'bodies list, filtered by area, 50 per page',
    query: `{ bodies(first: 50, filter: { area: "area-05" }) { totalCount nodes { id name classification area { name } } } }`,
  },
  {
    name: 'reporting chain up (LSÖ group → SSÖ)',
    query: `{ body(id: "body-lso-avvikelser") { chainUp { nodes { depth node { id } } lines { kind text sources { locator } } } } }`,
  },
  {
    name: 'reporting chain down (SVO, depth 3)',
    query: `{ body(id: "body-svo") { chainDown(depth: 3) { nodes { depth node { id } } lines { kind } } } }`,
  },
  {
    name: 'paths between two bodies',
    query: `{ reportingPaths(from: "body-lso-lakemedelsrad", to: "body-sso") { length lines { kind from { id } to { id } } } }`,
  },
  {
    name: 'item: who prepares, decides, follows up, steps',
    query: `{ node(id: "item-001-godkannande-arbetsplan") { ... on Item { title preparedBy { id } decidedBy { decider { id } kind condition } followedUpBy { id } heldBy { id } steps { date { text } kind body { id } registryNumber } } } }`,
  },
  {
    name: 'agreements register as of a date, notice window',
    query: `{ agreements(asOf: "2024-09-01", filter: { noticeFrom: "2024-09-01", noticeTo: "2025-12-31" }) { document { id title } state { status effectiveEnd noticeDeadline } } }`,
  },
  {
    name: 'full-text search (prefix of a compound)',
    query: `{ search(text: "hemsjuk", first: 20) { kind score node { id } } }`,
  },
  {
    name: 'nested lists (50 bodies → seats, mandates → topics, items → steps)',
    query: `{ bodies(first: 50) { nodes { memberships { holder { id } } mandates { topics { id } } itemsPrepared { steps { body { id } } } } } }`,
  },
];
