import type { Database } from '../db/database';
import type { Terms } from './agreement-status';

export interface AgreementRow {
  props: Record<string, any>;
  terms: Terms;
}

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

/** Documents with validity terms, filtered by party, responsible body or area. */
export async function agreements(db: Database, filter: { party?: string; responsible?: string; area?: string }): Promise<AgreementRow[]> {
  const rows = await db.read('document/agreements', { party: filter.party ?? null, responsible: filter.responsible ?? null, area: filter.area ?? null });
  return rows.map((r) => ({ props: r.props, terms: termsOf(r.props, r.extendedUntil, r.superseded) }));
}
