import type { NodePlan } from './plan';

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
  let next = 0;
  const pad = (depth: number) => '  '.repeat(depth);

  /** CALL subqueries for `node`'s follows, the variables holding their lists, and the map that gathers them. */
  const below = (node: string, p: NodePlan, depth: number): { calls: string[]; lists: string[]; map: string } => {
    const calls: string[] = [];
    const lists: string[] = [];
    const entries: string[] = [];
    p.follows.forEach((f, i) => {
      const n = next++;
      const [r, c, list] = [`r${n}`, `n${n}`, `f${n}`];
      const types = f.types.join('|');
      const pattern = f.direction === 'out' ? `(${node})-[${r}:${types}]->(${c}:Entity)` : `(${node})<-[${r}:${types}]-(${c}:Entity)`;
      const inner = below(c, f.below, depth + 1);
      const indent = pad(depth + 1);
      calls.push(
        [
          `${pad(depth)}CALL (${node}) {`,
          `${indent}MATCH ${pattern}`,
          ...inner.calls,
          `${indent}WITH ${[r, c, ...inner.lists].join(', ')} ORDER BY coalesce(${c}.sortName, ${c}.id), type(${r}), elementId(${r})`,
          `${indent}RETURN collect({type: type(${r}), rel: properties(${r}), labels: labels(${c}), props: properties(${c}), below: ${inner.map}}) AS ${list}`,
          `${pad(depth)}}`,
        ].join('\n'),
      );
      lists.push(list);
      // A node without the label this relationship is read for gets null: nothing to prime.
      entries.push(`f${i}: ${f.labels ? `CASE WHEN ${f.labels.map((l) => `${node}:${l}`).join(' OR ')} THEN ${list} END` : list}`);
    });
    return { calls, lists, map: entries.length ? `{${entries.join(', ')}}` : '{}' };
  };
  const top = below('n', plan, 0);
  return [
    '// Planned from the request: the nodes by id and what the selection reads below them.',
    'UNWIND $ids AS id',
    'MATCH (n:Entity {id: id})',
    ...top.calls,
    `RETURN id, labels(n) AS labels, properties(n) AS props, ${top.map} AS below`,
  ].join('\n');
}
