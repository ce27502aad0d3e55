/**
 * Types for the three modules of natural the similarity uses, required one by one: natural's
 * index also loads its sentiment word lists (ES modules, which Jest cannot require) and its
 * storage back ends, none of which this needs. The types are natural's own.
 */
declare module 'natural/lib/natural/stemmers/porter_stemmer_sv' {
  import type { Stemmer } from 'natural';
  const stemmer: Stemmer;
  export = stemmer;
}
declare module 'natural/lib/natural/tfidf/tfidf' {
  import type { TfIdf } from 'natural';
  const TfIdfClass: typeof TfIdf;
  export = TfIdfClass;
}
declare module 'natural/lib/natural/tokenizers/sentence_tokenizer' {
  import type { SentenceTokenizer } from 'natural';
  const SentenceTokenizerClass: typeof SentenceTokenizer;
  export = SentenceTokenizerClass;
}
