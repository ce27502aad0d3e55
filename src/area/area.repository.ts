import { along, entities, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';

/** Areas: where they lie, what lies in them and who covers them. Methods take many ids and answer per id. */
export class AreaRepository {
  constructor(private readonly loaders: Loaders) {}

  /** The area with an id, or the area of an SCB code ("05" a county, "0580" a municipality: ids area-05, area-0580). */
  async find(by: { id?: string; code?: string }): Promise<EntityRow | undefined> {
    return (await entities(this.loaders, [by.id ?? `area-${by.code}`]))[0];
  }

  /** The area each lies in (a municipality's county). */
  parentOf(areaIds: readonly string[]) {
    return followOne(this.loaders, areaIds, along('Area', 'parent'));
  }

  /** Areas that lie in each (PART_OF it), then those it includes: the model's two read groups, in order. */
  childrenOf(areaIds: readonly string[]) {
    return follow(this.loaders, areaIds, along('Area', 'children'));
  }

  /** Organisations, bodies, mandates, documents and items whose remit covers each. */
  coveredByOf(areaIds: readonly string[]) {
    return follow(this.loaders, areaIds, along('Area', 'coveredBy'));
  }
}
