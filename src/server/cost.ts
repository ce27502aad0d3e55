import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, getNullableType, isListType, validate, type GraphQLCompositeType, type GraphQLField } from 'graphql';
import { createComplexityRule, fieldExtensionsEstimator, type ComplexityEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE } from '../list/connection';
import { isNestedList, twinOf } from '../list/nested-fields';
import { HARD_MAX_DEPTH } from '../reporting/chain.repository';
import { LimitError } from './limit-error';

/** A whole, non-negative number from an argument, or undefined. */
const count = (value: unknown): number | undefined => (typeof value === 'number' && Number.isFinite(value) ? Math.max(0, value) : undefined);

/**
 * How many times a field's selection is resolved: the page size of a connection, the depth
 * of a chain, the `first` of a list that takes one, and `listCap` for any other list.
 * Lists whose size the field above already counted (a connection's nodes and edges, a
 * chain's nodes and lines) count once.
 */
function timesResolved(field: GraphQLField<unknown, unknown>, parent: GraphQLCompositeType, args: Record<string, unknown>, listCap: number): number {
  // A relationship list and its twin connection return `first` rows; without `first` (at most NESTED_PAGE rows,
  // src/list/nested.ts) the estimate assumes listCap, the typical size, so nested queries that name no page stay affordable.
  if (isNestedList(parent.name, field) || twinOf(parent, field.name)) return count(args.first) ?? listCap;
  if (getNamedType(field.type).name.endsWith('Connection')) return count(args.first) ?? count(args.last) ?? DEFAULT_PAGE;
  if (count(args.depth) !== undefined) return Math.max(1, count(args.depth)!);
  if (!isListType(getNullableType(field.type))) return 1;
  if (count(args.first) !== undefined) return count(args.first)!;
  if (parent.name.endsWith('Connection') || parent.name === 'ReportingChain') return 1;
  if (parent.name === 'ReportingPath') return HARD_MAX_DEPTH;
  return listCap;
}

/**
 * Each field costs 1 plus its selection's cost times how often that selection is
 * resolved. Introspection (`__schema`, `__type`) costs 1 whatever it selects, so
 * GraphiQL's own query always passes; fields with a type-graphql `complexity` option
 * (field extensions) use that instead.
 */
export function listEstimator(listCap: number): ComplexityEstimator {
  return ({ field, type, args, childComplexity }) => {
    if (field.name === '__schema' || field.name === '__type') return 1;
    return 1 + timesResolved(field, type, args, listCap) * childComplexity;
  };
}

/**
 * Refuses an operation whose estimated cost is above `max`, before it runs. The estimate
 * walks the operation with its fragments expanded (graphql-query-complexity does not
 * memoise fragments), so it runs after validation, whose linear checks (selections,
 * depth, aliases) already bound that walk. It sees variables, so `first: $n` counts.
 */
export function costLimitPlugin(max: number, listCap: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, request }) {
          let refusal: LimitError | undefined;
          const rule = createComplexityRule({
            maximumComplexity: max,
            variables: request.variables ?? {},
            operationName: request.operationName ?? undefined,
            estimators: [fieldExtensionsEstimator(), listEstimator(listCap)],
            maxQueryNodes: Infinity,
            createError: (limit, found) => (refusal = new LimitError('cost', limit, found, listCap)),
          });
          // Other errors it finds (a variable of the wrong type) are execution's to report.
          validate(schema, document, [rule]);
          if (refusal) throw refusal;
        },
      };
    },
  };
}
