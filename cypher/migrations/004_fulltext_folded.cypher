// The same text without diacritics (ASCII folding), so words typed without å, ä, ö
// ("nara vard", "hemsjukvard") still find them. Searched beside the Swedish index.
// It also covers sortName (the folded name): besides being useful, that makes its schema
// differ from `search`, since Neo4j treats an index on the same labels and properties
// as the same index whatever its analyzer, and IF NOT EXISTS would then create nothing.
CREATE FULLTEXT INDEX search_folded IF NOT EXISTS
FOR (n:Body|Organisation|Item|Document|Commission|Topic|Mandate|Person|Indicator)
ON EACH [n.searchText, n.sortName]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } };
