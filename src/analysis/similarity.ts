import PorterStemmerSv from 'natural/lib/natural/stemmers/porter_stemmer_sv';
import TfIdf from 'natural/lib/natural/tfidf/tfidf';
import SentenceTokenizer from 'natural/lib/natural/tokenizers/sentence_tokenizer';

/**
 * Text similarity of mandates, the second signal of the overlap analysis beside shared
 * topics: two bodies whose mandate texts say nearly the same thing describe the same remit,
 * tagged or not. Swedish-aware through natural's Swedish Porter stemmer and stop words
 * (PorterStemmerSv.tokenizeAndStem), weighted by natural's TF-IDF over the mandates of one
 * county, compared by the cosine of the two weight vectors; the sentences that match best
 * are the passages shown side by side.
 */
export const SIMILARITY_METHOD = 'TF-IDF cosine of Swedish-stemmed words (natural 8: PorterStemmerSv, TfIdf), over the mandates of one county';

/**
 * Pairs scoring at least this are kept. Chosen on the seed: the mandates that repeat each
 * other's words (SVO and LGVO, "huvudmännens gemensamma organ för ledning och styrning";
 * Fredagsgruppen and SamReKo HSI, "Beredande forum") score 0.6 and more, while mandates that
 * only share governance words ("samverkan", "uppdrag", "gemensamma") stay under 0.35.
 */
export const SIMILARITY_THRESHOLD = 0.4;

/** A sentence pair counts as matching from this score; at most MAX_PASSAGES are kept per pair. */
export const PASSAGE_THRESHOLD = 0.3;
export const MAX_PASSAGES = 3;

export interface MandateText {
  id: string;
  text: string;
  /** The county its area lies in; only mandates of one county are compared. */
  county: string;
  /** Its body: mandates of one body are never compared. */
  body: string;
}

export interface SimilarPair {
  /** The mandate with the smaller id. */
  from: string;
  to: string;
  score: number;
  passages: { from: string; to: string; score: number }[];
}

// Abbreviations that end in a full stop without ending a sentence, in the sources' spelling.
const sentences = new SentenceTokenizer(['t.ex', 'bl.a', 'm.a.a', 'ev', 'prel', 'dvs', 'fr.o.m', 't.o.m', 'ca', 'resp', 'inkl']);

/** The stems of a text: lower-cased words, Swedish stop words left out, each stemmed. */
export const stems = (text: string): string[] => PorterStemmerSv.tokenizeAndStem(text);

type Vector = Map<string, number>;

function vectorOf(terms: string[], idf: (term: string) => number): Vector {
  const v: Vector = new Map();
  for (const t of terms) v.set(t, (v.get(t) ?? 0) + 1);
  for (const [t, n] of v) v.set(t, n * idf(t));
  return v;
}

/** Cosine of two weight vectors: 1 for the same words in the same proportions, 0 for none in common. */
function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [t, w] of a) dot += w * (b.get(t) ?? 0);
  if (dot === 0) return 0;
  const norm = (v: Vector) => Math.sqrt([...v.values()].reduce((s, w) => s + w * w, 0));
  return dot / (norm(a) * norm(b));
}

const round = (x: number): number => Math.round(x * 100) / 100;

/**
 * Every pair of mandates of two different bodies in one county whose texts score at least
 * `threshold`, with up to MAX_PASSAGES best-matching sentence pairs (each pair of sentences
 * once, best first). Deterministic: pairs by ids, passages by score then position.
 */
export function similarMandates(mandates: MandateText[], threshold = SIMILARITY_THRESHOLD): SimilarPair[] {
  const byCounty = new Map<string, MandateText[]>();
  for (const m of mandates) byCounty.set(m.county, [...(byCounty.get(m.county) ?? []), m]);
  const pairs: SimilarPair[] = [];
  for (const group of byCounty.values()) {
    const sorted = [...group].sort((a, b) => a.id.localeCompare(b.id));
    const tfidf = new TfIdf();
    const terms = sorted.map((m) => stems(m.text));
    terms.forEach((t) => tfidf.addDocument(t));
    const idf = (term: string) => tfidf.idf(term);
    const vectors = terms.map((t) => vectorOf(t, idf));
    const parts = sorted.map((m) => sentences.tokenize(m.text).map((s) => ({ text: s, v: vectorOf(stems(s), idf) })));
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) {
        if (sorted[i].body === sorted[j].body) continue;
        const score = round(cosine(vectors[i], vectors[j]));
        if (score < threshold) continue;
        const candidates = parts[i].flatMap((a, ai) => parts[j].map((b, bi) => ({ from: a.text, to: b.text, score: round(cosine(a.v, b.v)), ai, bi })));
        candidates.sort((x, y) => y.score - x.score || x.ai - y.ai || x.bi - y.bi);
        const used = { a: new Set<number>(), b: new Set<number>() };
        const passages: SimilarPair['passages'] = [];
        for (const c of candidates) {
          if (c.score < PASSAGE_THRESHOLD || passages.length === MAX_PASSAGES) break;
          if (used.a.has(c.ai) || used.b.has(c.bi)) continue;
          used.a.add(c.ai);
          used.b.add(c.bi);
          passages.push({ from: c.from, to: c.to, score: c.score });
        }
        pairs.push({ from: sorted[i].id, to: sorted[j].id, score, passages });
      }
    }
  }
  return pairs.sort((a, b) => a.from.localeCompare(b.from) || a.to.localeCompare(b.to));
}
