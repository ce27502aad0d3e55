import { RELATIONSHIPS } from './relationships';
import type { SeedField, SeedSection } from './seed-format';
import type { Way } from './types';

/**
 * Collective parties, principals and deciders (issue 11): where a source names a group rather
 * than its members ("kommunerna i Jämtlands län", "länets nio kommuner"), the seed keeps the
 * phrase and the county it names; the loader (src/seed/collective.ts) expands it through SCB's
 * reference into one relationship per municipality, each citing the source and SCB's row.
 * Which relationships may be written so is the model's `collective` flag on a way.
 */
export const COLLECTIVE: SeedField = {
  type: 'object',
  seedOnly: true,
  description:
    'A group the source names as a whole, e.g. "kommunerna i Jämtlands län": the loader links every municipality SCB\'s reference lists in the county, citing this source and SCB\'s row',
  fields: {
    phrase: { type: 'text', required: true, description: 'The words of the source that name the group, e.g. "länets nio kommuner"' },
    area: { type: 'id', required: true, to: ['Area'], description: 'The county (area-NN) whose municipalities the phrase names' },
  },
};

/** The end of an entry way that may be written collectively: the one that may be an Organisation. */
function collectiveEnd(way: Way): string {
  const end = way.from.includes('Organisation') && way.fromField !== '.' ? way.fromField : way.toField;
  if (!end || end === '.') throw new Error(`model: ${way.section}.${way.path ?? ''} has no end an organisation can be at`);
  return end;
}

/** The fields of the object an entry way's entries live in: the section's, or the list at `path`. */
function entryFields(section: SeedSection, way: Way): { fields: Record<string, SeedField>; holder: { oneOf?: string[] } } {
  if (!way.path) return { fields: section.fields, holder: section };
  const field = way.path.split('.').reduce<SeedField | undefined>((f, name) => (f ? f.fields?.[name] : section.fields[name]), undefined);
  if (!field?.fields) throw new Error(`model: ${section.name}.${way.path} is not a list of objects`);
  return { fields: field.fields, holder: field };
}

/**
 * Adds the collective forms to the seed format: on an entry way, `collective` as the
 * alternative to the organisation end (exactly one of the two); on a list-of-ids field,
 * a `collectives` list on the entry naming the field each group fills.
 */
export function addCollectives(sections: Map<string, SeedSection>, certainty: Record<string, SeedField>): void {
  const byField = new Map<string, string[]>();
  for (const rel of Object.values(RELATIONSHIPS)) {
    for (const way of rel.ways) {
      if (!way.collective) continue;
      const section = sections.get(way.section)!;
      if (way.at === 'entry') {
        const { fields, holder } = entryFields(section, way);
        const end = collectiveEnd(way);
        fields[end] = { ...fields[end], required: false };
        fields.collective = COLLECTIVE;
        holder.oneOf = [end, 'collective'];
      } else {
        byField.set(way.section, [...(byField.get(way.section) ?? []), way.path!]);
      }
    }
  }
  for (const [name, paths] of byField) {
    const section = sections.get(name)!;
    section.fields.collectives = {
      type: 'object',
      list: true,
      seedOnly: true,
      description: `Groups the source names as a whole in a list of ids (${paths.join(', ')}), each expanded into the municipalities of its county`,
      fields: {
        // A pattern, not an enum: the field names are the model's, not a vocabulary of the graph.
        field: { type: 'code', required: true, pattern: `^(${paths.join('|')})$`, description: `The list the group belongs to: ${paths.join(' or ')}` },
        ...COLLECTIVE.fields,
        locator: { type: 'locator', description: "Where the group is named, when not at the entry's locator" },
        note: { type: 'text', description: "An editor's note on the reading" },
        ...certainty,
      },
    };
  }
}
