import { Field, Int, ObjectType } from 'type-graphql';
import type { AgreementStatusValue } from './agreement-status';
import { DocumentKind, VersionKind } from '../shared/enums';
import { registerNodeClass } from '../shared/registry';
import { Node, partialDate, PartialDate } from '../shared/types';
import { vocabulary } from '../shared/vocabulary';

export const AgreementStatus = vocabulary('AgreementStatus', 'Where an agreement stands on a given day.', {
  NOT_STARTED: 'Its start date is still ahead.',
  ACTIVE: 'In force, and any notice deadline is more than the notice window away.',
  IN_NOTICE_WINDOW: 'In force, and the last day to give notice is within the notice window: act now or it runs on.',
  PAST_NOTICE_RENEWING: 'The notice deadline has passed: it will renew automatically at the end of the period.',
  EXPIRED: 'Its end date (after extensions and renewals) has passed.',
  TERMINATED: 'Terminated by a party.',
  SUPERSEDED: 'Replaced by a later document.',
  UNTIL_FURTHER_NOTICE: 'Runs until further notice (tills vidare), with no end date.',
  UNKNOWN: 'The sources give no end and no rule that would give one.',
});
export type AgreementStatus = keyof typeof AgreementStatus;

@ObjectType({ description: 'The validity terms of an agreement, as written and structured.' })
export class AgreementTerms {
  @Field({ description: 'The terms as written in the source (giltighetstid, uppsägning).' })
  text!: string;

  @Field(() => PartialDate, { nullable: true, description: 'When it starts.' })
  start!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'The end of the first period, before extensions and renewals.' })
  initialEnd!: PartialDate | null;

  @Field({ description: 'Runs until further notice (tills vidare).' })
  untilFurtherNotice!: boolean;

  @Field({ description: 'Renews automatically unless notice is given.' })
  autoRenewal!: boolean;

  @Field(() => Int, { nullable: true, description: 'Length of each automatic renewal, in months.' })
  renewalMonths?: number;

  @Field(() => Int, { nullable: true, description: 'Notice period in months (uppsägningstid).' })
  noticeMonths?: number;

  @Field(() => String, { nullable: true, description: 'The notice rule as written.' })
  noticeText?: string;

  @Field(() => PartialDate, { nullable: true, description: 'The latest it may run, where a maximum is set.' })
  maxEnd!: PartialDate | null;

  @Field(() => PartialDate, { nullable: true, description: 'When it was terminated, if it was.' })
  terminated!: PartialDate | null;

  /** Its values the seed marks as readings ('terms.autoRenewal'): left out under @statedOnly (src/document/terms.resolver.ts). */
  inferred!: string[];
}

@ObjectType({ description: 'A text in Swedish and in English.' })
export class SwedishEnglish {
  @Field({ description: 'In Swedish.' })
  sv!: string;

  @Field({ description: 'In English.' })
  en!: string;
}

@ObjectType({ description: "An agreement's state on a given day: effective end, notice deadline and status." })
export class AgreementState {
  @Field(() => AgreementStatus, { description: 'Where it stands.' })
  status!: AgreementStatusValue;

  @Field(() => String, {
    nullable: true,
    description: 'Last day of the period running on that day, after decided extensions and automatic renewals (YYYY-MM-DD).',
  })
  effectiveEnd?: string;

  @Field(() => String, { nullable: true, description: 'Last day to give notice so it ends at effectiveEnd instead of renewing (YYYY-MM-DD).' })
  noticeDeadline?: string;

  @Field({ description: 'Why, in one sentence (English; `explanationText` has it in Swedish too).' })
  explanation!: string;

  @Field(() => SwedishEnglish, { description: 'Why, in one sentence, in Swedish and English: what the explorer shows.' })
  explanationText!: SwedishEnglish;

  @Field(() => SwedishEnglish, {
    description: 'The status in words, in Swedish and English ("Uppsägningsfönster – agera nu", "In the notice window – act now").',
  })
  statusLabel!: SwedishEnglish;

