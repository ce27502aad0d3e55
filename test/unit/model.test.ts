import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../../src/config';
import { RELATIONSHIPS, reads } from '../../src/model';

/** Every .ts file under a directory. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

const SRC = join(ROOT, 'src');
const outsideModel = sources(SRC).filter((f) => !f.startsWith(join(SRC, 'model')));

describe('the model is the one place that names relationship types', () => {
  test('no file under src/ outside src/model quotes a relationship type', () => {
    const quoted = new RegExp(`['"\`](${Object.keys(RELATIONSHIPS).join('|')})['"\`]`);
    const found = outsideModel.flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .flatMap((line, i) => (quoted.test(line) ? [`${relative(ROOT, file)}:${i + 1}: ${line.trim()}`] : [])),
    );
    expect(found).toEqual([]);
  });

  test("every field a resolver follows with along(Type, field) is one the model's relationships are read by", () => {
    const calls = outsideModel.flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/along\('(\w+)', '(\w+)'\)/g)].map((m) => [m[1], m[2]]));
    expect(calls.length).toBeGreaterThan(80);
    const unknown = calls.filter(([type, field]) => {
      try {
        reads(type, field);
        return false;
      } catch {
        return true;
      }
    });
    expect(unknown).toEqual([]);
  });

  test('every GraphQL field the model says reads a relationship exists in schema/schema.graphql', () => {
    const schema = readFileSync(join(ROOT, 'schema', 'schema.graphql'), 'utf8');
    const fields = new Set<string>();
    for (const [, type, body] of schema.matchAll(/^type (\w+)[^{]*\{([\s\S]*?)^\}/gm)) {
      for (const [, field] of body.matchAll(/^ {2}(\w+)[(:]/gm)) fields.add(`${type}.${field}`);
    }
    const named = Object.values(RELATIONSHIPS).flatMap((r) => r.ways.flatMap((w) => [...(w.read.out ?? []), ...(w.read.in ?? [])]));
    expect(named.filter((f) => !fields.has(f))).toEqual([]);
  });

  test('Body.principals is PRINCIPAL_OF incoming; Area.children is PART_OF incoming and INCLUDES outgoing', () => {
    expect(reads('Body', 'principals')).toEqual([
      {
        types: ['PRINCIPAL_OF'],
        direction: 'in',
        far: ['Organisation'],
        carries: { validFrom: 'partialDate', validTo: 'partialDate', text: 'text', note: 'text' },
      },
    ]);
    expect(reads('Area', 'children')).toEqual([
      { types: ['PART_OF'], direction: 'in', far: ['Area'], carries: {} },
      { types: ['INCLUDES'], direction: 'out', far: ['Area'], carries: {} },
    ]);
  });

  test('a read knows the kinds at its far end and what its relationships carry, from every way that reads it', () => {
    // Membership.holder: HELD_BY to a Person or a Post; Item.decidedBy: DECIDED_BY with its kind and condition.
    expect(reads('Membership', 'holder')).toEqual([expect.objectContaining({ far: expect.arrayContaining(['Person', 'Post']) })]);
    expect(reads('Membership', 'holder')[0].far).not.toContain('Meeting');
    expect(reads('Item', 'decidedBy')[0].carries).toEqual({ kind: 'enum', condition: 'text' });
  });
});
