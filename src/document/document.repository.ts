import DataLoader from 'dataloader';
import type { Database } from '../db/database';
import { along, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';
import { entryOf, registerParams, type RegisterEntry, type RegisterQuery } from './agreement-register';

/** Documents: who is party to, adopts, prepares and follows them; their history, extensions and terms. Methods take many ids and answer per id. */
export class DocumentRepository {
  private readonly states = new Map<string, DataLoader<string, RegisterEntry | undefined>>();

  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  /** Each document's authors: the person and the AUTHORED relationship (its role as written). */
  authorsOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'authors'));
  }

  /** The documents each person wrote or revised. */
  authoredBy(personIds: readonly string[]) {
    return follow(this.loaders, personIds, along('Person', 'authored'));
  }

  /** The agreements register on a day: computed, filtered, ordered and bounded by one statement (cypher/document/agreements.cypher). */
  async agreements(query: RegisterQuery): Promise<RegisterEntry[]> {
    const rows = await this.db.read('document/agreements', registerParams(query));
    return rows.map((r) => entryOf(r, query.asOf));
  }

  /**
   * A document's state on a day, by the register's statement; the documents asked for in
   * one tick with the same day and window are read together.
   */
  stateOf(id: string, asOf: string, noticeWindowMonths: number): Promise<RegisterEntry | undefined> {
    const key = `${asOf}|${noticeWindowMonths}`;
    let loader = this.states.get(key);
    if (!loader) {
      loader = new DataLoader(
        async (ids: readonly string[]) => {
          const rows = await this.db.read('document/agreements', registerParams({ asOf, noticeWindowMonths, first: ids.length }, [...ids]));
          const byId = new Map(rows.map((r) => [r.props.id as string, entryOf(r, asOf)]));
          return ids.map((i) => byId.get(i));
        },
        { cache: false },
      );
      this.states.set(key, loader);
    }
    return loader.load(id);
  }

  partiesOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'parties'));
  }

  adoptedByOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'adoptedBy'));
  }

  recommendedByOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'recommendedBy'));
  }

  preparedByOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'preparedBy'));
  }

  responsibleOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'responsible'));
  }

  followedUpByOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'followedUpBy'));
  }

  supersedesOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'supersedes'));
  }

  supersededByOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'supersededBy'));
  }

  extendsOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'extends'));
  }

  /** The document each version belongs to. */
  documentOfVersion(versionIds: readonly string[]) {
    return followOne(this.loaders, versionIds, along('DocumentVersion', 'document'));
  }

  /** Each document's dated versions, oldest first. */
  async versionsOf(documentIds: readonly string[]) {
    const byDate = (a: EntityRow, b: EntityRow) =>
      String(a.props.dateStart ?? '').localeCompare(String(b.props.dateStart ?? '')) || String(a.props.id).localeCompare(String(b.props.id));
    return (await follow(this.loaders, documentIds, along('Document', 'versions'))).map((versions) => versions.sort(byDate));
  }

  extensionsOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'extensions'));
  }

  topicsOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'topics'));
  }

  /** Items and commissions that concern each, and steps that produced it. */
  concernedByOf(documentIds: readonly string[]) {
    return follow(this.loaders, documentIds, along('Document', 'concernedBy'));
  }
}
