// Test check: the facts the loader derives about a mandate's topics: each topic it concerns
// with the link's certainty, inference and tagging rule (rule and matched words are set only
// on links made by the shared vocabulary's stems), and each mandate it is SIMILAR_TO.
// Params: $id (mandate id).
// Returns: topics [{id, kind, certainty, inference, rule, matched}] by id,
// similar [{id, score, certainty, inference, method, sourceIds}] by id.
MATCH (m:Mandate {id: $id})
RETURN COLLECT { MATCH (m)-[c:CONCERNS]->(t:Topic)
                 RETURN {id: t.id, kind: t.kind, certainty: coalesce(c.certainty, 'STATED'), inference: c.inference, rule: c.rule, matched: c.matched} AS topic
                 ORDER BY t.id } AS topics,
       COLLECT { MATCH (m)-[s:SIMILAR_TO]-(o:Mandate)
                 RETURN {id: o.id, score: s.score, certainty: coalesce(s.certainty, 'STATED'), inference: s.inference, method: s.method, sourceIds: s.sourceIds} AS similar
                 ORDER BY o.id } AS similar
