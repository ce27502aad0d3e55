// Exact, whole-name prefix and substring matches for search (cypher/search/fulltext.cypher):
// each name and alternative name as one term (keyword analyzer), normalised and without
// diacritics, set at load and by writes (foldedNameKeys, src/shared/derived.ts), so "LGVO"
// finds the body named so by an index look-up however large the graph, and ranks it first.
CREATE FULLTEXT INDEX search_names IF NOT EXISTS
FOR (n:Body|Organisation|Item|Document|Commission|Topic|Mandate|Person|Indicator)
ON EACH [n.foldedNameKeys]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'keyword' } };
