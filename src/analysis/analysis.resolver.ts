import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { Commission } from '../commission/commission.type';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { AnalysisFilter, DEFAULT_FIRST, FIRST_DESCRIPTION, MAX_FIRST, nodeOf } from './analysis-filter.type';
import type { AnalysisParams } from './analysis.repository';
import {
  ItemPreparedInSeveralPlaces,
  itemPreparedInSeveralPlaces,
  ItemWithoutDecider,
  itemWithoutDecider,
  ItemWithSeveralDeciders,
  itemWithSeveralDeciders,
} from './item-finding.type';
import { OverlapClassification, RemitOverlap, remitOverlap } from './remit-overlap.type';
import { SeatsInOverlappingBodies, seatsInOverlappingBodies } from './shared-seat.type';

const FILTER_DESCRIPTION = 'Area, topic and day to narrow the analysis to.';
const ITEM_FILTER = ' In an area: the item covers it or an area inside it. On a topic: the item concerns it or a narrower one.';

/**
 * Checks the bound and that the filter names an area and a topic that exist (an unknown id
 * would silently find nothing), and turns them into the statements' parameters.
 */
async function params(ctx: Context, filter: AnalysisFilter | undefined, first: number): Promise<AnalysisParams> {
  if (first < 1 || first > MAX_FIRST) {
    throw userError('BAD_USER_INPUT', `first must be between 1 and ${MAX_FIRST}; narrow the analysis with filter.area, filter.topic or filter.asOf instead`, {
      field: 'first',
    });
  }
  const checks = [
    { id: filter?.area, label: 'Area', field: 'area', example: 'area-05' },
    { id: filter?.topic, label: 'Topic', field: 'topic', example: 'topic-000-nara-vard' },
  ];
  const found = await ctx.repos.node.byIds(checks.flatMap((c) => (c.id ? [c.id] : [])));
  checks
    .filter((c) => c.id)
    .forEach((c, i) => {
      if (!found[i]?.labels.includes(c.label)) {
        throw userError('BAD_USER_INPUT', `filter.${c.field}: no ${c.field} has the id '${c.id}'; give the id of an existing ${c.field}, e.g. "${c.example}"`, {
          field: `filter.${c.field}`,
        });
      }
    });
  return { area: filter?.area ?? null, topic: filter?.topic ?? null, asOf: filter?.asOf ?? null, first };
}

/** Analysing overlapping mandates: the auditor's questions, each one Cypher statement in cypher/analysis/. */
@Resolver()
export class AnalysisResolver {
  @Query(() => [RemitOverlap], {
    description:
      'Pairs of mandates of two bodies that meet on topic, area and period, classified as duplication, overlap or fragmentation, with the evidence. ' +
      'Duplications first, then overlaps, then fragmentation; within each, by body and mandate ids. ' +
      'In an area: at least one of the two mandate areas is it or inside it. On a topic: a shared or broader/narrower topic is it or narrower. ' +
      'On a day: both mandates held on it.',
  })
  async remitOverlaps(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter?: AnalysisFilter,
    @Arg('classifications', () => [OverlapClassification], { nullable: true, description: 'Only these classifications; all when left out.' })
    classifications?: OverlapClassification[],
    @Arg('first', () => Int, { defaultValue: DEFAULT_FIRST, description: FIRST_DESCRIPTION }) first = DEFAULT_FIRST,
  ): Promise<RemitOverlap[]> {
    const rows = await ctx.repos.analysis.remitOverlaps({ ...(await params(ctx, filter, first)), classifications: classifications ?? null });
    return rows.map(remitOverlap);
  }

  @Query(() => [ItemPreparedInSeveralPlaces], {
    description: `Items prepared in more than one place: two or more bodies or organisations prepare them (beredande forum), by item id.${ITEM_FILTER} On a day: only preparers that existed then count.`,
  })
  async itemsPreparedInSeveralPlaces(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter?: AnalysisFilter,
    @Arg('first', () => Int, { defaultValue: DEFAULT_FIRST, description: FIRST_DESCRIPTION }) first = DEFAULT_FIRST,
  ): Promise<ItemPreparedInSeveralPlaces[]> {
    return (await ctx.repos.analysis.itemsPreparedInSeveralPlaces(await params(ctx, filter, first))).map(itemPreparedInSeveralPlaces);
  }

  @Query(() => [ItemWithoutDecider], {
    description: `Items nobody is recorded to decide, by item id, with any steps that look like decisions.${ITEM_FILTER} On a day: only deciders that existed then count, and only steps that may have happened by then are shown.`,
  })
  async itemsWithoutDecider(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter?: AnalysisFilter,
    @Arg('first', () => Int, { defaultValue: DEFAULT_FIRST, description: FIRST_DESCRIPTION }) first = DEFAULT_FIRST,
  ): Promise<ItemWithoutDecider[]> {
    return (await ctx.repos.analysis.itemsWithoutDecider(await params(ctx, filter, first))).map(itemWithoutDecider);
  }

  @Query(() => [ItemWithSeveralDeciders], {
    description: `Items with two or more deciders, each with its kind (decides, recommends, endorses, approves, adopts) and condition, by item id.${ITEM_FILTER} On a day: only deciders that existed then count.`,
  })
  async itemsWithSeveralDeciders(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter?: AnalysisFilter,
    @Arg('first', () => Int, { defaultValue: DEFAULT_FIRST, description: FIRST_DESCRIPTION }) first = DEFAULT_FIRST,
  ): Promise<ItemWithSeveralDeciders[]> {
    return (await ctx.repos.analysis.itemsWithSeveralDeciders(await params(ctx, filter, first))).map(itemWithSeveralDeciders);
  }

  @Query(() => [Commission], {
    description:
      'Commissions (uppdrag) that name nobody to report back to, by id. ' +
      "In an area: the commission's item, issuer or assignee covers it or an area inside it. On a topic: the commission or its item concerns it or a narrower one. " +
      'On a day: only commissions that may have been given by then (an unknown issue date does not exclude).',
  })
  async commissionsWithoutReportBack(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter?: AnalysisFilter,
    @Arg('first', () => Int, { defaultValue: DEFAULT_FIRST, description: FIRST_DESCRIPTION }) first = DEFAULT_FIRST,
  ): Promise<Commission[]> {
    return (await ctx.repos.analysis.commissionsWithoutReportBack(await params(ctx, filter, first))).map((c) => nodeOf<Commission>(c, 'Commission'));
  }

  @Query(() => [SeatsInOverlappingBodies], {
    description:
      'Persons and posts holding seats in two bodies whose topics meet (a topic of both, or broader/narrower), by holder and body ids. ' +
      'In an area: at least one of the two bodies covers it or an area inside it. On a topic: a shared or broader/narrower topic is it or narrower. ' +
      'On a day: only seats held, and bodies existing, then.',
  })
  async seatsInOverlappingBodies(
    @Ctx() ctx: Context,
    @Arg('filter', () => AnalysisFilter, { nullable: true, description: FILTER_DESCRIPTION }) filter?: AnalysisFilter,
    @Arg('first', () => Int, { defaultValue: DEFAULT_FIRST, description: FIRST_DESCRIPTION }) first = DEFAULT_FIRST,
  ): Promise<SeatsInOverlappingBodies[]> {
    return (await ctx.repos.analysis.seatsInOverlappingBodies(await params(ctx, filter, first))).map(seatsInOverlappingBodies);
  }
}
