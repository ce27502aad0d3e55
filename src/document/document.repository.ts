import type { Database } from '../db/database';
import { along, follow } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { Terms } from './agreement-status';

export interface AgreementRow {
  props: Record<string, any>;
  terms: Terms;
}

/** Which agreements the register reads: by party, responsible body or organisation, or area (null: any). */
export interface AgreementScope {
  party?: string;
  responsible?: string;
  area?: string;
}

/** The terms agreement-status.ts computes with, from a document's stored properties and what the graph adds. */
export function termsOf(props: Record<string, any>, extendedUntil: string[], superseded: boolean): Terms {
  return {
    startStart: props.startStart,
    initialEndEnd: props.initialEndEnd,
    untilFurtherNotice: props.untilFurtherNotice,
    autoRenewal: props.autoRenewal,
    renewalMonths: props.renewalMonths,
    noticeMonths: props.noticeMonths,
    maxEndEnd: props.maxEndEnd,
    terminatedStart: props.terminatedStart,
    extendedUntil,
    superseded,
  };
}

/** Documents: who is party to, adopts, prepares and follows them; their history, extensions and terms. Methods take many ids and answer per id. */
export class DocumentRepository {
  constructor(
    private readonly db: Database,
    private readonly loaders: Loaders,
  ) {}

  /** Documents with validity terms in scope, each with its terms: one statement. */
  async agreements(scope: AgreementScope): Promise<AgreementRow[]> {
    const rows = await this.db.read('document/agreements', { party: scope.party ?? null, responsible: scope.responsible ?? null, area: scope.area ?? null });
    return rows.map((r) => ({ props: r.props, terms: termsOf(r.props, r.extendedUntil, r.superseded) }));
  }

  /** The terms of each document: its own, the last days of its decided extensions, and whether a later one supersedes it. */
  termsOf(documents: readonly { props: Record<string, any> }[]): Promise<Terms[]> {
    const ids = documents.map((d) => d.props.id as string);
    return Promise.all([this.extensionsOf(ids), this.supersededByOf(ids)]).then(([extensions, supersededBy]) =>
      documents.map((d, i) => termsOf(d.props, extensions[i].map((e) => e.props.untilEnd).filter(Boolean), supersededBy[i].length > 0)),
    );
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
