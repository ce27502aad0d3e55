// Test check: the dated steps of one item (ärende).
// Params: $item (item id).
// Returns: id, date, kind, body (id), meeting (id), meetingDate, registryNumber, paragraph,
// text - ordered by date (undated last), then id.
MATCH (s:Step)-[:STEP_OF]->(:Item {id: $item})
OPTIONAL MATCH (s)-[:IN_BODY]->(b)
OPTIONAL MATCH (s)-[:AT_MEETING]->(m:Meeting)
RETURN s.id AS id, s.date AS date, s.kind AS kind, b.id AS body, m.id AS meeting, m.date AS meetingDate,
       s.registryNumber AS registryNumber, s.paragraph AS paragraph, s.text AS text
ORDER BY coalesce(s.dateStart, '9999'), id
