import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { statementFiles } from '../../src/db/cypher';
import { statementsText } from '../../src/db/write-statements';

/**
 * Statement names are typed (src/db/statements.ts, generated from cypher/), so a name with
 * no file fails the build; these tests keep that list current and catch the other way
 * round: a file no code runs, which a reviewer would read for nothing.
 */
const ROOT = join(__dirname, '..', '..');

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : tsFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

test('src/db/statements.ts lists exactly the files under cypher/ (else run `npm run cypher:names`)', () => {
  const written = readFileSync(join(ROOT, 'src', 'db', 'statements.ts'), 'utf8');
  expect(written).toBe(statementsText(statementFiles()));
});

test('every statement under cypher/ is named by some code', () => {
  const generated = join(ROOT, 'src', 'db', 'statements.ts');
  const code = ['src', 'bench', 'test']
    .flatMap((d) => tsFiles(join(ROOT, d)))
    .filter((f) => f !== generated)
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  // cypher/test/x is run by test/seed-facts.test.ts as read('x').
  const named = (name: string) => code.includes(`'${name}'`) || (name.startsWith('test/') && code.includes(`'${name.slice(5)}'`));
  expect(statementFiles().filter((name) => !named(name))).toEqual([]);
});
