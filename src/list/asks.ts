import { Kind, type GraphQLResolveInfo, type SelectionNode } from 'graphql';

/**
 * Whether the selection of the field being resolved asks for `name` directly under it
 * (through inline fragments and fragment spreads too). A directive (@skip/@include) is
 * not evaluated: the field counts as asked, which costs a count, never a wrong answer.
 */
export function asksFor(info: GraphQLResolveInfo, name: string): boolean {
  const seen = new Set<string>();
  const within = (selections: readonly SelectionNode[]): boolean =>
    selections.some((s) => {
      if (s.kind === Kind.FIELD) return s.name.value === name;
      if (s.kind === Kind.INLINE_FRAGMENT) return within(s.selectionSet.selections);
      if (seen.has(s.name.value)) return false;
      seen.add(s.name.value);
      const fragment = info.fragments[s.name.value];
      return !!fragment && within(fragment.selectionSet.selections);
    });
  return info.fieldNodes.some((node) => within(node.selectionSet?.selections ?? []));
}
