import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../src/config';
import type { Database } from '../src/db/database';
import { coverage } from '../src/seed/coverage';
import { loadSeed, readGraph, SeedError } from '../src/seed/load';
import { testDatabase } from './helpers';

const SEED = join(ROOT, 'seed');
let db: Database;
beforeAll(async () => {
  db = await testDatabase();
});
afterAll(() => db.driver.close());

/** Every entity and relationship with all its properties, in a stable order. */
async function snapshot(): Promise<unknown> {
  const session = db.driver.session();
  try {
    const nodes = await session.run('MATCH (n:Entity) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props ORDER BY id');
    const rels = await session.run(
      'MATCH (a:Entity)-[r]->(b:Entity) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props ORDER BY a, t, b, r.key',
    );
    return { nodes: nodes.records.map((r) => r.toObject()), rels: rels.records.map((r) => r.toObject()) };
  } finally {
    await session.close();
  }
}

/** A copy of the seed directory with one file's text replaced. */
function seedWith(file: string, edit: (text: string) => string): string {
  const dir = mkdtempSync(join(tmpdir(), 'govgraph-seed-'));
  cpSync(SEED, dir, { recursive: true });
  writeFileSync(join(dir, file), edit(readFileSync(join(dir, file), 'utf8')));
  return dir;
}

describe('loading the seed', () => {
  test('loading twice leaves exactly the same graph', async () => {
    await loadSeed(db, SEED);
    const before = await snapshot();
    await loadSeed(db, SEED);
    expect(await snapshot()).toEqual(before);
  });

  test('every node and every relationship cites a source', async () => {
    const c = await coverage(db);
    expect(c.nodes).toBeGreaterThan(500);
    expect(c.sourcedNodes).toBe(c.nodes);
    expect(c.sourcedRelationships).toBe(c.relationships);
    expect(c.rows.filter((r) => r.source === null)).toEqual([]);
  });

  test('SCB reference gives Sweden, 21 counties and 290 municipalities, each municipality in its county', async () => {
    const [row] = await db.read('test/areaLevels');
    expect(row).toEqual({ countries: 1, counties: 21, municipalities: 290, nested: 290 });
  });

  test('a file with a bad date loads nothing and names file, line, path and how to write it', async () => {
    const before = await snapshot();
    const dir = seedWith('000-svo-arbetsplan.yaml', (t) => t.replace('    kind: REGION', '    kind: REGION\n    validFrom: "hösten 2022"'));
    try {
      const error = await loadSeed(db, dir).catch((e) => e);
      expect(error).toBeInstanceOf(SeedError);
      const lines = readFileSync(join(dir, '000-svo-arbetsplan.yaml'), 'utf8').split('\n');
      const line = lines.indexOf('    validFrom: "hösten 2022"') + 1;
      expect(error.message).toContain(
        `000-svo-arbetsplan.yaml:${line} at organisations.0.validFrom: must be a date as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)`,
      );
      expect(error.message).toContain('nothing was loaded');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await snapshot()).toEqual(before);
  });

  // The shape YYYY-MM-DD lets 2013-02-30 through; the calendar does not. Each bad date is reported once.
  test.each([
    ['2013-02-30', "'2013-02-30' is not a calendar day: 2013-02 has 28 days"],
    ['2023-02-29', "'2023-02-29' is not a calendar day: 2023-02 has 28 days"],
    ['2023-13', 'must be a date as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)'],
    ['2024-00-10', 'must be a date as YYYY, YYYY-MM, YYYY-MM-DD, YYYY-spring|summer|autumn|winter|H1|H2, or --MM-DD (day and month, the year not written)'],
  ])('a file with the date %s loads nothing and says why, once', async (date, reason) => {
    const before = await snapshot();
    const dir = seedWith('000-svo-arbetsplan.yaml', (t) => t.replace('    kind: REGION', `    kind: REGION\n    validFrom: "${date}"`));
    try {
      const error = await loadSeed(db, dir).catch((e) => e);
      expect(error).toBeInstanceOf(SeedError);
      const line = readFileSync(join(dir, '000-svo-arbetsplan.yaml'), 'utf8').split('\n').indexOf(`    validFrom: "${date}"`) + 1;
      const where = `000-svo-arbetsplan.yaml:${line} at organisations.0.validFrom: `;
      expect(error.message).toContain(`${where}${reason}`);
      expect(error.message.split(where).length).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    expect(await snapshot()).toEqual(before);
  });

  test('a file with the leap day 2024-02-29 and a name at the length limit passes validation', () => {
    const dir = seedWith('000-svo-arbetsplan.yaml', (t) =>
      t.replace('    kind: REGION', '    kind: REGION\n    validFrom: "2024-02-29"').replace('    altNames: [RÖ]', `    altNames: ["${'Å'.repeat(300)}"]`),
    );
    try {
      expect(() => readGraph(dir)).not.toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a name longer than the limit in a seed file is refused with the limit, as the API refuses it', async () => {
    const dir = seedWith('000-svo-arbetsplan.yaml', (t) => t.replace('    altNames: [RÖ]', `    altNames: ["${'Å'.repeat(301)}"]`));
    try {
      const error = await loadSeed(db, dir).catch((e) => e);
      expect(error).toBeInstanceOf(SeedError);
      expect(error.message).toMatch(
        /000-svo-arbetsplan\.yaml:\d+ at organisations\.0\.altNames\.0: is 301 characters long; at most 300 are allowed \(seed\/seed\.schema\.json, definitions\): shorten it/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('a reference to an id no file declares is refused with its place', async () => {
    const dir = seedWith('000-svo-arbetsplan.yaml', (t) => t.replace('    area: area-05\n', '    area: area-99\n'));
    try {
      const error = await loadSeed(db, dir).catch((e) => e);
      expect(error).toBeInstanceOf(SeedError);
      expect(error.message).toMatch(/000-svo-arbetsplan\.yaml:\d+ at organisations\.0\.area: refers to 'area-99', which no seed file declares/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('an unknown field and broken YAML are reported, not ignored', async () => {
    const typo = seedWith('003-sso-organisation.yaml', (t) => t.replace(/\n {2}- id: body-sso\n/, '\n  - id: body-sso\n    nmae: SSÖ\n'));
    const broken = seedWith('001-tjansteskrivelse-arbetsplan.yaml', (t) => t + '\n  - : [unclosed\n');
    try {
      expect((await loadSeed(db, typo).catch((e) => e)).message).toMatch(/003-sso-organisation\.yaml:\d+ at bodies\.\d+: unknown field 'nmae'/);
      expect((await loadSeed(db, broken).catch((e) => e)).message).toMatch(/001-tjansteskrivelse-arbetsplan\.yaml:\d+ at \(top\): YAML syntax/);
    } finally {
      rmSync(typo, { recursive: true, force: true });
      rmSync(broken, { recursive: true, force: true });
    }
  });
});
