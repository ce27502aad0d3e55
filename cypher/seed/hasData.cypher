// Whether the graph holds any entity (start-up seeds only an empty graph). Returns: hasData.
RETURN EXISTS { MATCH (:Entity) } AS hasData
