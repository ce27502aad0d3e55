// The agreements register (cypher/document/agreements.cypher) reads the documents with
// validity terms from this index (d.termsText IS :: STRING NOT NULL) instead of every
// document; a text index, because the terms as written may be long.
CREATE TEXT INDEX document_termstext IF NOT EXISTS FOR (n:Document) ON (n.termsText);
