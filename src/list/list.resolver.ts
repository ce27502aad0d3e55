import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, Info, Query, Resolver } from 'type-graphql';
import { Area } from '../area/area.type';
import { Body } from '../body/body.type';
import { Commission } from '../commission/commission.type';
import { Document } from '../document/document.type';
import { Indicator } from '../indicator/indicator.type';
import { Item } from '../item/item.type';
import { Mandate } from '../mandate/mandate.type';
import { Meeting } from '../meeting/meeting.type';
import { Organisation } from '../organisation/organisation.type';
import { Person } from '../person/person.type';
import { planParams, primePlanned } from '../plan/prime';
import { listRowProps, takePlan } from '../plan/install';
import type { Context } from '../server/context';
import { nodes } from '../shared/nodes';
import type { Node } from '../shared/types';
import { Source } from '../source/source.type';
import { Topic } from '../topic/topic.type';
import { asksFor } from './asks';
import { connectionOf, PageArgs } from './connection';
import { AreaFilter, BodyFilter, CommissionFilter, DocumentFilter, ListFilter, ListOrder, OrganisationFilter, TopicFilter } from './filters';
import type { ListQuery, ListSpec } from './list.repository';
import type { Page, PageRequest } from './page';

const Bodies = connectionOf(Body, 'Body');
const Organisations = connectionOf(Organisation, 'Organisation');
const Areas = connectionOf(Area, 'Area');
const Documents = connectionOf(Document, 'Document');
const Items = connectionOf(Item, 'Item');
const Commissions = connectionOf(Commission, 'Commission');
const Topics = connectionOf(Topic, 'Topic');
const Persons = connectionOf(Person, 'Person');
const Meetings = connectionOf(Meeting, 'Meeting');
const Mandates = connectionOf(Mandate, 'Mandate');
const Indicators = connectionOf(Indicator, 'Indicator');
const Sources = connectionOf(Source, 'Source');

const ORDER = { nullable: true, description: 'Sort order; by name when left out.' } as const;

/**
 * One page of a label's entities from the list repository, as GraphQL objects; counted only
 * when totalCount is asked for. What the request reads below the rows (src/plan) is read by
 * the same statement and primed into the loaders.
 */
async function pageOf<T extends Node>(
  ctx: Context,
  info: GraphQLResolveInfo,
  spec: ListSpec,
  filter: ListQuery,
  order: ListOrder | undefined,
  request: PageRequest,
): Promise<Page<T>> {
  const plan = takePlan(info);
  // The pages of nested lists below the rows are parameters of the statement (src/plan/prime.ts planParams).
  const params = plan ? planParams(plan.plan, info.variableValues) : {};
  const below = plan && { key: plan, ...plan.below, params };
  const props = listRowProps(info);
  const { planned, ...rows } = await ctx.repos.list.page(spec, filter, order, request, asksFor(info, 'totalCount'), below, props);
  if (plan) {
    // The statement reads one row past the page (hasNextPage); only the page's rows are primed.
    const byId = new Map(rows.nodes.map((r) => [r.props.id as string, r]));
    const onPage = planned.filter((p) => byId.has(p.id));
    primePlanned(
      ctx,
      plan.plan,
      onPage.map((p) => ({ ...p, ...byId.get(p.id) })),
      params,
      // Rows with only the properties this selection reads are no entity for others to look up.
      props === null,
    );
  }
  return { ...rows, nodes: nodes<T>(rows.nodes) };
}

