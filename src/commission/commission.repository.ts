import type { Row } from '../db/database';
import { along, follow, followOne } from '../shared/follow';
import type { Loaders } from '../shared/loaders';
import type { EntityRow } from '../shared/repository';
import { isOverdue, statusOf } from './commission.rules';

/** Which commissions of a list to keep: these statuses, and/or those open and past due on a day. */
export interface CommissionSelection {
  statuses?: string[];
  overdueAsOf?: string;
}

/** Commissions (uppdrag): who gave, received and follows them, and whether they are overdue. Methods take many ids and answer per id. */
export class CommissionRepository {
  constructor(private readonly loaders: Loaders) {}

  issuedByOf(commissionIds: readonly string[]) {
    return follow(this.loaders, commissionIds, along('Commission', 'issuedBy'));
  }

  assignedToOf(commissionIds: readonly string[]) {
    return follow(this.loaders, commissionIds, along('Commission', 'assignedTo'));
  }

  reportToOf(commissionIds: readonly string[]) {
    return follow(this.loaders, commissionIds, along('Commission', 'reportTo'));
  }

  dueMeetingOf(commissionIds: readonly string[]) {
    return followOne(this.loaders, commissionIds, along('Commission', 'dueMeeting'));
  }

  itemOf(commissionIds: readonly string[]) {
    return followOne(this.loaders, commissionIds, along('Commission', 'item'));
  }

  documentsOf(commissionIds: readonly string[]) {
    return follow(this.loaders, commissionIds, along('Commission', 'documents'));
  }

  topicsOf(commissionIds: readonly string[]) {
    return follow(this.loaders, commissionIds, along('Commission', 'topics'));
  }

  /** Whether each commission is open and past due on `day` (see commission.rules.ts); due meetings are read in one batch. */
  overdue(commissions: readonly { props: Row }[], day: string): Promise<boolean[]> {
    return Promise.all(commissions.map((c) => isOverdue(c.props, day, async () => (await this.dueMeetingOf([c.props.id]))[0]?.props.dateEnd)));
  }

  /** The commissions of a list that a selection keeps, in their order. */
  async select<T extends EntityRow>(commissions: T[], selection: CommissionSelection): Promise<T[]> {
    const kept = commissions.filter((c) => !selection.statuses || selection.statuses.includes(statusOf(c.props)));
    if (!selection.overdueAsOf) return kept;
    const overdue = await this.overdue(kept, selection.overdueAsOf);
    return kept.filter((_, i) => overdue[i]);
  }
}
