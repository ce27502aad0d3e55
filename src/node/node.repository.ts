import { entities } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';

/** Entities of any kind by id: one statement for every lookup by id in a request. */
export class NodeRepository {
  constructor(private readonly loaders: Loaders) {}

  /** In the order asked; undefined where no entity has the id. */
  byIds(ids: readonly string[]): Promise<(EntityRow | undefined)[]> {
    return entities(this.loaders, ids);
  }
}
