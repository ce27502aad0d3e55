import { existsSync } from 'node:fs';
import { linkAt, rel, RELATIONSHIPS } from '../model';
import { withDerivedText } from '../shared/derived';
import { parseSeedFile, type SeedProblem } from '../seed/files';
import type { Graph, RelRow } from '../seed/graph';
import type { SeedSet } from '../seed/seedset';
import { ajv } from '../seed/validate';

/**
 * The shared topic vocabulary (seed/vocabulary/topics.yaml; the file's head documents its
 * format): topics across all sources with Swedish and English labels, the per-document
 * topics each includes, and the Swedish stems that tag a mandate from its text. The loader
 * adds the shared topics, links each per-document topic to its shared topic and tags the
 * mandates; everything it makes is marked inferred, with the rule that made it.
 */
export interface SharedTopic {
  id: string;
  name: string;
  nameEn: string;
  description?: string;
  labelFrom: { source: string; locator: string }[];
  includes: string[];
  stems: string[];
}

export const VOCABULARY_FILE = 'vocabulary/topics.yaml';
export const SHARED_KIND = 'SHARED';

const text = { type: 'string', minLength: 1 };
const checkVocabulary = ajv.compile({
  type: 'object',
  required: ['topics'],
  additionalProperties: false,
  properties: {
    topics: {
      type: 'array',
      items: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name', 'nameEn', 'labelFrom', 'includes', 'stems'],
        properties: {
          id: { type: 'string', pattern: '^topic-[a-z0-9][a-z0-9-]*$' },
          name: text,
          nameEn: text,
          description: text,
          labelFrom: {
            type: 'array',
            minItems: 1,
            items: { type: 'object', additionalProperties: false, required: ['source', 'locator'], properties: { source: text, locator: text } },
          },
          includes: { type: 'array', items: text },
          stems: { type: 'array', items: { type: 'string', pattern: '^[^A-ZÅÄÖ]+$', minLength: 3 } },
        },
      },
    },
  },
});

/**
 * Reads and checks the vocabulary against the seed set: shape, ids declared once (and not
 * by a seed file), every cited source a source of the seed, every included id a topic.
 * A seed directory without the file has no shared vocabulary.
 */
export function readVocabulary(path: string, set: SeedSet): { topics: SharedTopic[]; problems: SeedProblem[] } {
  if (!existsSync(path)) return { topics: [], problems: [] };
  const parsed = parseSeedFile(path);
  if (!parsed.file) return { topics: [], problems: parsed.problems };
  const file = parsed.file;
  const problem = (at: (string | number)[], reason: string): SeedProblem => ({ file: path, line: file.lineOf(at), path: at.join('.'), reason });
  if (!checkVocabulary(file.data)) {
    return {
      topics: [],
      problems: (checkVocabulary.errors ?? []).map((e) => {
        const at = e.instancePath
          .split('/')
          .slice(1)
          .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
        return problem(at, e.keyword === 'additionalProperties' ? `unknown field '${e.params.additionalProperty}'` : (e.message ?? 'is invalid'));
      }),
    };
  }
  const topics = file.data.topics as SharedTopic[];
  const sources = new Set(set.files.map((f) => f.data.source.id));
  const problems: SeedProblem[] = [];
  const seen = new Set<string>();
  topics.forEach((t, i) => {
    if (seen.has(t.id) || set.declared.has(t.id))
      problems.push(problem(['topics', i, 'id'], `id '${t.id}' is declared twice; give the shared topic an id of its own`));
    seen.add(t.id);
    t.labelFrom.forEach((c, j) => {
      if (!sources.has(c.source))
        problems.push(problem(['topics', i, 'labelFrom', j, 'source'], `'${c.source}' is not the id of a seed source (e.g. src-000)`));
    });
    t.includes.forEach((id, j) => {
      if (set.declared.get(id)?.kind !== 'Topic') problems.push(problem(['topics', i, 'includes', j], `'${id}' is not a topic any seed file declares`));
    });
  });
  topics.forEach((t, i) =>
    t.includes.forEach((id, j) => {
      const other = topics.find((u) => u !== t && u.includes.includes(id));
      if (other) problems.push(problem(['topics', i, 'includes', j], `'${id}' is also included by '${other.id}'; a topic lies within one shared topic`));
    }),
  );
  return { topics: problems.length ? [] : topics, problems };
}

const CONCERNS = linkAt('mandates', 'topics').type;
const SHARED_TOPIC = rel('Topic', 'sharedTopic').types[0];
const INFERRED = 'INFERRED';

