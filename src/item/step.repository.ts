import { along, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';

/** Steps of items: where and when they happened, what they produced. Methods take many ids and answer per id. */
export class StepRepository {
  constructor(private readonly loaders: Loaders) {}

  itemOf(stepIds: readonly string[]) {
    return followOne(this.loaders, stepIds, along('Step', 'item'));
  }

  /** The body (or organisation) where each happened. */
  bodyOf(stepIds: readonly string[]) {
    return followOne(this.loaders, stepIds, along('Step', 'body'));
  }

  meetingOf(stepIds: readonly string[]) {
    return followOne(this.loaders, stepIds, along('Step', 'meeting'));
  }

  documentsOf(stepIds: readonly string[]) {
    return follow(this.loaders, stepIds, along('Step', 'documents'));
  }

  commissionOf(stepIds: readonly string[]) {
    return followOne(this.loaders, stepIds, along('Step', 'commission'));
  }
}
