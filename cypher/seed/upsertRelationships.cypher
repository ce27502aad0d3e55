// Writes seed relationships. Params: $rows [{from, to, type, key, props}].
// `key` tells parallel relationships of one type apart (e.g. a reporting line's kind).
UNWIND $rows AS row
MATCH (a:Entity {id: row.from})
MATCH (b:Entity {id: row.to})
MERGE (a)-[r:$(row.type) {key: row.key}]->(b)
SET r = row.props
