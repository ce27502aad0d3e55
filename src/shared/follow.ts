import { reads, type Read } from '../model';
import type { Loaders } from './loaders';
import type { EntityRow, Related } from './repository';
import { isValidOn } from './dates';

/** The model's reads by type and field, looked up once. */
const alongs = new Map<string, Read[]>();

/**
 * The relationships a GraphQL field follows, as the model declares them (the `read` entries
 * of src/model/relationships.ts): along('Body', 'principals') is PRINCIPAL_OF, incoming.
 * Repositories name fields, never relationship types.
 */
export const along = (type: string, field: string): Read[] => {
  // Resolvers ask once per parent row; the model does not change while the service runs.
  const key = `${type}.${field}`;
  let found = alongs.get(key);
  if (!found) alongs.set(key, (found = reads(type, field)));
  return found;
};

/**
 * For each id, the relationships along `groups` with the entities at their other ends. Each
 * relationship and direction has one DataLoader per request, so the calls of sibling
 * fields in one tick become one statement: keep the loads synchronous (no await before).
 */
export function follow(loaders: Loaders, ids: readonly string[], groups: Read[]): Promise<Related[][]> {
  return Promise.all(ids.map(async (id) => (await Promise.all(groups.map((g) => loaders.related(id, g.types, g.direction)))).flat()));
}

/** For each id, the one entity along `groups` (the first, where the data has several), or undefined. */
export async function followOne(loaders: Loaders, ids: readonly string[], groups: Read[]): Promise<(Related | undefined)[]> {
  return (await follow(loaders, ids, groups)).map((rows) => rows[0]);
}

/** Rows whose relationship and far end both hold on `asOf` (all rows without a day). */
export async function validOn<T extends Related>(rows: Promise<T[][]>, asOf?: string): Promise<T[][]> {
  return (await rows).map((list) => list.filter((r) => isValidOn(r.rel, asOf) && isValidOn(r.props, asOf)));
}

/** Rows of entities with this label (a relationship type may also end at other kinds). */
export async function labelled<T extends EntityRow>(rows: Promise<T[][]>, label: string): Promise<T[][]> {
  return (await rows).map((list) => list.filter((r) => r.labels.includes(label)));
}

/**
 * Entities by id, in the order asked (undefined where none), batched with every other
 * lookup by id in the request. A failed read (a timeout) is thrown, not an undefined.
 */
export async function entities(loaders: Loaders, ids: readonly string[]): Promise<(EntityRow | undefined)[]> {
  const rows = await loaders.entity.loadMany(ids);
  const failed = rows.find((row) => row instanceof Error);
  if (failed) throw failed;
  return rows.map((row) => (row ? { labels: (row as Record<string, any>).__labels ?? [], props: row as Record<string, any> } : undefined));
}
