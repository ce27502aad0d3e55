import { along, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';

/** Topics: the topic tree, owners and what concerns each. Methods take many ids and answer per id. */
export class TopicRepository {
  constructor(private readonly loaders: Loaders) {}

  broaderOf(topicIds: readonly string[]) {
    return followOne(this.loaders, topicIds, along('Topic', 'broader'));
  }

  narrowerOf(topicIds: readonly string[]) {
    return follow(this.loaders, topicIds, along('Topic', 'narrower'));
  }

  /** The shared vocabulary topic each lies within (seed/vocabulary/topics.yaml). */
  sharedTopicOf(topicIds: readonly string[]) {
    return followOne(this.loaders, topicIds, along('Topic', 'sharedTopic'));
  }

  /** The per-document topics that lie within each shared topic. */
  localTopicsOf(topicIds: readonly string[]) {
    return follow(this.loaders, topicIds, along('Topic', 'localTopics'));
  }

  ownerOf(topicIds: readonly string[]) {
    return followOne(this.loaders, topicIds, along('Topic', 'ownedBy'));
  }

  /** Bodies, mandates, items, commissions, documents and indicators on each topic. */
  concernedByOf(topicIds: readonly string[]) {
    return follow(this.loaders, topicIds, along('Topic', 'concernedBy'));
  }
}
