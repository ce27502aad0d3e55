import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../src/config';
import { SEED_SECTIONS } from '../../src/model';
import { seedSchema, seedSchemaText } from '../../src/seed/schema';
import { LIMITS } from '../../src/shared/limits';

const committed = readFileSync(join(ROOT, 'seed', 'seed.schema.json'), 'utf8');

/** Every JSON pointer below `node` to a field (a key of `properties`) without a description. */
function undescribed(node: unknown, pointer = ''): string[] {
  if (node === null || typeof node !== 'object') return [];
  const own =
    'properties' in node
      ? Object.entries((node as { properties: Record<string, { description?: string }> }).properties)
          .filter(([, field]) => !field.description)
          .map(([name]) => `${pointer}/properties/${name}`)
      : [];
  return own.concat(...Object.entries(node).map(([key, child]) => undescribed(child, `${pointer}/${key}`)));
}

describe('seed/seed.schema.json is generated from the model', () => {
  test('the committed file is what `npm run seed:schema` writes (edit src/model, then run it)', () => {
    expect(committed).toBe(seedSchemaText());
  });

  test('every field of every section has a description', () => {
    expect(undescribed(seedSchema())).toEqual([]);
  });

  test('ids, names, texts, locators, web addresses and dates are written once, under definitions, with the API limits', () => {
    const text = JSON.stringify(seedSchema().properties);
    expect(text).not.toContain('"pattern":"^[a-z0-9]');
    expect(text).not.toContain('maxLength');
    const defs = seedSchema().definitions;
    expect([defs.id.maxLength, defs.name.maxLength, defs.text.maxLength, defs.locator.maxLength, defs.url.maxLength]).toEqual([100, 300, 5000, 1000, 2000]);
    expect(LIMITS).toMatchObject({ id: 100, name: 300, text: 5000, locator: 1000, url: 2000 });
  });

  test('a reference field names the relationship it states and the kinds it may point at', () => {
    const mandates = seedSchema().properties.mandates.items.properties;
    expect(mandates.body).toEqual({ $ref: '#/definitions/id', description: 'The body that has the mandate (id of a Body)' });
    expect(SEED_SECTIONS.get('mandates')!.fields.body.link).toEqual({ type: 'HAS_MANDATE', dir: 'in' });
    expect(SEED_SECTIONS.get('items')!.fields.decidedBy.fields!.by.to).toEqual(['Body', 'Organisation']);
  });
});
