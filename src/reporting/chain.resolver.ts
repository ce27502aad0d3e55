import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { Body } from '../body/body.type';
import type { Context } from '../server/context';
import { userError } from '../server/errors';
import { ReportingKind } from '../shared/enums';
import { DateArg } from '../shared/scalars';
import type { Node } from '../shared/types';
import { ChainNode, ReportingChain, ReportingPath } from './chain.type';
import { chain, HARD_MAX_DEPTH, paths } from './chain.repository';

/** Lines that lead upwards; SUPPORTED_BY (a secretariat) is beside a body, not above it. */
const UPWARD = ['REPORTS_TO', 'SUBORDINATE_TO', 'PREPARES_FOR', 'OVERSEEN_BY'];

function checkDepth(depth: number): void {
  if (depth < 1 || depth > HARD_MAX_DEPTH) {
    throw userError('BAD_USER_INPUT', `depth must be between 1 and ${HARD_MAX_DEPTH}`, { field: 'depth' });
  }
}

async function build(ctx: Context, start: Node, direction: 'up' | 'down', kinds: string[], depth: number, asOf?: string): Promise<ReportingChain> {
  checkDepth(depth);
  const rows = await chain(ctx.db, direction, start.id, kinds, depth, asOf ?? null);
  const nodes = new Map<string, ChainNode>();
  for (const { line, depth: d } of rows.lines) {
    const reached = direction === 'up' ? line.to : line.from;
    if (reached.id !== start.id && !nodes.has(reached.id)) nodes.set(reached.id, Object.assign(new ChainNode(), { node: reached, depth: d }));
  }
  return Object.assign(new ReportingChain(), {
    start,
    nodes: [...nodes.values()].sort((a, b) => a.depth - b.depth),
    lines: rows.lines.map((l) => l.line),
    truncated: rows.truncated,
  });
}

const KINDS_DESC = 'Which kinds of line to follow; by default all that lead upwards (not SUPPORTED_BY).';

@Resolver(() => Body)
export class ChainResolver {
  @FieldResolver(() => ReportingChain, { description: 'Everything above this body: whom it reports to, and whom they report to, up to the top the data reaches. One statement, bounded by depth.' })
  chainUp(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { defaultValue: 8, description: `How many lines up at most (1–${HARD_MAX_DEPTH}).` }) depth: number,
    @Arg('kinds', () => [ReportingKind], { nullable: true, description: KINDS_DESC }) kinds?: string[],
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only lines valid on this day.' }) asOf?: string,
  ): Promise<ReportingChain> {
    return build(ctx, body, 'up', kinds ?? UPWARD, depth, asOf);
  }

  @FieldResolver(() => ReportingChain, { description: 'Everything below this body: what reports to it, directly or through others, to a given depth.' })
  chainDown(
    @Root() body: Body,
    @Ctx() ctx: Context,
    @Arg('depth', () => Int, { defaultValue: 3, description: `How many lines down at most (1–${HARD_MAX_DEPTH}).` }) depth: number,
    @Arg('kinds', () => [ReportingKind], { nullable: true, description: KINDS_DESC }) kinds?: string[],
    @Arg('asOf', () => DateArg, { nullable: true, description: 'Only lines valid on this day.' }) asOf?: string,
  ): Promise<ReportingChain> {
    return build(ctx, body, 'down', kinds ?? UPWARD, depth, asOf);
  }

  @Query(() => [ReportingPath], { description: 'The shortest ways two bodies (or a body and an organisation) are connected through reporting lines, following lines in either direction.' })
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
    const found = await paths(ctx.db, from, to, kinds ?? Object.keys(ReportingKind), asOf ?? null, first);
    return found.map((lines) => Object.assign(new ReportingPath(), { length: lines.length, lines }));
  }
}
