import { along, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';

/** Mandates: whose they are, what and where they cover, who granted them. Methods take many ids and answer per id. */
export class MandateRepository {
  constructor(private readonly loaders: Loaders) {}

  bodyOf(mandateIds: readonly string[]) {
    return followOne(this.loaders, mandateIds, along('Mandate', 'body'));
  }

  topicsOf(mandateIds: readonly string[]) {
    return follow(this.loaders, mandateIds, along('Mandate', 'topics'));
  }

  areaOf(mandateIds: readonly string[]) {
    return followOne(this.loaders, mandateIds, along('Mandate', 'area'));
  }

  /** The principals or body that granted each, and the document that grants it. */
  grantedByOf(mandateIds: readonly string[]) {
    return follow(this.loaders, mandateIds, along('Mandate', 'grantedBy'));
  }
}
