import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { Context } from '../server/context';
import { statedOnly } from '../server/stated-only';
import { PartialDate } from '../shared/types';
import { AgreementTerms } from './document.type';

/**
 * Under @statedOnly, the structured values of an agreement's terms that the seed marks as
 * readings (`inferred: { terms: { autoRenewal: … } }`) are left out: a renewal the source
 * does not state in words reads as none. The terms' text, the source's words, always stays.
 */
@Resolver(() => AgreementTerms)
export class AgreementTermsResolver {
  private shown<T>(t: AgreementTerms, field: string, ctx: Context, value: T, otherwise: T): T {
    return statedOnly(ctx) && t.inferred?.includes(field) ? otherwise : value;
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'When it starts.' })
  start(@Root() t: AgreementTerms, @Ctx() ctx: Context): PartialDate | null {
    return this.shown(t, 'start', ctx, t.start, null);
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'The end of the first period, before extensions and renewals.' })
  initialEnd(@Root() t: AgreementTerms, @Ctx() ctx: Context): PartialDate | null {
    return this.shown(t, 'initialEnd', ctx, t.initialEnd, null);
  }

  @FieldResolver(() => Boolean, { description: 'Runs until further notice (tills vidare).' })
  untilFurtherNotice(@Root() t: AgreementTerms, @Ctx() ctx: Context): boolean {
    return this.shown(t, 'untilFurtherNotice', ctx, t.untilFurtherNotice, false);
  }

  @FieldResolver(() => Boolean, { description: 'Renews automatically unless notice is given (false under @statedOnly when that is a reading).' })
  autoRenewal(@Root() t: AgreementTerms, @Ctx() ctx: Context): boolean {
    return this.shown(t, 'autoRenewal', ctx, t.autoRenewal, false);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Length of each automatic renewal, in months.' })
  renewalMonths(@Root() t: AgreementTerms, @Ctx() ctx: Context): number | null {
    return this.shown(t, 'renewalMonths', ctx, t.renewalMonths ?? null, null);
  }

  @FieldResolver(() => Int, { nullable: true, description: 'Notice period in months (uppsägningstid).' })
  noticeMonths(@Root() t: AgreementTerms, @Ctx() ctx: Context): number | null {
    return this.shown(t, 'noticeMonths', ctx, t.noticeMonths ?? null, null);
  }

  @FieldResolver(() => PartialDate, { nullable: true, description: 'The latest it may run, where a maximum is set.' })
  maxEnd(@Root() t: AgreementTerms, @Ctx() ctx: Context): PartialDate | null {
    return this.shown(t, 'maxEnd', ctx, t.maxEnd, null);
  }
}
