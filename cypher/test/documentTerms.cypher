// Test check: one document's validity terms, structured, with its extensions.
// Params: $id (document id).
// Returns: title, termsText, start, initialEnd, untilFurtherNotice, autoRenewal,
// renewalMonths, noticeMonths, extensions ([{until, decidedOn, decidedBy, text}] by until).
MATCH (d:Document {id: $id})
RETURN d.title AS title, d.termsText AS termsText, d.start AS start, d.initialEnd AS initialEnd,
       d.untilFurtherNotice AS untilFurtherNotice, d.autoRenewal AS autoRenewal,
       d.renewalMonths AS renewalMonths, d.noticeMonths AS noticeMonths,
       COLLECT {
         MATCH (d)-[:HAS_EXTENSION]->(e:Extension)
         OPTIONAL MATCH (e)-[:DECIDED_BY]->(b)
         RETURN {until: e.until, decidedOn: e.decidedOn, decidedBy: b.id, text: e.text} AS ext
         ORDER BY e.until
       } AS extensions
