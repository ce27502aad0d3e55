// Test fixture: a source document for tests that write, so their entities never mix
// with the seed's own per-source counts. Params: $id, $title.
MERGE (s:Entity:Source {id: $id})
SET s.title = $title, s.file = 'test', s.sortName = toLower($title), s.sourceIds = [$id], s.locators = ['the document itself']
