/**
 * The operations the benchmark times, one per use in README.md, each as govgraph, the
 * raw-Cypher floor (bench/raw/<key>.cypher) and @neo4j/graphql 7 ask it. Ids come from
 * the graph being measured (bench/graphs.ts), so the same operations run on the seed graph
 * and on the national one.
 */

/** The ids and days the operations ask about, per graph. */
export interface GraphIds {
  /** A body with principals and mandates. */
  body: string;
  /** An area whose bodies are listed. */
  area: string;
  /** A body with lines at least two levels up, and the entity two lines above it. */
  chainFrom: string;
  chainTo: string;
  /** A body with lines below it (the chain down starts here). */
  chainDownFrom: string;
  /** An item with deciders and steps. */
  item: string;
  /** The register's day and notice window. */
  asOf: string;
  noticeFrom: string;
  noticeTo: string;
  search: string;
}

/** How @neo4j/graphql 7 asks it, or why it cannot. */
export type Neo4jGraphql =
  | {
      query: string;
      /** Answer fields left out of the comparison, and why. */
      ignore?: string[];
      differs?: string;
    }
  | { cannot: string };

export interface Operation {
  key: string;
  name: string;
  /** govgraph's query (variables below). */
  query: string;
  variables: (ids: GraphIds) => Record<string, unknown>;
  neo4jGraphql: Neo4jGraphql;
  /** Measured under 50 concurrent clients too. */
  load?: boolean;
}

/** A body's holder or decider is one of these; @neo4j/graphql answers unions by fragment. */
const ACTOR_IDS = '... on Body { id } ... on Organisation { id }';
const HOLDER_IDS = '... on Person { id } ... on Post { id } ... on Organisation { id }';