  @Field({ description: 'The day this state is computed for.' })
  asOf!: string;
}

@ObjectType({ implements: Node, description: 'A decided extension of an agreement ("förlängd t.o.m. 2024-12-31").' })
export class Extension extends Node {
  @Field(() => PartialDate, { description: 'Extended until.' })
  get until(): PartialDate | null {
    return partialDate(this.props, 'until');
  }

  @Field(() => PartialDate, { nullable: true, description: 'When the extension was decided.' })
  get decidedOn(): PartialDate | null {
    return partialDate(this.props, 'decidedOn');
  }

  @Field(() => String, { nullable: true, description: 'As written.' })
  text?: string;
}

@ObjectType({
  implements: Node,
  description: 'A dated version of a document: when it was drawn up (framtaget) or revised (reviderat), by whom, and what changed.',
})
export class DocumentVersion extends Node {
  @Field(() => PartialDate, { description: 'When this version was drawn up or revised.' })
  get date(): PartialDate | null {
    return partialDate(this.props, 'date');
  }

  @Field(() => VersionKind, { description: 'Drawn up (the first version) or revised.' })
  kind!: keyof typeof VersionKind;

  @Field({ description: 'What the source says of this version, as written.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'What changed, where the source says; null when it does not.' })
  changes?: string;

  @Field(() => String, {
    nullable: true,
    description: 'The role, as written, in which the document\'s authors made this version (e.g. "Reviderat av (2014-10-28)"); `authors` lists them.',
  })
  authorRole?: string;
}

@ObjectType({
  implements: Node,
  description: 'A document: agreement, contract, guideline, routine, plan, memo, minutes, report… with its parties, adopters, follow-up and history.',
})
export class Document extends Node {
  @Field({ description: 'Title as written.' })
  title!: string;

  @Field(() => [String], { description: 'Other titles and short names.' })
  get altNames(): string[] {
    return this.props.altNames ?? [];
  }

  @Field(() => DocumentKind, { description: 'What kind of document.' })
  kind!: keyof typeof DocumentKind;

  @Field(() => [String], { description: 'Registry numbers (Dnr).' })
  get registryNumbers(): string[] {
    return this.props.registryNumbers ?? [];
  }

  @Field(() => PartialDate, { nullable: true, description: 'Date of the document.' })
  get date(): PartialDate | null {
    return partialDate(this.props, 'date');
  }

  @Field(() => String, { nullable: true, description: 'What it is about, as written.' })
  description?: string;

  @Field(() => String, { nullable: true, description: 'How it is followed up, as written.' })
  followUpText?: string;

  @Field(() => String, { nullable: true, description: 'How often it is followed up, as written ("årligen", "var tredje år").' })
  followUpFrequency?: string;

  @Field(() => AgreementTerms, { nullable: true, description: 'Validity terms, for agreements and other documents with a validity period.' })
  get terms(): AgreementTerms | null {
    const p = this.props;
    if (!p.termsText) return null;
    return Object.assign(new AgreementTerms(), {
      text: p.termsText,
      start: partialDate(p, 'start'),
      initialEnd: partialDate(p, 'initialEnd'),
      untilFurtherNotice: p.untilFurtherNotice ?? false,
      autoRenewal: p.autoRenewal ?? false,
      renewalMonths: p.renewalMonths,
      noticeMonths: p.noticeMonths,
      noticeText: p.noticeText,
      maxEnd: partialDate(p, 'maxEnd'),
      terminated: partialDate(p, 'terminated'),
      inferred: ((p.inferredFields ?? []) as string[]).filter((f) => f.startsWith('terms.')).map((f) => f.slice('terms.'.length)),
    });
  }

  @Field(() => String, { nullable: true, description: 'Editorial note.' })
  note?: string;
}

registerNodeClass('Document', Document);
registerNodeClass('Extension', Extension);
registerNodeClass('DocumentVersion', DocumentVersion);
