// Test check: one body's stated size, meeting frequency and lifetime.
// Params: $id (body id).
// Returns: name, classification, tier, partOf (id or null), area (id or null), founded, dissolved,
// sizeMin, sizeMax, meetingsPerYearMin, meetingsPerYearMax, meetingFrequency.
MATCH (b:Body {id: $id})
OPTIONAL MATCH (b)-[:PART_OF]->(parent:Body)
OPTIONAL MATCH (b)-[:COVERS]->(a:Area)
RETURN b.name AS name, b.classification AS classification, b.tier AS tier, parent.id AS partOf, a.id AS area,
       b.founded AS founded, b.dissolved AS dissolved, b.sizeMin AS sizeMin, b.sizeMax AS sizeMax,
       b.meetingsPerYearMin AS meetingsPerYearMin, b.meetingsPerYearMax AS meetingsPerYearMax,
       b.meetingFrequency AS meetingFrequency
