import { along, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';

/** Change events: what changed, what came before and after. Methods take many ids and answer per id. */
export class ChangeEventRepository {
  constructor(private readonly loaders: Loaders) {}

  subjectOf(eventIds: readonly string[]) {
    return followOne(this.loaders, eventIds, along('ChangeEvent', 'subject'));
  }

  predecessorOf(eventIds: readonly string[]) {
    return followOne(this.loaders, eventIds, along('ChangeEvent', 'predecessor'));
  }

  successorOf(eventIds: readonly string[]) {
    return followOne(this.loaders, eventIds, along('ChangeEvent', 'successor'));
  }
}
