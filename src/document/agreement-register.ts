import { explained, type AgreementState, type AgreementStatusValue } from './agreement-status';

/**
 * Which agreements the register lists on a day: in scope (party, responsible body or
 * organisation, area), with these statuses, whose effective end and notice deadline fall
 * in inclusive windows (YYYY-MM-DD); at most `first`. Undefined: not filtered.
 */
export interface RegisterQuery {
  asOf: string;
  noticeWindowMonths: number;
  first: number;
  party?: string;
  responsible?: string;
  area?: string;
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

/** The parameters of cypher/document/agreements.cypher for a register query, or for the documents `ids`. */
export function registerParams(q: RegisterQuery, ids: string[] | null = null): Record<string, unknown> {
  return {
    ids,
    party: q.party ?? null,
    responsible: q.responsible ?? null,
    area: q.area ?? null,
    asOf: q.asOf,
    noticeWindowMonths: q.noticeWindowMonths,
    statuses: q.statuses ?? null,
    endsFrom: q.endsFrom ?? null,
    endsTo: q.endsTo ?? null,
    noticeFrom: q.noticeFrom ?? null,
    noticeTo: q.noticeTo ?? null,
    first: ids ? ids.length : q.first,
  };
}

/** A row of the statement as a register entry: the document and its state in words. */
export function entryOf(row: Record<string, any>, asOf: string): RegisterEntry {
  const computed = { status: row.status as AgreementStatusValue, effectiveEnd: row.effectiveEnd, noticeDeadline: row.noticeDeadline, renews: row.renews };
  return { props: row.props, state: { ...explained(computed, row.props), asOf } };
}
