import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/config';
import { readSeedSet } from '../../src/seed/seedset';
import { matchStems, readVocabulary, VOCABULARY_FILE } from '../../src/topic/vocabulary';

/** The shared topic vocabulary (seed/vocabulary/topics.yaml), read against the seed it refers to. */
const { set } = readSeedSet(join(ROOT, 'seed'));
const path = join(ROOT, 'seed', VOCABULARY_FILE);

describe('the shared topic vocabulary', () => {
  test('is valid: 16 shared topics, each with Swedish and English labels and a cited source', () => {
    const { topics, problems } = readVocabulary(path, set!);
    expect(problems).toEqual([]);
    expect(topics).toHaveLength(16);
    for (const t of topics) expect([t.name.length > 0, t.nameEn.length > 0, t.labelFrom.length > 0]).toEqual([true, true, true]);
  });

  test('a wrong entry is refused with file, line and what to fix: an unknown included topic, a source that is not one, a topic in two shared topics', () => {
    const text = readFileSync(path, 'utf8')
      .replace('includes: [topic-000-att-aldras, topic-003-aldreuppdraget]', 'includes: [topic-000-att-aldras, topic-003-aldre]')
      .replace('{ source: src-003, locator: "Heading \'LSÖ – Läkemedelsråd i östra länsdelen\'" }', '{ source: src-9, locator: "x" }')
      .replace('includes: [topic-003-beroende-missbruk]', 'includes: [topic-003-beroende-missbruk, topic-000-att-aldras]');
    const file = join(mkdtempSync(join(tmpdir(), 'vocabulary-')), 'topics.yaml');
    writeFileSync(file, text);
    const { topics, problems } = readVocabulary(file, set!);
    expect(topics).toEqual([]);
    // topic-000-att-aldras now lies in two shared topics: both places say so.
    expect(problems.map((p) => `${p.path}: ${p.reason}`).sort()).toEqual([
      "topics.10.labelFrom.0.source: 'src-9' is not the id of a seed source (e.g. src-000)",
      "topics.5.includes.0: 'topic-000-att-aldras' is also included by 'topic-beroende-missbruk'; a topic lies within one shared topic",
      "topics.5.includes.1: 'topic-003-aldre' is not a topic any seed file declares",
      "topics.7.includes.1: 'topic-000-att-aldras' is also included by 'topic-aldre'; a topic lies within one shared topic",
    ]);
    expect(problems.every((p) => p.file === file && p.line > 1)).toBe(true);
  });

  test('stems match at the start of a word, compounds included, case aside', () => {
    const { topics } = readVocabulary(path, set!);
    const lakemedel = topics.find((t) => t.id === 'topic-lakemedel')!;
    // 003, Läkemedelsrådet: "Initiera och driva utvecklingsprojekt inom läkemedelsområdet."
    expect(matchStems(lakemedel, 'Initiera och driva utvecklingsprojekt inom läkemedelsområdet.')).toEqual({
      stems: ['läkemedel'],
      words: ['läkemedelsområdet'],
    });
    expect(matchStems(lakemedel, 'Arbeta med kvalitetsuppföljning')).toEqual({ stems: [], words: [] });
  });
});
