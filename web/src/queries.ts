/**
 * Every GraphQL operation the explorer sends, in one place and each named, with fixed
 * text and variables only: a later step turns this catalogue into persisted, cacheable
 * queries callable by name over GET.
 *
 * Why so many small operations: the API refuses an operation whose estimated cost is
 * above GOVGRAPH_MAX_COST (10 000), counting every list without `first` as 50 rows, so a
 * list of citations inside a list of rows costs 2 500 per field. Each view therefore asks
 * for one list-of-lists per operation and runs them in parallel; test/browser/
 * explorer-queries.test.ts runs every one against the real API to keep them under it.
 */

/** A citation: which source document and where in it; titles come once from SOURCES. */
const CITE = /* GraphQL */ `
fragment Cite on Citation { sourceId locator }`;

/** A body or organisation, enough to name and link it. */
const PARTY = /* GraphQL */ `
fragment Party on Node { __typename id ... on Body { name } ... on Organisation { name } }`;

/** Any node, enough to name and link it. */
const NAMED = /* GraphQL */ `
fragment Named on Node {
  __typename id
  ... on Body { name }
  ... on Organisation { name }
  ... on Area { name }
  ... on Person { name }
  ... on Post { title }
  ... on Document { title }
  ... on Item { title }
  ... on Commission { title }
  ... on Topic { name }
  ... on Meeting { meetingTitle: title date { text } }
}`;

/** The few source documents every citation points to. */
export const SOURCES = /* GraphQL */ `
query ExplorerSources {
  sources(first: 100) { nodes { id title file date publishers } }
}`;

export const SEARCH = /* GraphQL */ `
query ExplorerSearch($text: String!, $first: Int!) {
  search(text: $text, first: $first) {
    kind score
    node {
      id
      ... on Body { name altNames classification area { name } partOf { id name } organisation { id name } }
      ... on Organisation { name orgKind: kind area { name } partOf { id name } }
      ... on Item { title heldBy { ...Party } preparedBy { ...Party } }
      ... on Document { title docKind: kind parties { ...Party } }
      ... on Commission { title issuedBy { ...Party } item { id title } }
      ... on Topic { name broader { name } ownedBy { ...Party } }
      ... on Mandate { summary text body { id name } }
      ... on Person { name personTitle: title memberships { body { id name } } }
      ... on Indicator { name topics { name } }
    }
  }
}${PARTY}`;

export const BODY = /* GraphQL */ `
query ExplorerBody($id: ID!, $asOf: LocalDate) {
  body(id: $id) {
    id name altNames classification tier description note sizeText meetingFrequency
    founded { text } dissolved { text }
    area { id name parent { id name } }
    organisation { id name }
    partOf { id name }
    parts { id name }
    sources { ...Cite }
    principals(asOf: $asOf) { organisation { id name } validFrom { text } validTo { text } sources { ...Cite } }
  }
}${CITE}`;

export const BODY_MANDATES = /* GraphQL */ `
query ExplorerBodyMandates($id: ID!, $asOf: LocalDate) {
  body(id: $id) {
    id
    mandates(asOf: $asOf) { id summary text capacities validFrom { text } validTo { text } sources { ...Cite } }
  }
}${CITE}`;

export const BODY_MEMBERS = /* GraphQL */ `
query ExplorerBodyMembers($id: ID!, $asOf: LocalDate) {
  body(id: $id) {
    id
    memberships(asOf: $asOf) {
      id role roleText count
      holder { __typename id ... on Person { name } ... on Post { title } ... on Organisation { name } }
      representing { ...Party }
      sources { ...Cite }
    }
  }
}${CITE}${PARTY}`;

export const BODY_WORK = /* GraphQL */ `
query ExplorerBodyWork($id: ID!, $asOf: LocalDate) {
  body(id: $id) {
    id
    itemsPrepared { id title status }
    itemsDecided { id title status }
    itemsFollowedUp { id title status }
    commissionsIssued { id title status due { text } overdue(asOf: $asOf) }
    commissionsReceived { id title status due { text } overdue(asOf: $asOf) }
    meetings { id meetingTitle: title date { text } place }
    history { id kind text date { text } }
  }
}`;

