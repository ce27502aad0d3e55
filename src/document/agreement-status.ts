/**
 * An agreement's state on a day. The rules that give it (effective end after decided
 * extensions and automatic renewals, notice deadline, status) are computed in one place,
 * cypher/document/agreements.cypher, so the register filters and orders by them in the
 * database; this file only puts the result into words.
 */
export type AgreementStatusValue =
  'NOT_STARTED' | 'ACTIVE' | 'IN_NOTICE_WINDOW' | 'PAST_NOTICE_RENEWING' | 'EXPIRED' | 'TERMINATED' | 'SUPERSEDED' | 'UNTIL_FURTHER_NOTICE' | 'UNKNOWN';

export interface AgreementState {
  status: AgreementStatusValue;
  /** Last day of the period running on asOf (or of the last period, once expired). */
  effectiveEnd?: string;
  /** Last day to give notice so the agreement ends at effectiveEnd instead of renewing. */
  noticeDeadline?: string;
  /** Why the status is what it is, in one sentence. */
  explanation: string;
}

/** What the statement computes for one agreement (null where it gives no day). */
export interface ComputedState {
  status: AgreementStatusValue;
  effectiveEnd: string | null;
  noticeDeadline: string | null;
  /** Whether silence renews it after effectiveEnd. */
  renews: boolean | null;
}

/** The state in words, from what the statement computed and the document's own terms. */
export function explained(c: ComputedState, props: Record<string, any>): AgreementState {
  const end = c.effectiveEnd ?? undefined;
  const deadline = c.noticeDeadline ?? undefined;
  const dated = { effectiveEnd: end, noticeDeadline: deadline };
  switch (c.status) {
    case 'SUPERSEDED':
      return { status: c.status, explanation: 'A later document supersedes it.' };
    case 'TERMINATED':
      return { status: c.status, explanation: `Terminated from ${props.terminatedStart}.` };
    case 'NOT_STARTED':
      return { status: c.status, explanation: `Starts ${props.startStart}.` };
    case 'UNTIL_FURTHER_NOTICE':
      return { status: c.status, explanation: `Runs until further notice${props.noticeMonths ? ` with ${props.noticeMonths} months' notice` : ''}.` };
    case 'UNKNOWN':
      return { status: c.status, explanation: 'The sources give no end date and no rule that would give one.' };
    case 'EXPIRED':
      return { status: c.status, ...dated, explanation: `Ended ${end}.` };
    case 'PAST_NOTICE_RENEWING':
      return { status: c.status, ...dated, explanation: `Notice deadline ${deadline} has passed; it renews after ${end}.` };
    case 'IN_NOTICE_WINDOW':
      return { status: c.status, ...dated, explanation: `Notice must be given by ${deadline} or it runs to ${end} and renews.` };
    case 'ACTIVE':
      return { status: c.status, ...dated, explanation: `In force until ${end}${c.renews ? ', renewing automatically' : ''}.` };
  }
}
