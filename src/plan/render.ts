import { stated } from '../shared/stated';
import type { Follow, NodePlan } from './plan';

/**
 * A node's or relationship's properties: those named, as a list of their values in the
 * plan's order (src/plan/prime.ts puts the names back: a map would send every name with
 * every row, and most of a nested list's strings were names), or all of them as a map.
 */
const project = (variable: string, keys: string[] | null): string => (keys ? `[${keys.map((k) => `${variable}.${k}`).join(', ')}]` : `properties(${variable})`);

/** The one kind a follow's far end can be (its page's label, or the model's only kind there): its rows need not send their labels. */
export const farKind = (f: Follow): string | null => f.page?.spec.label ?? (f.far.length === 1 ? f.far[0] : null);

/**
 * A plan as one Cypher statement: the nodes by id, and below each, one CALL subquery per
 * relationship followed, nested as the plan is, each collecting its rows into a list.
 * (CALL subqueries are planned as joins; the same lists as COLLECT { } expressions inside
 * a map were evaluated row by row and ran ten times slower.) Labels and relationship types
 * come from the model, never from the request, so they are written into the text; ids are
 * parameters. Each list is ordered as cypher/node/outgoing.cypher orders it, so a primed
 * answer is the very list the loader would have read.
 */
export function renderPlan(plan: NodePlan): string {
  const top = renderBelow(plan);
  return [
    '// Planned from the request: the nodes by id and what the selection reads below them.',
    'UNWIND $ids AS id',
    'MATCH (n:Entity {id: id})',
    `WHERE ${stated('n')}`,
    ...top.calls,
    `RETURN id, labels(n) AS labels, properties(n) AS props, ${top.map} AS below`,
  ].join('\n');
}

/**
 * The plan's CALL subqueries below a node bound to `n`, and the expression that gathers
 * their lists, one entry per follow in the plan's order (the `below` each row of a planned
 * statement carries; null when it follows nothing): composed after the
 * rows of another statement (a list page, src/list/render.ts) as well as after `$ids`.
 */
export function renderBelow(plan: NodePlan): { calls: string[]; map: string } {
  let next = 0;
  const pad = (depth: number) => '  '.repeat(depth);

  /** CALL subqueries for `node`'s follows, the variables holding their lists, and the expression that gathers them. */
  const below = (node: string, p: NodePlan, depth: number): { calls: string[]; lists: string[]; map: string } => {
    const calls: string[] = [];
    const lists: string[] = [];
    const entries: string[] = [];
    p.follows.forEach((f) => {
      const n = next++;
      const indent = pad(depth + 1);
      const [r, c, list] = [`r${n}`, `n${n}`, `f${n}`];
      const types = f.types.join('|');
      // A paged list (src/list/nested.ts) may keep one label and order by date before name, as its resolver would.
      const far = `Entity${f.page?.spec.label ? `:${f.page.spec.label}` : ''}`;
      const pattern = f.direction === 'out' ? `(${node})-[${r}:${types}]->(${c}:${far})` : `(${node})<-[${r}:${types}]-(${c}:${far})`;
      const order = `${f.page?.spec.order === 'date' ? `coalesce(${c}.dateStart, ''), ` : ''}coalesce(${c}.sortName, ${c}.id), type(${r}), elementId(${r})`;
      // Its page is cut before the levels below it are read: they are read for the page's rows only.
      const page = f.page ? [`${indent}WITH ${r}, ${c} ORDER BY ${order} SKIP $${f.page.param}skip LIMIT $${f.page.param}limit`] : [];
      const inner = below(c, f.below, depth + 1);
      calls.push(
        [
          `${pad(depth)}CALL (${node}) {`,
          `${indent}MATCH ${pattern}`,
          `${indent}WHERE ${stated(r, c)}`,
          ...page,
          ...inner.calls,
          `${indent}WITH ${[r, c, ...inner.lists].join(', ')} ORDER BY ${order}`,
          // A row is a list, not a map: [type, relationship, labels, properties, below] (src/plan/prime.ts reads it by
          // position); the type only where the follow has several, the relationship only where some of its properties are read.
          `${indent}RETURN collect([${f.types.length > 1 ? `type(${r})` : 'null'}, ${f.rel?.length === 0 ? 'null' : project(r, f.rel)}, ${farKind(f) ? 'null' : `labels(${c})`}, ${project(c, f.props)}, ${inner.map}]) AS ${list}`,
          `${pad(depth)}}`,
        ].join('\n'),
      );
      lists.push(list);
      // A node without the label this relationship is read for gets null: nothing to prime.
      const guard = (value: string) => (f.labels ? `CASE WHEN ${f.labels.map((l) => `${node}:${l}`).join(' OR ')} THEN ${value} END` : value);
      // With the whole list's length, only when a connection asks for totalCount.
      entries.push(guard(f.page?.count ? `[${list}, COUNT { MATCH ${pattern} WHERE ${stated(r, c)} }]` : list));
    });
    return { calls, lists, map: entries.length ? `[${entries.join(', ')}]` : 'null' };
  };
  const top = below('n', plan, 0);
  return { calls: top.calls, map: top.map };
}
