/**
 * An agreement's state on a day. The rules that give it (effective end after decided
 * extensions and automatic renewals, notice deadline, status) are computed in one place,
 * cypher/document/agreements.cypher, so the register filters and orders by them in the
 * database; this file only puts the result into words.
 */
export type AgreementStatusValue =
  'NOT_STARTED' | 'ACTIVE' | 'IN_NOTICE_WINDOW' | 'PAST_NOTICE_RENEWING' | 'EXPIRED' | 'TERMINATED' | 'SUPERSEDED' | 'UNTIL_FURTHER_NOTICE' | 'UNKNOWN';

/** A text in Swedish and in English. */
export interface Bilingual {
  sv: string;
  en: string;
}

/** Each status in words: Swedish as the explorer shows it, and English. */
export const STATUS_LABELS: Record<AgreementStatusValue, Bilingual> = {
  NOT_STARTED: { sv: 'Har inte börjat gälla', en: 'Not started' },
  ACTIVE: { sv: 'Gäller', en: 'In force' },
  IN_NOTICE_WINDOW: { sv: 'Uppsägningsfönster – agera nu', en: 'In the notice window – act now' },
  PAST_NOTICE_RENEWING: { sv: 'Sista uppsägningsdag passerad – förlängs', en: 'Notice deadline passed – renews' },
  EXPIRED: { sv: 'Har upphört', en: 'Expired' },
  TERMINATED: { sv: 'Uppsagt', en: 'Terminated' },
  SUPERSEDED: { sv: 'Ersatt av senare dokument', en: 'Superseded by a later document' },
  UNTIL_FURTHER_NOTICE: { sv: 'Gäller tills vidare', en: 'Until further notice' },
  UNKNOWN: { sv: 'Okänt – källan anger inget slut', en: 'Unknown – the sources give no end' },
};

export interface AgreementState {
  status: AgreementStatusValue;
  /** Last day of the period running on asOf (or of the last period, once expired). */
  effectiveEnd?: string;
  /** Last day to give notice so the agreement ends at effectiveEnd instead of renewing. */
  noticeDeadline?: string;
  /** Why the status is what it is, in one sentence (English, as `explanationText.en`). */
  explanation: string;
  /** The same sentence in Swedish and English. */
  explanationText: Bilingual;
  /** The status in words. */
  statusLabel: Bilingual;
}

/** What the statement computes for one agreement (null where it gives no day). */
export interface ComputedState {
  status: AgreementStatusValue;
  effectiveEnd: string | null;
  noticeDeadline: string | null;
  /** Whether silence renews it after effectiveEnd. */
  renews: boolean | null;
}

/** Why the status is what it is, in Swedish and English, from what the statement computed and the document's own terms. */
function why(c: ComputedState, props: Record<string, any>): Bilingual {
  const end = c.effectiveEnd ?? undefined;
  const deadline = c.noticeDeadline ?? undefined;
  switch (c.status) {
    case 'SUPERSEDED':
      return { en: 'A later document supersedes it.', sv: 'Ett senare dokument ersätter det.' };
    case 'TERMINATED':
      return { en: `Terminated from ${props.terminatedStart}.`, sv: `Uppsagt från ${props.terminatedStart}.` };
    case 'NOT_STARTED':
      return { en: `Starts ${props.startStart}.`, sv: `Börjar gälla ${props.startStart}.` };
    case 'UNTIL_FURTHER_NOTICE':
      return {
        en: `Runs until further notice${props.noticeMonths ? ` with ${props.noticeMonths} months' notice` : ''}.`,
        sv: `Gäller tills vidare${props.noticeMonths ? ` med ${props.noticeMonths} månaders uppsägningstid` : ''}.`,
      };
    case 'UNKNOWN':
      return { en: 'The sources give no end date and no rule that would give one.', sv: 'Källorna anger inget slutdatum och ingen regel som skulle ge ett.' };
    case 'EXPIRED':
      return { en: `Ended ${end}.`, sv: `Upphörde ${end}.` };
    case 'PAST_NOTICE_RENEWING':
      return {
        en: `Notice deadline ${deadline} has passed; it renews after ${end}.`,
        sv: `Sista uppsägningsdag ${deadline} har passerat; förlängs efter ${end}.`,
      };
    case 'IN_NOTICE_WINDOW':
      return {
        en: `Notice must be given by ${deadline} or it runs to ${end} and renews.`,
        sv: `Säg upp senast ${deadline}, annars löper det till ${end} och förlängs.`,
      };
    case 'ACTIVE':
      return {
        en: `In force until ${end}${c.renews ? ', renewing automatically' : ''}.`,
        sv: `Gäller t.o.m. ${end}${c.renews ? ' och förlängs automatiskt' : ''}.`,
      };
  }
}

/** The state in words, from what the statement computed and the document's own terms. */
export function explained(c: ComputedState, props: Record<string, any>): AgreementState {
  const dated = ['EXPIRED', 'PAST_NOTICE_RENEWING', 'IN_NOTICE_WINDOW', 'ACTIVE'].includes(c.status)
    ? { effectiveEnd: c.effectiveEnd ?? undefined, noticeDeadline: c.noticeDeadline ?? undefined }
    : {};
  const text = why(c, props);
  return { status: c.status, ...dated, explanation: text.en, explanationText: text, statusLabel: STATUS_LABELS[c.status] };
}
