import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../src/config';
import { today } from '../../src/shared/dates';
import { isOverdue } from '../../src/commission/commission.rules';

/**
 * The layers of the read path: resolvers (GraphQL) call repositories, repositories return
 * plain rows and throw plain errors (src/shared/bad-input.ts), domain rules live in their
 * concept's module. No database here: these read the source files.
 */

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SRC = join(ROOT, 'src');
const files = sources(SRC);
const repositories = files.filter((f) => f.endsWith('.repository.ts'));
const resolvers = files.filter((f) => f.endsWith('.resolver.ts'));

/** Module specifiers a file imports at run time or as types ('import … from', 'export … from', import()). */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [
    ...text.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|(?:^|\n)\s*import\s+['"]([^'"]+)['"]/g),
  ].map((m) => m[1] ?? m[2] ?? m[3]);
}

describe('layers', () => {
  test('there are repositories and resolvers to check', () => {
    // One repository per concept folder that reads: a rename must not make the checks below vacuous.
    expect(repositories.length).toBeGreaterThanOrEqual(15);
    expect(resolvers.length).toBeGreaterThanOrEqual(15);
  });

  test('no repository imports graphql, type-graphql or Apollo', () => {
    const found = repositories.flatMap((file) =>
      imports(file)
        .filter((spec) => /^(graphql|type-graphql|@apollo\/)/.test(spec))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(found).toEqual([]);
  });

  test('no repository imports a resolver, a GraphQL type file or the GraphQL error helpers', () => {
    const found = repositories.flatMap((file) =>
      imports(file)
        .filter((spec) => /\.(resolver|type)$/.test(spec) || /server\/errors$/.test(spec) || /shared\/(types|registry|nodes|scalars)$/.test(spec))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(found).toEqual([]);
  });

  test('no resolver imports another resolver', () => {
    const found = resolvers.flatMap((file) =>
      imports(file)
        .filter((spec) => spec.endsWith('.resolver'))
        .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
    );
    expect(found).toEqual([]);
  });

  test('read resolvers reach the graph only through repositories: no loaders, statements or along()', () => {
    const found = resolvers
      .filter((file) => !file.startsWith(join(SRC, 'write')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .flatMap((line, i) => (/ctx\.loaders|ctx\.db\b|\balong\(|db\.read\(/.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
      );
    expect(found).toEqual([]);
  });
});

describe('domain rules', () => {
  test('today() is the UTC calendar day, YYYY-MM-DD, as every `asOf` left out has meant', () => {
    const before = new Date().toISOString().slice(0, 10);
    const day = today();
    const after = new Date().toISOString().slice(0, 10);
    expect(day).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect([before, after]).toContain(day);
  });

  test('a commission is overdue when open and its own due date has passed; the due meeting is not read then', async () => {
    const noMeeting = async () => {
      throw new Error('the due meeting must not be read when the commission has its own due date');
    };
    expect(await isOverdue({ status: 'ONGOING', dueEnd: '2024-12-31' }, '2025-01-01', noMeeting)).toBe(true);
    expect(await isOverdue({ status: 'ONGOING', dueEnd: '2024-12-31' }, '2024-12-31', noMeeting)).toBe(false);
    expect(await isOverdue({ status: 'REPORTED', dueEnd: '2024-12-31' }, '2025-01-01', noMeeting)).toBe(false);
  });

  test('without a due date of its own, the day of its due meeting counts; with neither it is never overdue', async () => {
    expect(await isOverdue({ status: 'ONGOING' }, '2025-01-01', async () => '2024-12-10')).toBe(true);
    expect(await isOverdue({ status: 'ONGOING' }, '2024-12-01', async () => '2024-12-10')).toBe(false);
    expect(await isOverdue({}, '2025-01-01', async () => undefined)).toBe(false);
  });
});