/** A line of a chain with both ends and its sources, for the diagram. */
const LINE = /* GraphQL */ `
fragment Line on ReportingLine {
  kind text validFrom { text } validTo { text }
  from { ...Party } to { ...Party }
  sources { ...Cite }
}`;

export const CHAIN = /* GraphQL */ `
query ExplorerChain($id: ID!, $depth: Int!, $asOf: LocalDate) {
  body(id: $id) {
    id name
    chainUp(asOf: $asOf) { truncated lines { ...Line } }
    chainDown(depth: $depth, asOf: $asOf) { truncated lines { ...Line } }
  }
}${LINE}${CITE}${PARTY}`;

export const ITEM = /* GraphQL */ `
query ExplorerItem($id: ID!, $asOf: LocalDate) {
  node(id: $id) {
    ... on Item {
      id title description status note registryNumbers responsibleText
      sources { ...Cite }
      topics { id name }
      preparedBy { ...Party }
      decidedBy { kind condition decider { ...Party } sources { ...Cite } }
      followedUpBy { ...Party }
      responsible { ...Named }
      heldBy(asOf: $asOf) { ...Party }
      commissions { ...Named }
    }
  }
}${CITE}${PARTY}${NAMED}`;

/** The documents of an item with their agreement state (notice deadline) on a day. */
export const ITEM_DOCUMENTS = /* GraphQL */ `
query ExplorerItemDocuments($id: ID!, $asOf: LocalDate) {
  node(id: $id) {
    ... on Item {
      id
      documents {
        id title docKind: kind registryNumbers
        terms { text noticeText }
        state(asOf: $asOf) { status effectiveEnd noticeDeadline }
        sources { ...Cite }
      }
    }
  }
}${CITE}`;

export const ITEM_STEPS = /* GraphQL */ `
query ExplorerItemSteps($id: ID!) {
  node(id: $id) {
    ... on Item {
      id
      steps {
        id kind text date { text } registryNumber paragraph note
        body { ...Party }
        meeting { __typename id ... on Meeting { meetingTitle: title } }
        sources { ...Cite }
      }
    }
  }
}${CITE}${PARTY}`;

export const ITEM_STEP_DOCUMENTS = /* GraphQL */ `
query ExplorerItemStepDocuments($id: ID!) {
  node(id: $id) { ... on Item { id steps { id documents { id title } } } }
}`;

/** The register on a day; parties and sources per row come from AGREEMENT_DETAIL. */
export const AGREEMENTS = /* GraphQL */ `
query ExplorerAgreements($asOf: LocalDate, $filter: AgreementFilter, $noticeWindowMonths: Int!) {
  agreements(asOf: $asOf, filter: $filter, first: 200, noticeWindowMonths: $noticeWindowMonths) {
    document {
      id title docKind: kind
      terms { text autoRenewal renewalMonths noticeMonths untilFurtherNotice }
    }
    state { status effectiveEnd noticeDeadline }
  }
}`;

export const AGREEMENT_DETAIL = /* GraphQL */ `
query ExplorerAgreementDetail($id: ID!) {
  node(id: $id) {
    ... on Document {
      id registryNumbers
      responsible { ...Party }
      parties { ...Party }
      sources { ...Cite }
    }
  }
}${CITE}${PARTY}`;

export const AREAS = /* GraphQL */ `
query ExplorerAreas {
  areas(filter: { levels: [COUNTY] }, first: 100) { nodes { id name code } }
}`;

export const AREA = /* GraphQL */ `
query ExplorerArea($id: ID!) {
  area(id: $id) {
    id name code level
    parent { id name }
    children { id name code level }
    coveredBy { ...Named }
    sources { ...Cite }
  }
}${CITE}${NAMED}`;
