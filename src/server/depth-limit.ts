import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/** The deepest selection a request may make (GraphiQL's introspection needs about 13). */
export const MAX_DEPTH = 15;

function depthOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, seen: Set<string>): number {
  if (!set) return 0;
  let deepest = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, selection.selectionSet ? 1 + depthOf(selection.selectionSet, fragments, seen) : 1);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = fragments[selection.name.value];
      deepest = Math.max(deepest, depthOf(fragment?.selectionSet, fragments, new Set([...seen, selection.name.value])));
    }
  }
  return deepest;
}

/**
 * Refuses operations nested deeper than MAX_DEPTH before they run: each level of nesting
 * costs a round trip to Neo4j, so depth is what keeps a request from running away
 * (lists are bounded by their page sizes, traversals by their depth arguments).
 */
export function depthLimit(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(operation) {
      const fragments = Object.fromEntries(
        context.getDocument().definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
      );
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > MAX_DEPTH) {
        context.reportError(
          new GraphQLError(`the operation is nested ${depth} levels deep; at most ${MAX_DEPTH} are allowed: split it into several requests, or use chainUp/chainDown for long reporting chains`, { nodes: [operation] }),
        );
      }
    },
  };
}