export const OPERATIONS: Operation[] = [
  {
    key: 'body',
    name: 'body by id with principals, mandates, seats',
    query: `query Body($id: ID!) { body(id: $id) { name principals { organisation { name } } mandates { capacities text topics { name } } memberships { role holder { id } } } }`,
    variables: (ids) => ({ id: ids.body }),
    neo4jGraphql: {
      query: `query Body($id: ID!) { bodies(where: { id: { eq: $id } }) { name principals(sort: [{ sortName: ASC }]) { name } mandates(sort: [{ id: ASC }]) { capacities text topics(sort: [{ sortName: ASC }]) { name } } memberships(sort: [{ id: ASC }]) { role holder { ${HOLDER_IDS} } } } }`,
    },
    load: true,
  },
  {
    key: 'bodiesByArea',
    name: 'bodies list, filtered by area, 50 per page',
    query: `query Bodies($area: String!, $first: Int!) { bodies(first: $first, filter: { area: $area }) { totalCount nodes { id name classification area { name } } } }`,
    variables: (ids) => ({ area: ids.area, first: 50 }),
    neo4jGraphql: {
      // "Covers the area or one inside it": the area, up to three PART_OF levels below it, or one it INCLUDES.
      query: `query Bodies($area: ID!, $first: Int!) { bodiesConnection(first: $first, sort: [{ sortName: ASC }, { id: ASC }], where: { area: { some: { OR: [
        { id: { eq: $area } },
        { parent: { some: { id: { eq: $area } } } },
        { parent: { some: { parent: { some: { id: { eq: $area } } } } } },
        { parent: { some: { parent: { some: { parent: { some: { id: { eq: $area } } } } } } } },
        { inIncludes: { some: { id: { eq: $area } } } } ] } } }) { totalCount edges { node { id name classification area { name } } } } }`,
    },
    load: true,
  },
  {
    key: 'chainUp',
    name: 'reporting chain up (two levels and more)',
    query: `query ChainUp($id: ID!) { body(id: $id) { chainUp { nodes { depth node { id } } lines { kind text sources { locator } } } } }`,
    variables: (ids) => ({ id: ids.chainFrom }),
    neo4jGraphql: { cannot: 'variable-length paths, each line once at its least depth: only with a hand-written @cypher field' },
  },
  {
    key: 'chainDown',
    name: 'reporting chain down (depth 3)',
    query: `query ChainDown($id: ID!, $depth: Int!) { body(id: $id) { chainDown(depth: $depth) { nodes { depth node { id } } lines { kind } } } }`,
    variables: (ids) => ({ id: ids.chainDownFrom, depth: 3 }),
    neo4jGraphql: { cannot: 'variable-length paths, each line once at its least depth: only with a hand-written @cypher field' },
  },
  {
    key: 'paths',
    name: 'paths between two bodies',
    query: `query Paths($from: ID!, $to: ID!) { reportingPaths(from: $from, to: $to) { length lines { kind from { id } to { id } } } }`,
    variables: (ids) => ({ from: ids.chainFrom, to: ids.chainTo }),
    neo4jGraphql: { cannot: 'shortest paths: only with a hand-written @cypher field' },
  },
  {
    key: 'item',
    name: 'item: who prepares, decides, follows up, steps',
    query: `query Item($id: ID!) { node(id: $id) { ... on Item { title preparedBy { id } decidedBy { decider { id } kind condition } followedUpBy { id } heldBy { id } steps { date { text } kind body { id } registryNumber } } } }`,
    variables: (ids) => ({ id: ids.item }),
    neo4jGraphql: {
      query: `query Item($id: ID!) { items(where: { id: { eq: $id } }) { title preparedBy { ${ACTOR_IDS} } decidedByConnection { edges { properties { kind condition } node { ${ACTOR_IDS} } } } followedUpBy { ${ACTOR_IDS} ${HOLDER_IDS} } heldBy { ${ACTOR_IDS} } steps(sort: [{ dateStart: ASC }, { id: ASC }]) { date kind body { ${ACTOR_IDS} } registryNumber } } }`,
      ignore: ['heldBy'],
      differs: "heldBy is only the recorded holder: the rule 'else the body of the latest step dated by today' cannot be expressed",
    },
  },
  {
    key: 'agreements',
    name: 'agreements register as of a date, notice window',
    query: `query Agreements($asOf: LocalDate!, $noticeFrom: LocalDate!, $noticeTo: LocalDate!) { agreements(asOf: $asOf, filter: { noticeFrom: $noticeFrom, noticeTo: $noticeTo }) { document { id title } state { status effectiveEnd noticeDeadline } } }`,
    variables: (ids) => ({ asOf: ids.asOf, noticeFrom: ids.noticeFrom, noticeTo: ids.noticeTo }),
    neo4jGraphql: {
      cannot: 'effective ends, notice deadlines and statuses are arithmetic on the terms (renewals month by month): only with a hand-written @cypher field',
    },
  },
  {
    key: 'search',
    name: 'full-text search (prefix of a compound)',
    query: `query Search($text: String!, $first: Int!) { search(text: $text, first: $first) { kind score node { id } } }`,
    variables: (ids) => ({ text: ids.search, first: 20 }),
    neo4jGraphql: { cannot: '@fulltext queries one index per type; one ranking across nine kinds and two indexes (Swedish and folded) is not expressible' },
  },
  {
    key: 'nestedLists',
    name: 'nested lists (50 bodies → seats, mandates → topics, items → steps)',
    query: `query Nested($first: Int!) { bodies(first: $first) { nodes { memberships { holder { id } } mandates { topics { id } } itemsPrepared { steps { body { id } } } } } }`,
    variables: () => ({ first: 50 }),
    neo4jGraphql: {
      query: `query Nested($first: Int!) { bodies(limit: $first, sort: [{ sortName: ASC }, { id: ASC }]) { memberships(sort: [{ id: ASC }]) { holder { ${HOLDER_IDS} } } mandates(sort: [{ id: ASC }]) { topics(sort: [{ sortName: ASC }]) { id } } itemsPrepared(sort: [{ sortName: ASC }]) { steps(sort: [{ dateStart: ASC }, { id: ASC }]) { body { ${ACTOR_IDS} } } } } }`,
    },
    load: true,
  },
];

/**
 * The analyses, timed for govgraph alone: each is a named statement of its own
 * (cypher/analysis/), with no hand-written floor to compare with; the target for
 * them is absolute (an overlap analysis filtered by area answers in under a second at
 * national scale), so the table gives their times and how much they answered.
 */
export interface Analysis {
  key: string;
  name: string;
  query: string;
  variables: (ids: GraphIds) => Record<string, unknown>;
}

export const ANALYSES: Analysis[] = [
  {
    key: 'remitOverlaps',
    name: 'remit overlaps in an area (first 50)',
    query: `query Overlaps($area: ID!) { remitOverlaps(filter: { area: $area }, first: 50) { classification bodyA { id } bodyB { id } mandateA { id } mandateB { id } sharedTopics { id } } }`,
    variables: (ids) => ({ area: ids.area }),
  },
  {
    key: 'seatsInOverlappingBodies',
    name: 'seats in overlapping bodies in an area (first 50)',
    query: `query Seats($area: ID!) { seatsInOverlappingBodies(filter: { area: $area }, first: 50) { holder { id } bodyA { id } bodyB { id } } }`,
    variables: (ids) => ({ area: ids.area }),
  },
];