/** A stem as a pattern: at the start of a word, the rest of that word (or phrase) taken with it. */
function stemPattern(stem: string): RegExp {
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  return new RegExp(`(?<![\\p{L}\\p{N}])${escaped}[\\p{L}\\p{N}-]*`, 'giu');
}

/** The words of `text` that start with one of the topic's stems, with the stems that matched. */
export function matchStems(topic: SharedTopic, text: string): { stems: string[]; words: string[] } {
  const stems: string[] = [];
  const words: string[] = [];
  for (const stem of topic.stems) {
    const found = [...text.matchAll(stemPattern(stem))].map((m) => m[0].replace(/\s+/g, ' '));
    if (found.length === 0) continue;
    stems.push(stem);
    for (const w of found) if (!words.includes(w)) words.push(w);
  }
  return { stems, words };
}

/**
 * Adds the vocabulary to the rows of the seed: a Topic node per shared topic (citing where
 * its label comes from), a SHARED_TOPIC link from each included per-document topic (citing
 * that topic's own sources), and a CONCERNS link from each mandate whose text matches a
 * topic's stems (citing the mandate's sources, with the rule and the words).
 */
export function applyVocabulary(graph: Graph, topics: SharedTopic[]): void {
  const nodes = new Map(graph.nodes.map((n) => [n.id, n]));
  const add = (row: Omit<RelRow, 'key'>) => graph.rels.push({ ...row, key: '', props: { key: '', ...row.props } });
  for (const t of topics) {
    const props = {
      id: t.id,
      name: t.name,
      nameEn: t.nameEn,
      kind: SHARED_KIND,
      ...(t.description ? { description: t.description } : {}),
      sourceIds: t.labelFrom.map((c) => c.source),
      locators: t.labelFrom.map((c) => c.locator),
      certainty: INFERRED,
      inference: `A topic of the shared vocabulary (seed/${VOCABULARY_FILE}); its label is taken from the cited passages.`,
    };
    graph.nodes.push({ id: t.id, label: 'Topic', props: { ...props, ...withDerivedText(props) } });
    for (const id of t.includes) {
      const local = nodes.get(id)!.props as { name: string; sourceIds: string[]; locators: string[] };
      add({
        from: id,
        to: t.id,
        type: SHARED_TOPIC,
        props: {
          sourceIds: local.sourceIds,
          locators: local.locators,
          certainty: INFERRED,
          inference: `'${local.name}' read as the shared topic '${t.name}' (seed/${VOCABULARY_FILE}, includes).`,
        },
      });
    }
  }
  const unnamed = withoutBodyNames(graph, topics);
  for (const node of graph.nodes) {
    if (node.label !== 'Mandate') continue;
    const { text, sourceIds, locators } = node.props as { text: string; sourceIds: string[]; locators: string[] };
    for (const t of topics) {
      const { stems, words } = matchStems(t, unnamed(text));
      if (stems.length === 0) continue;
      const rule = `${t.id}: ${stems.join(', ')}`;
      add({
        from: node.id,
        to: t.id,
        type: CONCERNS,
        props: {
          sourceIds,
          locators,
          certainty: INFERRED,
          inference: `Tagged from the mandate text by the rule ${rule} (seed/${VOCABULARY_FILE}): ${words.map((w) => `"${w}"`).join(', ')}.`,
          rule,
          matched: words,
        },
      });
    }
  }
}

/**
 * The text with the names of bodies blanked out: "tillsammans med Nätverket Nära vård i
 * Sörmland" names a partner, not the topic, so the words of a body's name do not tag. A name
 * that starts with a stem ("Nära vård i Sörmland", the project) is the topic named, and stays.
 */
function withoutBodyNames(graph: Graph, topics: SharedTopic[]): (text: string) => string {
  const stems = topics.flatMap((t) => t.stems);
  const lower = graph.nodes
    .filter((n) => n.label === 'Body')
    .flatMap((n) => [n.props.name as string, ...((n.props.altNames as string[]) ?? [])])
    .filter((name) => name && name.includes(' '))
    .map((name) => name.toLowerCase())
    .filter((name) => !stems.some((stem) => name.startsWith(stem)))
    .sort((a, b) => b.length - a.length);
  return (text) => {
    let out = text;
    lower.forEach((name) => {
      for (let at = out.toLowerCase().indexOf(name); at >= 0; at = out.toLowerCase().indexOf(name, at + 1)) {
        out = out.slice(0, at) + ' '.repeat(name.length) + out.slice(at + name.length);
      }
    });
    return out;
  };
}

/** The relationship type of the similarity links (declared in src/model/relationships.ts). */
export const SIMILAR_TO = Object.values(RELATIONSHIPS).find((r) => r.derived?.by.startsWith('src/analysis/similarity.ts'))!.type;
