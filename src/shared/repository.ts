import type { Database, Row } from '../db/database';

/** An entity as stored: its labels and its properties (the id among them). */
export interface EntityRow {
  labels: string[];
  props: Row;
}

/** One related entity: the relationship's type and properties, and the entity at its other end. */
export interface Related extends EntityRow {
  type: string;
  rel: Row;
}

/** Entities by id, any kind, in the order asked (undefined where none). */
export async function entitiesByIds(db: Database, ids: readonly string[]): Promise<(Row | undefined)[]> {
  const rows = await db.read('node/byIds', { ids });
  const byId = new Map(rows.map((r) => [r.id as string, { ...r.props, __labels: r.labels }]));
  return ids.map((id) => byId.get(id));
}

/** Related entities of each id along the given relationship types, grouped per id. */
export async function relatedByIds(db: Database, direction: 'out' | 'in', types: string[], ids: readonly string[]): Promise<Related[][]> {
  const rows = await db.read(direction === 'out' ? 'node/outgoing' : 'node/incoming', { ids, types });
  const grouped = new Map<string, Related[]>(ids.map((id) => [id, []]));
  for (const r of rows) grouped.get(r.id)!.push({ type: r.type, rel: r.rel, labels: r.labels, props: r.props });
  return ids.map((id) => grouped.get(id)!);
}
