import { getArgumentValues, isAbstractType, isObjectType, Kind, type FieldNode, type GraphQLField, type GraphQLSchema, type SelectionNode } from 'graphql';
import { cypher } from '../db/cypher';
import type { Row } from '../db/database';
import type { StatementName } from '../db/statements';
import { chainParams, chainStatement } from '../reporting/chain.repository';
import type { Context } from '../server/context';
import type { Fragments } from './selection';

/**
 * A field answered by a named statement of its own (cypher/), which a planned statement for
 * the node it is asked on can run as a subquery: one statement for the node, what it reads
 * below it, and this. The file stays as it is; its parameters are renamed in the composed
 * text so two of them never meet.
 */
interface Special {
  statement: StatementName;
  /** The columns the statement returns, collected into one list per node. */
  columns: string[];
  /** Its parameters for the node and the field's arguments; throws on arguments its resolver refuses. */
  params(id: string, args: Record<string, unknown>): Row;
  /** Hands the rows to the repository the field's resolver reads. */
  prime(ctx: Context, params: Row, rows: Row[]): void;
}

const LINE_COLUMNS = ['fromLabels', 'fromProps', 'rel', 'toLabels', 'toProps', 'depth'];

const chain = (direction: 'up' | 'down'): Special => ({
  statement: chainStatement(direction),
  columns: LINE_COLUMNS,
  params: (id, args) => chainParams(id, { depth: args.depth as number, kinds: args.kinds as string[] | undefined, asOf: args.asOf as string | undefined }),
  prime: (ctx, params, rows) => ctx.repos.reporting.primeChain(direction, params, rows),
});

/** The fields composed, by type and name. */
const SPECIALS: Record<string, Record<string, Special>> = {
  Body: { chainUp: chain('up'), chainDown: chain('down') },
};

/** One special field asked on the root node. */
export interface SpecialField {
  special: Special;
  definition: GraphQLField<unknown, unknown>;
  node: FieldNode;
}

/**
 * The special fields a root selection asks directly on its node, each asked once (a field
 * asked twice, under aliases with other arguments, is left to its resolver).
 */
export function specialsOf(schema: GraphQLSchema, selections: readonly SelectionNode[], fragments: Fragments): SpecialField[] {
  const found = new Map<string, SpecialField[]>();
  for (const [typeName, fields] of Object.entries(SPECIALS)) {
    const type = schema.getType(typeName);
    if (!isObjectType(type)) continue;
    const seen = new Set<string>();
    const applies = (on: string | undefined): boolean => {
      const condition = on && schema.getType(on);
      return !on || on === typeName || (!!condition && isAbstractType(condition) && schema.isSubType(condition, type));
    };
    const visit = (list: readonly SelectionNode[]): void => {
      for (const s of list) {
        if (s.kind === Kind.FIELD) {
          const special = fields[s.name.value];
          if (special) found.set(s.name.value, [...(found.get(s.name.value) ?? []), { special, definition: type.getFields()[s.name.value], node: s }]);
        } else if (s.kind === Kind.INLINE_FRAGMENT) {
          if (applies(s.typeCondition?.name.value)) visit(s.selectionSet.selections);
        } else if (!seen.has(s.name.value)) {
          seen.add(s.name.value);
          const fragment = fragments[s.name.value];
          if (fragment && applies(fragment.typeCondition.name.value)) visit(fragment.selectionSet.selections);
        }
      }
    };
    visit(selections);
  }
  return [...found.values()].filter((list) => list.length === 1).map(([one]) => one);
}

/** A statement's parameters renamed for its place in a composed statement: $id → $s0_id. */
const renamed = (text: string, prefix: string) => text.replace(/\$([A-Za-z_][A-Za-z0-9_]*)/g, (_, name: string) => `$${prefix}${name}`);

/**
 * Composes special fields into a planned statement (its text from src/plan/render.ts): each
 * runs as a subquery before the final RETURN, its rows collected as `specials[i]`.
 */
export function composeSpecials(text: string, specials: SpecialField[]): string {
  if (!specials.length) return text;
  const at = text.lastIndexOf('\nRETURN ');
  const calls = specials.flatMap(({ special }, i) => [
    `// ${special.statement}.cypher, as asked on the node`,
    'CALL () {',
    '  CALL () {',
    ...renamed(cypher(special.statement), `s${i}_`)
      .trim()
      .split('\n')
      .map((line) => `    ${line}`),
    '  }',
    `  RETURN collect({${special.columns.map((c) => `${c}: ${c}`).join(', ')}}) AS s${i}`,
    '}',
  ]);
  const lists = specials.map((_, i) => `s${i}`).join(', ');
  return `${text.slice(0, at)}\n${calls.join('\n')}${text.slice(at)}, [${lists}] AS specials`;
}

/**
 * The composed statement's parameters for one node, and what to prime with its rows. Where
 * the field's arguments are wrong, the subquery reads nothing and the field's resolver
 * reports the error as it would have.
 */
export function specialParams(
  specials: SpecialField[],
  id: string,
  variables: Record<string, unknown>,
): { params: Row; prime: (ctx: Context, rows: Row[][]) => void } {
  const params: Row = {};
  const primes: ((ctx: Context, rows: Row[][]) => void)[] = [];
  specials.forEach(({ special, definition, node }, i) => {
    let own: Row | null = null;
    try {
      own = special.params(id, getArgumentValues(definition, node, variables));
    } catch {
      own = null;
    }
    const names = [...cypher(special.statement).matchAll(/\$([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
    for (const name of names) params[`s${i}_${name}`] = own ? (own[name] ?? null) : null;
    if (own) primes.push((ctx, rows) => special.prime(ctx, own, rows[i] ?? []));
  });
  return { params, prime: (ctx, rows) => primes.forEach((p) => p(ctx, rows)) };
}