/** The top-level lists: every kind of entity as a Relay connection with filters and sorting. */
@Resolver()
export class ListResolver {
  @Query(() => Bodies.Connection, { description: 'Bodies (forums), filtered and sorted.' })
  async bodies(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => BodyFilter, { nullable: true, description: 'Filters.' }) filter: BodyFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Bodies.build(
      await pageOf<Body>(
        ctx,
        info,
        { label: 'Body', kindField: 'classification', tierField: 'tier', dateField: 'founded' },
        { ...filter, kinds: filter.classifications },
        order,
        page,
      ),
    );
  }

  @Query(() => Organisations.Connection, { description: 'Organisations, filtered and sorted.' })
  async organisations(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => OrganisationFilter, { nullable: true, description: 'Filters.' }) filter: OrganisationFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Organisations.build(await pageOf<Organisation>(ctx, info, { label: 'Organisation' }, filter, order, page));
  }

  @Query(() => Areas.Connection, { description: 'Areas (Sweden, counties, parts of counties, municipalities); `filter.area` gives those inside an area.' })
  async areas(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => AreaFilter, { nullable: true, description: 'Filters.' }) filter: AreaFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Areas.build(await pageOf<Area>(ctx, info, { label: 'Area', kindField: 'level' }, { ...filter, kinds: filter.levels }, order, page));
  }

  @Query(() => Documents.Connection, { description: 'Documents: agreements, guidelines, plans, memos, minutes, reports.' })
  async documents(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => DocumentFilter, { nullable: true, description: 'Filters.' }) filter: DocumentFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Documents.build(await pageOf<Document>(ctx, info, { label: 'Document', dateField: 'date' }, filter, order, page));
  }

  @Query(() => Items.Connection, { description: 'Items of business (ärenden).' })
  async items(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, { nullable: true, description: 'Filters.' }) filter: ListFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Items.build(await pageOf<Item>(ctx, info, { label: 'Item' }, filter, order, page));
  }

  @Query(() => Commissions.Connection, { description: 'Commissions (uppdrag); DATE sorts and filters by due date.' })
  async commissions(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => CommissionFilter, { nullable: true, description: 'Filters.' }) filter: CommissionFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Commissions.build(
      await pageOf<Commission>(ctx, info, { label: 'Commission', kindField: 'status', dateField: 'due' }, { ...filter, kinds: filter.statuses }, order, page),
    );
  }

  @Query(() => Topics.Connection, { description: 'Topics (strategic, priority and focus areas).' })
  async topics(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => TopicFilter, { nullable: true, description: 'Filters.' }) filter: TopicFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Topics.build(await pageOf<Topic>(ctx, info, { label: 'Topic' }, filter, order, page));
  }

  @Query(() => Persons.Connection, { description: 'Named persons.' })
  async persons(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, { nullable: true, description: 'Filters.' }) filter: ListFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Persons.build(await pageOf<Person>(ctx, info, { label: 'Person' }, filter, order, page));
  }

  @Query(() => Meetings.Connection, { description: 'Meetings; DATE sorts and filters by meeting date.' })
  async meetings(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, { nullable: true, description: 'Filters.' }) filter: ListFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Meetings.build(await pageOf<Meeting>(ctx, info, { label: 'Meeting', dateField: 'date' }, filter, order, page));
  }

  @Query(() => Mandates.Connection, { description: 'Mandates (remits) of all bodies.' })
  async mandates(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, { nullable: true, description: 'Filters.' }) filter: ListFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Mandates.build(await pageOf<Mandate>(ctx, info, { label: 'Mandate', dateField: 'validFrom' }, filter, order, page));
  }

  @Query(() => Indicators.Connection, { description: 'Indicators with their measures.' })
  async indicators(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Args() page: PageArgs,
    @Arg('filter', () => ListFilter, { nullable: true, description: 'Filters.' }) filter: ListFilter = {},
    @Arg('order', () => ListOrder, ORDER) order?: ListOrder,
  ) {
    return Indicators.build(await pageOf<Indicator>(ctx, info, { label: 'Indicator' }, filter, order, page));
  }

  @Query(() => Sources.Connection, { description: 'The source documents the graph is built from.' })
  async sources(@Ctx() ctx: Context, @Info() info: GraphQLResolveInfo, @Args() page: PageArgs, @Arg('order', () => ListOrder, ORDER) order?: ListOrder) {
    return Sources.build(await pageOf<Source>(ctx, info, { label: 'Source' }, {}, order, page));
  }
}
