import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { Area } from '../area/area.type';
import { Organisation } from '../organisation/organisation.type';
import { ReportingLine, reportingLine } from '../reporting/reporting-line.type';
import type { Context } from '../server/context';
import { ReportingKind } from '../shared/enums';
import { links, node, nodeFor, nodesFor } from '../shared/nodes';
import { DateArg } from '../shared/scalars';
import { Body } from './body.type';
import { Principal, principal } from './principal.type';

@Resolver(() => Body)
export class BodyResolver {
  @Query(() => Body, { nullable: true, description: 'A body by its global id, e.g. "body-svo".' })
  async body(@Ctx() ctx: Context, @Arg('id', () => ID, { description: 'Global id of the body.' }) id: string): Promise<Body | null> {
    const found = node((await ctx.repos.node.byIds([id]))[0]);
    return found instanceof Body ? found : null;
  }

  @FieldResolver(() => Area, { nullable: true, description: "The area the body's remit covers." })
  area(@Root() body: Body, @Ctx() ctx: Context): Promise<Area | null> {
    return nodeFor(ctx.repos.body.areaOf([body.id]));
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The organisation the body belongs to (for a committee of one principal).' })
  organisation(@Root() body: Body, @Ctx() ctx: Context): Promise<Organisation | null> {
    return nodeFor(ctx.repos.body.organisationOf([body.id]));
  }

  @FieldResolver(() => Body, { nullable: true, description: "The body this one is part of (an arbetsutskott's body, an OSÖ group's OSÖ)." })
  partOf(@Root() body: Body, @Ctx() ctx: Context): Promise<Body | null> {
    return nodeFor(ctx.repos.body.partOf([body.id]));
  }

  @FieldResolver(() => [Body], { description: 'Sub-groups of this body (its arbetsutskott, its groups).' })
  parts(@Root() body: Body, @Ctx() ctx: Context): Promise<Body[]> {
    return nodesFor(ctx.repos.body.partsOf([body.id]));
  }

  @FieldResolver(() => [Principal], { description: 'The organisations that stand behind this joint body (huvudmän).' })
  async principals(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only principals on this day (YYYY-MM-DD).' }) asOf?: string,
  ): Promise<Principal[]> {
    const [rows] = await ctx.repos.body.principalsOf([body.id], asOf);
    return links<Organisation>(rows).map((p) => principal(p.node, body, p.rel));
  }

  @FieldResolver(() => [ReportingLine], {
    description: 'Lines from this body upwards or sideways: whom it reports to, is subordinate to, prepares for, is supported by.',
  })
  async reportingLines(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only lines valid on this day (YYYY-MM-DD).' }) asOf?: string,
    @Arg('kinds', () => [ReportingKind], { nullable: true, description: 'Only these kinds of line.' }) kinds?: string[],
  ): Promise<ReportingLine[]> {
    const [rows] = await ctx.repos.body.reportingLinesOf([body.id], { asOf, kinds });
    return links(rows).map((l) => reportingLine(body, l.node, l.rel));
  }

  @FieldResolver(() => [ReportingLine], { description: 'Lines into this body: who reports to it, prepares for it, is subordinate to it.' })
  async reportedBy(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only lines valid on this day (YYYY-MM-DD).' }) asOf?: string,
    @Arg('kinds', () => [ReportingKind], { nullable: true, description: 'Only these kinds of line.' }) kinds?: string[],
  ): Promise<ReportingLine[]> {
    const [rows] = await ctx.repos.body.reportedByOf([body.id], { asOf, kinds });
    return links(rows).map((l) => reportingLine(l.node, body, l.rel));
  }
}
