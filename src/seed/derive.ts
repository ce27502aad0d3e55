import { join } from 'node:path';
import { linkAt } from '../model';
import { SIMILARITY_METHOD, similarMandates, type MandateText } from '../analysis/similarity';
import { applyVocabulary, readVocabulary, SIMILAR_TO, VOCABULARY_FILE } from '../topic/vocabulary';
import type { SeedProblem } from './files';
import type { Graph } from './graph';
import type { SeedSet } from './seedset';

const HAS_MANDATE = linkAt('mandates', 'body').type;
const COVERS = linkAt('mandates', 'area').type;
const PART_OF = linkAt('areas', 'partOf').type;

/**
 * The facts the loader derives from the seed once it is read, each marked inferred with what
 * made it: the shared topic vocabulary and the mandates it tags (src/topic/vocabulary.ts),
 * then the mandates whose texts are alike (src/analysis/similarity.ts). Computed from the rows
 * before they are written, so loading twice gives the same graph.
 */
export function deriveFacts(graph: Graph, set: SeedSet, dir: string): SeedProblem[] {
  const vocabulary = readVocabulary(join(dir, VOCABULARY_FILE), set);
  if (vocabulary.problems.length > 0) return vocabulary.problems;
  applyVocabulary(graph, vocabulary.topics);
  addSimilarities(graph);
  return [];
}

/** The county of every area: itself for a county, else the county its PART_OF chain reaches. */
function counties(graph: Graph): Map<string, string> {
  const level = new Map(graph.nodes.filter((n) => n.label === 'Area').map((n) => [n.id, n.props.level as string]));
  const parent = new Map(graph.rels.filter((r) => r.type === PART_OF && level.has(r.from)).map((r) => [r.from, r.to]));
  const county = new Map<string, string>();
  for (const id of level.keys()) {
    let at: string | undefined = id;
    for (let step = 0; at && level.get(at) !== 'COUNTY' && step < 10; step++) at = parent.get(at);
    if (at && level.get(at) === 'COUNTY') county.set(id, at);
  }
  return county;
}

/**
 * SIMILAR_TO links between mandates of different bodies in one county (a mandate's area is
 * its own, or else its body's, as in the overlap analysis), with the score, the method and the
 * matching sentences; they cite the sources of both mandates.
 */
function addSimilarities(graph: Graph): void {
  const countyOf = counties(graph);
  const areaOf = new Map(graph.rels.filter((r) => r.type === COVERS).map((r) => [r.from, r.to]));
  const bodyOf = new Map(graph.rels.filter((r) => r.type === HAS_MANDATE).map((r) => [r.to, r.from]));
  const mandates = graph.nodes.filter((n) => n.label === 'Mandate');
  const texts: MandateText[] = mandates.flatMap((m) => {
    const body = bodyOf.get(m.id);
    const area = areaOf.get(m.id) ?? (body ? areaOf.get(body) : undefined);
    const county = area ? countyOf.get(area) : undefined;
    return body && county ? [{ id: m.id, text: m.props.text as string, county, body }] : [];
  });
  const props = new Map(mandates.map((m) => [m.id, m.props as { sourceIds: string[]; locators: string[] }]));
  for (const pair of similarMandates(texts)) {
    const [a, b] = [props.get(pair.from)!, props.get(pair.to)!];
    graph.rels.push({
      from: pair.from,
      to: pair.to,
      type: SIMILAR_TO,
      key: '',
      props: {
        key: '',
        score: pair.score,
        method: SIMILARITY_METHOD,
        passagesFrom: pair.passages.map((p) => p.from),
        passagesTo: pair.passages.map((p) => p.to),
        passageScores: pair.passages.map((p) => p.score),
        sourceIds: [...a.sourceIds, ...b.sourceIds],
        locators: [...a.locators, ...b.locators],
        certainty: 'INFERRED',
        inference: `The two mandate texts score ${pair.score} by ${SIMILARITY_METHOD}.`,
      },
    });
  }
}
