// One Swedish-aware full-text index over everything users search for: names, titles,
// alternative names and descriptions. The swedish analyzer folds case and stems; the
// search query adds prefix wildcards so "hemsjuk" finds "hemsjukvård".
CREATE FULLTEXT INDEX search IF NOT EXISTS
FOR (n:Body|Organisation|Item|Document|Commission|Topic|Mandate|Person|Indicator)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'swedish' } };
