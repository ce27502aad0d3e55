// An item: who prepares, decides (with how and on what condition), follows up and holds
// it (the recorded holder, or else the body of its latest step dated by today), and its
// steps in date order (undated last). Params: $id, $today.
MATCH (i:Item {id: $id})
RETURN {node: {
  title: i.title,
  preparedBy: COLLECT { MATCH (i)-[r:PREPARED_BY]->(x:Entity) WITH x ORDER BY coalesce(x.sortName, x.id), elementId(r) RETURN {id: x.id} },
  decidedBy: COLLECT {
    MATCH (i)-[r:DECIDED_BY]->(x:Entity)
    WITH r, x ORDER BY coalesce(x.sortName, x.id), elementId(r)
    RETURN {decider: {id: x.id}, kind: r.kind, condition: r.condition}
  },
  followedUpBy: COLLECT { MATCH (i)-[r:FOLLOWED_UP_BY]->(x:Entity) WITH x ORDER BY coalesce(x.sortName, x.id), elementId(r) RETURN {id: x.id} },
  heldBy: coalesce(
    head(COLLECT { MATCH (i)-[r:HELD_BY]->(x:Entity) WITH x ORDER BY coalesce(x.sortName, x.id), elementId(r) RETURN {id: x.id} }),
    head(COLLECT {
      MATCH (i)<-[:STEP_OF]-(s:Step) WHERE s.dateStart <= $today
      WITH s ORDER BY s.dateStart DESC, s.id DESC LIMIT 1
      MATCH (s)-[r:IN_BODY]->(x:Entity)
      WITH x ORDER BY coalesce(x.sortName, x.id), elementId(r)
      RETURN {id: x.id}
    })),
  steps: COLLECT {
    MATCH (i)<-[:STEP_OF]-(s:Entity)
    WITH s ORDER BY coalesce(s.dateStart, '9999'), s.id
    RETURN {date: CASE WHEN s.date IS NULL THEN null ELSE {text: s.date} END, kind: s.kind,
            body: head(COLLECT { MATCH (s)-[r:IN_BODY]->(x:Entity) WITH x ORDER BY coalesce(x.sortName, x.id), elementId(r) RETURN {id: x.id} }),
            registryNumber: s.registryNumber}
  }
}} AS data
