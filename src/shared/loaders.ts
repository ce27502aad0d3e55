import DataLoader from 'dataloader';
import type { Database, Row } from '../db/database';
import type { PrimedWindow } from '../list/nested';
import { entitiesByIds, relatedByIds, type Related } from './repository';

/**
 * The request's loaders. Each relationship (direction + types) has one DataLoader, so a
 * nested query costs one round trip per relationship and depth, however many rows it has.
 */
export class Loaders {
  readonly entity: DataLoader<string, Row | undefined>;
  private readonly relations = new Map<string, DataLoader<string, Related[]>>();

  constructor(private readonly db: Database) {
    this.entity = new DataLoader((ids) => entitiesByIds(db, ids));
  }

  /** Forgets cached relationships, after a write in the same request. */
  clearRelations(): void {
    this.relations.clear();
    this.windows.clear();
  }

  /** Entities related to `id` along `types` (outgoing by default). */
  related(id: string, types: string[], direction: 'out' | 'in' = 'out'): Promise<Related[]> {
    return this.relation(types, direction).load(id);
  }

  /** Gives the loaders what a planned statement already read (src/plan), so resolvers find it without a round trip. */
  primeRelated(id: string, types: string[], direction: 'out' | 'in', rows: Related[]): void {
    this.relation(types, direction).prime(id, rows);
  }

  /**
   * Pages a planned statement read of a relationship list (src/list/nested.ts), by node id
   * and page key. Kept apart from the relationship loaders, which hold whole lists only.
   */
  private readonly windows = new Map<string, PrimedWindow<Related>>();

  primeWindow(id: string, key: string, window: PrimedWindow<Related>): void {
    this.windows.set(`${id} ${key}`, window);
  }

  /** The page last primed for this node and key; the resolver checks that it holds the rows it needs. */
  window(id: string, key: string): PrimedWindow<Related> | undefined {
    return this.windows.get(`${id} ${key}`);
  }

  private relation(types: string[], direction: 'out' | 'in'): DataLoader<string, Related[]> {
    const key = `${direction}:${types.join(',')}`;
    let loader = this.relations.get(key);
    if (!loader) {
      loader = new DataLoader((ids) => relatedByIds(this.db, direction, types, ids));
      this.relations.set(key, loader);
    }
    return loader;
  }
}
