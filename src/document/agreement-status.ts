/**
 * The agreements register's arithmetic, as of a day: an agreement's effective end (after
 * automatic renewals and decided extensions), its notice deadline and its status. Pure
 * functions on the stored terms, so the rules can be read and tested in one place.
 */

/** The stored terms of a document (partial dates already bounded: *Start/*End). */
export interface Terms {
  startStart?: string;
  initialEndEnd?: string;
  untilFurtherNotice?: boolean;
  autoRenewal?: boolean;
  renewalMonths?: number;
  noticeMonths?: number;
  maxEndEnd?: string;
  terminatedStart?: string;
  /** Last days of the extensions already decided. */
  extendedUntil: string[];
  /** Whether a later document supersedes this one. */
  superseded: boolean;
}

export type AgreementStatusValue =
  | 'NOT_STARTED' | 'ACTIVE' | 'IN_NOTICE_WINDOW' | 'PAST_NOTICE_RENEWING' | 'EXPIRED'
  | 'TERMINATED' | 'SUPERSEDED' | 'UNTIL_FURTHER_NOTICE' | 'UNKNOWN';

export interface AgreementState {
  status: AgreementStatusValue;
  /** Last day of the period running on asOf (or of the last period, once expired). */
  effectiveEnd?: string;
  /** Last day to give notice so the agreement ends at effectiveEnd instead of renewing. */
  noticeDeadline?: string;
  /** Why the status is what it is, in one sentence. */
  explanation: string;
}

/** Adds months to a YYYY-MM-DD day, keeping month ends at month ends (2023-12-31 + 24 → 2025-12-31). */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number);
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const wasMonthEnd = d === new Date(Date.UTC(y, m, 0)).getUTCDate();
  const day2 = wasMonthEnd ? lastOfMonth : Math.min(d, lastOfMonth);
  return `${year}-${String(month).padStart(2, '0')}-${String(day2).padStart(2, '0')}`;
}

/** The end of the contract period running on asOf, applying extensions then renewals. */
export function effectiveEnd(t: Terms, asOf: string): string | undefined {
  const ends = [t.initialEndEnd, ...t.extendedUntil].filter((e): e is string => !!e).sort();
  let end = ends[ends.length - 1];
  if (!end) return undefined;
  if (t.autoRenewal && t.renewalMonths && t.renewalMonths > 0) {
    while (end < asOf) {
      const next = addMonths(end, t.renewalMonths);
      if (t.maxEndEnd && next > t.maxEndEnd) break;
      end = next;
    }
  }
  return end;
}

export function agreementState(t: Terms, asOf: string, noticeWindowMonths = 6): AgreementState {
  if (t.superseded) return { status: 'SUPERSEDED', explanation: 'A later document supersedes it.' };
  if (t.terminatedStart && t.terminatedStart <= asOf) {
    return { status: 'TERMINATED', explanation: `Terminated from ${t.terminatedStart}.` };
  }
  if (t.startStart && t.startStart > asOf) return { status: 'NOT_STARTED', explanation: `Starts ${t.startStart}.` };
  const end = effectiveEnd(t, asOf);
  if (!end) {
    if (t.untilFurtherNotice) {
      const notice = t.noticeMonths ? ` with ${t.noticeMonths} months' notice` : '';
      return { status: 'UNTIL_FURTHER_NOTICE', explanation: `Runs until further notice${notice}.` };
    }
    return { status: 'UNKNOWN', explanation: 'The sources give no end date and no rule that would give one.' };
  }
  // Notice matters only where silence renews the agreement: a fixed term, or the last
  // period maxEnd allows, simply ends.
  const renews = !!t.autoRenewal && !!t.renewalMonths && (!t.maxEndEnd || addMonths(end, t.renewalMonths) <= t.maxEndEnd);
  const noticeDeadline = t.noticeMonths && renews ? addMonths(end, -t.noticeMonths) : undefined;
  if (end < asOf) return { status: 'EXPIRED', effectiveEnd: end, noticeDeadline, explanation: `Ended ${end}.` };
  if (noticeDeadline && asOf > noticeDeadline) {
    return { status: 'PAST_NOTICE_RENEWING', effectiveEnd: end, noticeDeadline, explanation: `Notice deadline ${noticeDeadline} has passed; it renews after ${end}.` };
  }
  if (noticeDeadline && asOf <= noticeDeadline && asOf >= addMonths(noticeDeadline, -noticeWindowMonths)) {
    return { status: 'IN_NOTICE_WINDOW', effectiveEnd: end, noticeDeadline, explanation: `Notice must be given by ${noticeDeadline} or it runs to ${end} and renews.` };
  }
  return { status: 'ACTIVE', effectiveEnd: end, noticeDeadline, explanation: `In force until ${end}${renews ? ', renewing automatically' : ''}.` };
}
