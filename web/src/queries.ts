/**
 * The operations the explorer runs: names of the persisted queries in schema/operations,
 * the one catalogue the explorer, the embeds, the exports and any portal share. Each is
 * fetched as `GET /api/q/<name>?variables=…`, so its answer is cacheable (Cache-Control,
 * ETag, 304) like every portal's.
 *
 * Why so many small operations: the API refuses an operation whose estimated cost is above
 * GOVGRAPH_MAX_COST (10 000), so each view asks for one list of lists per operation and runs
 * them in parallel; test/browser/explorer-queries.test.ts runs each with the explorer's
 * variables against the real API.
 */

/** The few source documents every citation points to. */
export const SOURCES = 'Sources';
/** Search across every kind. */
export const SEARCH = 'Search';
/** A body, its principals; its mandates; its members; its work (items, commissions, meetings). */
export const BODY = 'Body';
export const BODY_MANDATES = 'BodyMandates';
export const BODY_MEMBERS = 'BodyMembers';
export const BODY_WORK = 'BodyWork';
/** The next page of a body's items (prepared, decided or followed up): "Visa fler". */
export const BODY_ITEMS = 'BodyItems';
/** A body's reporting chain, up and down. */
export const CHAIN = 'Chain';
/** An item, its documents, its steps and their documents. */
export const ITEM = 'Item';
export const ITEM_DOCUMENTS = 'ItemDocuments';
export const ITEM_STEPS = 'ItemSteps';
export const ITEM_STEP_DOCUMENTS = 'ItemStepDocuments';
/** The agreements register on a day, and one agreement's parties and sources. */
export const AGREEMENTS = 'Agreements';
export const AGREEMENT_DETAIL = 'AgreementDetail';
/** Counties, for choosing an area; one area with what covers it. */
export const AREAS = 'Counties';
export const AREA = 'Area';
/** The next page of what covers an area: "Visa fler". */
export const AREA_COVERED_BY = 'AreaCoveredBy';
/** The overlap and gap analyses, side by side on /overlapp; topics for its filter. */
export const REMIT_OVERLAPS = 'RemitOverlaps';
export const ITEMS_PREPARED_IN_SEVERAL_PLACES = 'ItemsPreparedInSeveralPlaces';
export const ITEMS_WITHOUT_DECIDER = 'ItemsWithoutDecider';
export const ITEMS_WITH_SEVERAL_DECIDERS = 'ItemsWithSeveralDeciders';
export const COMMISSIONS_WITHOUT_REPORT_BACK = 'CommissionsWithoutReportBack';
export const SEATS_IN_OVERLAPPING_BODIES = 'SeatsInOverlappingBodies';
export const TOPICS = 'ListTopics';
