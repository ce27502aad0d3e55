// The indexes of the database with their state and how far their population has come,
// for the generator's progress bar (the migrations create them; Neo4j fills them in the
// background). Returns: name, state, populationPercent.
SHOW INDEXES YIELD name, state, populationPercent
RETURN name, state, populationPercent
ORDER BY name
