import { agreementState, type AgreementState } from './agreement-status';
import type { AgreementRow } from './document.repository';

/** What the register keeps: statuses on the day, and inclusive windows (YYYY-MM-DD) for the effective end and the notice deadline. */
export interface RegisterFilter {
  statuses?: string[];
  endsFrom?: string;
  endsTo?: string;
  noticeFrom?: string;
  noticeTo?: string;
}

export interface RegisterEntry {
  props: Record<string, any>;
  state: AgreementState & { asOf: string };
}

/** A day in a window; no window keeps everything, a window keeps no unknown day. */
const within = (day: string | undefined, from?: string, to?: string) => (!from && !to) || (!!day && (!from || day >= from) && (!to || day <= to));

/**
 * The agreements register on a day: each agreement's state, those the filter keeps, the
 * nearest notice deadline first, then the nearest end, then by id; at most `first`.
 */
export function register(rows: AgreementRow[], day: string, filter: RegisterFilter, noticeWindowMonths: number, first: number): RegisterEntry[] {
  return rows
    .map((r) => ({ props: r.props, state: { ...agreementState(r.terms, day, noticeWindowMonths), asOf: day } }))
    .filter(({ state }) => !filter.statuses || filter.statuses.includes(state.status))
    .filter(({ state }) => within(state.effectiveEnd, filter.endsFrom, filter.endsTo) && within(state.noticeDeadline, filter.noticeFrom, filter.noticeTo))
    .sort((a, b) => (a.state.noticeDeadline ?? '9999').localeCompare(b.state.noticeDeadline ?? '9999') || (a.state.effectiveEnd ?? '9999').localeCompare(b.state.effectiveEnd ?? '9999') || a.props.id.localeCompare(b.props.id))
    .slice(0, first);
}
