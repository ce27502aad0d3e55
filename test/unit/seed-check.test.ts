import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/config';
import { citationsOf, formatCitations } from '../../src/seed/citations';
import { listSeedFiles } from '../../src/seed/files';
import { readSeedSet } from '../../src/seed/seedset';

const SEED = join(ROOT, 'seed');
const { set } = readSeedSet(SEED);

/** Every line of the seed files where `id` is written as a whole id (not as the start of a longer one). */
function linesWith(id: string): string[] {
  const whole = new RegExp(`(^|[^a-z0-9-])${id}($|[^a-z0-9-])`);
  return listSeedFiles(SEED).flatMap((file) =>
    readFileSync(file, 'utf8')
      .split('\n')
      .flatMap((text, i) => (whole.test(text) ? [`${file}:${i + 1}`] : [])),
  );
}

describe('npm run seed:check -- --entity ID', () => {
  test('body-svo: declared once in 000-svo-arbetsplan.yaml, and every other line naming it is a citation with its field', () => {
    const found = citationsOf(set!, 'body-svo');
    expect(found.declared).toMatchObject({ kind: 'Body', file: join(SEED, '000-svo-arbetsplan.yaml') });
    const declaredAt = `${found.declared!.file}:${found.declared!.line}`;
    expect(readFileSync(found.declared!.file, 'utf8').split('\n')[found.declared!.line - 1]).toBe('  - id: body-svo');
    const cited = [...new Set(found.citations.map((c) => `${c.file}:${c.line}`))];
    expect([declaredAt, ...cited].sort()).toEqual(linesWith('body-svo').sort());
    expect(found.citations.map((c) => c.path)).toEqual(expect.arrayContaining(['mandates.0.body', 'principals.0.body', 'bodies.1.partOf']));
  });

  test('the report gives file:line of the declaration and of each citation, with the field', () => {
    const report = formatCitations('body-svo', citationsOf(set!, 'body-svo'), ROOT).split('\n');
    expect(report[0]).toMatch(/^body-svo: Body, declared at seed\/000-svo-arbetsplan\.yaml:\d+$/);
    expect(report[1]).toMatch(/^cited in \d+ place\(s\):$/);
    expect(report).toContain(
      `  seed/000-svo-arbetsplan.yaml:${citationsOf(set!, 'body-svo').citations.find((c) => c.path === 'mandates.0.body')!.line}  mandates.0.body`,
    );
  });

  test('an id no file declares says so', () => {
    expect(formatCitations('body-nowhere', citationsOf(set!, 'body-nowhere'), ROOT)).toBe('body-nowhere: no seed file declares it');
  });
});
