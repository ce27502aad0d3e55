import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../../src/config';
import { formatProblem } from '../../src/seed/files';
import { readSeedSet } from '../../src/seed/seedset';

/**
 * Collectives are checked before anything loads: a group names a county of SCB's reference,
 * a principal or decider is an organisation or a group (never both), and a municipality is
 * declared once (another organisation for the same SCB area would count it twice).
 */
function problemsWith(file: string, edit: (text: string) => string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'seed-collective-'));
  try {
    cpSync(join(ROOT, 'seed'), dir, { recursive: true });
    const path = join(dir, file);
    const text = readFileSync(path, 'utf8');
    const edited = edit(text);
    expect(edited).not.toBe(text);
    writeFileSync(path, edited);
    return readSeedSet(dir).problems.map(formatProblem);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

test('the seed as it is has no problems', () => {
  expect(readSeedSet(join(ROOT, 'seed')).problems).toEqual([]);
});

// 004_faaef7745464eccc.txt:144 "länets nio kommuner": the county is area-04, not Eskilstuna's area-0484
test('a collective that names a municipality instead of a county is refused with its place', () => {
  const problems = problemsWith('004-eskilstuna-meddelanden.yaml', (t) =>
    t.replace('      phrase: länets nio kommuner\n      area: area-04', '      phrase: länets nio kommuner\n      area: area-0484'),
  );
  expect(problems).toEqual([
    expect.stringMatching(/004-eskilstuna-meddelanden\.yaml:\d+ at principals\.0\.collective\.area: 'area-0484' is not a county of SCB's reference/),
  ]);
});

test('a principal that gives both an organisation and a collective is refused', () => {
  const problems = problemsWith('004-eskilstuna-meddelanden.yaml', (t) =>
    t.replace(
      '  - body: body-lansstyrgruppen-sormland\n    collective:',
      '  - body: body-lansstyrgruppen-sormland\n    organisation: org-region-04\n    collective:',
    ),
  );
  expect(problems).toContainEqual(
    expect.stringMatching(/004-eskilstuna-meddelanden\.yaml:\d+ at principals\.0: give exactly one of 'organisation' or 'collective'/),
  );
});

// 001_66273cec3dad0122.txt: the memo never names its municipality; declared as Linköping's, it would count Linköping twice
test('a second municipality organisation for one SCB area is refused: a municipality is declared once', () => {
  const problems = problemsWith('001-tjansteskrivelse-arbetsplan.yaml', (t) =>
    t.replace('    kind: UNKNOWN\n    area: area-05', '    kind: MUNICIPALITY\n    area: area-0580'),
  );
  expect(problems).toEqual([
    expect.stringMatching(
      /001-tjansteskrivelse-arbetsplan\.yaml:\d+ at organisations\.0\.area: 'org-ostergotland-kommun-ej-namngiven-001' and 'org-kommun-0580' are both municipalities of area-0580/,
    ),
  ]);
});
