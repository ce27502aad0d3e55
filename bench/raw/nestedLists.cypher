// The first bodies by name, and below each: its seats' holders, its mandates' topics and
// the steps (with their bodies) of the items it prepares, each list in govgraph's order
// (by name or id, ties by relationship, steps by date). Params: $first.
MATCH (b:Body)
WITH b ORDER BY b.sortName, b.id LIMIT $first
CALL (b) {
  RETURN {
    memberships: COLLECT {
      MATCH (b)<-[:OF_BODY]-(s:Entity)
      WITH s ORDER BY coalesce(s.sortName, s.id)
      RETURN {holder: head(COLLECT { MATCH (s)-[held:HELD_BY]->(h:Entity) WITH h ORDER BY coalesce(h.sortName, h.id), elementId(held) RETURN {id: h.id} })}
    },
    mandates: COLLECT {
      MATCH (b)-[:HAS_MANDATE]->(m:Entity)
      WITH m ORDER BY coalesce(m.sortName, m.id)
      RETURN {topics: COLLECT { MATCH (m)-[concerns:CONCERNS]->(t:Entity) WITH t ORDER BY coalesce(t.sortName, t.id), elementId(concerns) RETURN {id: t.id} }}
    },
    itemsPrepared: COLLECT {
      MATCH (b)<-[prepared:PREPARED_BY]-(i:Item)
      WITH i ORDER BY coalesce(i.sortName, i.id), elementId(prepared)
      RETURN {steps: COLLECT {
        MATCH (i)<-[:STEP_OF]-(s:Entity)
        WITH s ORDER BY coalesce(s.dateStart, '9999'), s.id
        RETURN {body: head(COLLECT { MATCH (s)-[at:IN_BODY]->(x:Entity) WITH x ORDER BY coalesce(x.sortName, x.id), elementId(at) RETURN {id: x.id} })}
      }}
    }
  } AS body
}
RETURN {bodies: {nodes: collect(body)}} AS data
