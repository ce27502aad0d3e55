// Test check: areas per level from SCB, and municipalities nested in a county.
// Returns: countries, counties, municipalities, nested.
MATCH (a:Area)
WITH count(CASE a.level WHEN 'COUNTRY' THEN 1 END) AS countries,
     count(CASE a.level WHEN 'COUNTY' THEN 1 END) AS counties,
     count(CASE a.level WHEN 'MUNICIPALITY' THEN 1 END) AS municipalities
MATCH (m:Area {level: 'MUNICIPALITY'})-[:PART_OF]->(c:Area {level: 'COUNTY'})
WHERE m.code STARTS WITH c.code
RETURN countries, counties, municipalities, count(m) AS nested
