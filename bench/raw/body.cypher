// body by id with principals, mandates, seats: the answer's shape, fields asked only.
// Lists in govgraph's order: by name (or id), ties by relationship (elementId).
// Params: $id.
MATCH (b:Body {id: $id})
RETURN {body: {
  name: b.name,
  principals: COLLECT {
    MATCH (b)<-[r:PRINCIPAL_OF]-(o:Entity)
    WITH o ORDER BY coalesce(o.sortName, o.id), elementId(r)
    RETURN {organisation: {name: o.name}}
  },
  mandates: COLLECT {
    MATCH (b)-[:HAS_MANDATE]->(m:Entity)
    WITH m ORDER BY coalesce(m.sortName, m.id)
    RETURN {capacities: m.capacities, text: m.text, topics: COLLECT {
      MATCH (m)-[r:CONCERNS]->(t:Entity)
      WITH t ORDER BY coalesce(t.sortName, t.id), elementId(r)
      RETURN {name: t.name}
    }}
  },
  memberships: COLLECT {
    MATCH (b)<-[:OF_BODY]-(s:Entity)
    WITH s ORDER BY coalesce(s.sortName, s.id)
    RETURN {role: s.role, holder: head(COLLECT {
      MATCH (s)-[r:HELD_BY]->(h:Entity)
      WITH h ORDER BY coalesce(h.sortName, h.id), elementId(r)
      RETURN {id: h.id}
    })}
  }
}} AS data
