import { Arg, Ctx, Field, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { References } from '../server/id-arguments';
import { today } from '../shared/dates';
import { toNode } from '../shared/registry';
import { DateArg } from '../shared/scalars';
import { AgreementState, AgreementStatus, Document } from './document.type';

@InputType({ description: 'Which agreements to list. Windows are inclusive days (YYYY-MM-DD).' })
class AgreementFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'Only agreements covering this area (or an area inside it), or with a party that does (area id, e.g. "area-05"; an unknown id or an SCB code is BAD_USER_INPUT).',
  })
  @References('Area')
  area?: string;

  @Field(() => String, { nullable: true, description: 'Only agreements with this party (organisation or body id; an unknown id is BAD_USER_INPUT).' })
  @References('Organisation', 'Body')
  party?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Only agreements this body or organisation is responsible for, follows up, recommends, prepares or adopted (body or organisation id; an unknown id is BAD_USER_INPUT).',
  })
  @References('Body', 'Organisation')
  responsible?: string;

  @Field(() => [AgreementStatus], { nullable: true, description: 'Only these statuses (on `asOf`).' })
  statuses?: AgreementStatus[];

  @Field(() => DateArg, { nullable: true, description: 'Only those whose effective end falls on or after this day.' })
  endsFrom?: string;

  @Field(() => DateArg, { nullable: true, description: 'Only those whose effective end falls on or before this day.' })
  endsTo?: string;

  @Field(() => DateArg, { nullable: true, description: 'Only those whose notice deadline falls on or after this day.' })
  noticeFrom?: string;

  @Field(() => DateArg, { nullable: true, description: 'Only those whose notice deadline falls on or before this day.' })
  noticeTo?: string;
}

@ObjectType({ description: 'An agreement in the register, with its state on the day asked for.' })
class AgreementEntry {
  @Field(() => Document, { description: 'The agreement (or other document with validity terms).' })
  document!: Document;

  @Field(() => AgreementState, { description: 'Its effective end, notice deadline and status on that day.' })
  state!: AgreementState;
}

@Resolver()
export class AgreementsResolver {
  @Query(() => [AgreementEntry], {
    description:
      'The agreements register: every document with validity terms, with its effective end (after decided extensions and automatic renewals), notice deadline and status on a day; filtered by area, party, responsible body, status and by when the end or the notice deadline falls. Ordered by the nearest notice deadline, then end.',
  })
  async agreements(
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'The day to compute for; today when left out.' }) asOf?: string,
    @Arg('filter', () => AgreementFilter, { nullable: true, description: 'Filters.' }) filter: AgreementFilter = {},
    @Arg('noticeWindowMonths', () => Int, { defaultValue: 6, description: 'Months before a notice deadline that count as its notice window.' })
    noticeWindowMonths = 6,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (1–500).' }) first = 100,
  ): Promise<AgreementEntry[]> {
    if (first < 1 || first > 500) throw userError('BAD_USER_INPUT', 'first must be between 1 and 500', { field: 'first' });
    const entries = await ctx.repos.document.agreements({ ...filter, asOf: asOf ?? today(), noticeWindowMonths, first });
    return entries.map(({ props, state }) =>
      Object.assign(new AgreementEntry(), {
        document: toNode({ ...props, __labels: ['Document'] }) as Document,
        state: Object.assign(new AgreementState(), state),
      }),
    );
  }
}
