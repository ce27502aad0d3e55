import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Body } from '../body/body.type';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { ReportingKind } from '../shared/enums';
import { node } from '../shared/nodes';
import { DateArg } from '../shared/scalars';
import type { Node } from '../shared/types';
import { ChainNode, ReportingChain, ReportingPath } from './chain.type';
import { HARD_MAX_DEPTH, type LineRow } from './chain.repository';
import { reportingLine, type ReportingLine } from './reporting-line.type';

const lineOf = (row: LineRow): ReportingLine => reportingLine(node(row.from)!, node(row.to)!, row.rel);

async function build(ctx: Context, start: Node, direction: 'up' | 'down', kinds: string[] | undefined, depth: number, asOf?: string): Promise<ReportingChain> {
  const rows = await ctx.repos.reporting.chain(direction, start.id, { kinds, depth, asOf });
  return Object.assign(new ReportingChain(), {
    start,
    nodes: rows.reached.map((r) => Object.assign(new ChainNode(), { node: node(r.entity), depth: r.depth })),
    lines: rows.lines.map(lineOf),
    truncated: rows.truncated,
  });
}

const KINDS_DESC = 'Which kinds of line to follow; by default all that lead upwards (not SUPPORTED_BY).';

@Resolver(() => Body)
export class ChainResolver {
  @FieldResolver(() => ReportingChain, {
    description: 'Everything above this body: whom it reports to, and whom they report to, up to the top the data reaches. One statement, bounded by depth.',
  })
  chainUp(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { defaultValue: 8, description: `How many lines up at most (1–${HARD_MAX_DEPTH}).` }) depth: number,
    @Arg('kinds', () => [ReportingKind], { nullable: true, description: KINDS_DESC }) kinds?: string[],
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only lines valid on this day.' }) asOf?: string,
  ): Promise<ReportingChain> {
    return build(ctx, body, 'up', kinds, depth, asOf);
  }

  @FieldResolver(() => ReportingChain, { description: 'Everything below this body: what reports to it, directly or through others, to a given depth.' })
  chainDown(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { defaultValue: 3, description: `How many lines down at most (1–${HARD_MAX_DEPTH}).` }) depth: number,
    @Arg('kinds', () => [ReportingKind], { nullable: true, description: KINDS_DESC }) kinds?: string[],
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only lines valid on this day.' }) asOf?: string,
  ): Promise<ReportingChain> {
    return build(ctx, body, 'down', kinds, depth, asOf);
  }

  @Query(() => [ReportingPath], {
    description: 'The shortest ways two bodies (or a body and an organisation) are connected through reporting lines, following lines in either direction.',
  })
  async reportingPaths(
    @Ctx() ctx: Context,
    @Arg('from', () => ID, { description: 'Id of one body.' }) from: string,
    @Arg('to', () => ID, { description: 'Id of the other body or organisation.' }) to: string,
    @Arg('kinds', () => [ReportingKind], { nullable: true, description: 'Which kinds of line to follow; all kinds by default.' }) kinds?: string[],
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only lines valid on this day.' }) asOf?: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'At most this many paths (1–50).' }) first = 10,
  ): Promise<ReportingPath[]> {
    if (first < 1 || first > 50) throw userError('BAD_USER_INPUT', 'first must be between 1 and 50', { field: 'first' });
    if (from === to) throw userError('BAD_USER_INPUT', '`from` and `to` are the same entity; give two different ids', { field: 'to' });
    const found = await ctx.repos.reporting.paths(from, to, { kinds, asOf, limit: first });
    return found.map((lines) => Object.assign(new ReportingPath(), { length: lines.length, lines: lines.map(lineOf) }));
  }
}
