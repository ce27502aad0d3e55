import {
  getNamedType,
  isAbstractType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type SelectionNode,
} from 'graphql';

export type Fragments = Record<string, FragmentDefinitionNode>;

/** One field (scalar or object) as a concrete type sees it: its definition's type and the selections under it (all aliases merged). */
export interface SelectedField {
  name: string;
  type: GraphQLNamedType;
  selections: SelectionNode[];
  /** The field's nodes in the document (every alias), whose arguments a planned page reads. */
  nodes: FieldNode[];
}

/** The concrete object types a value of `type` may have. */
export function concreteTypes(schema: GraphQLSchema, type: GraphQLCompositeType): readonly GraphQLObjectType[] {
  return isAbstractType(type) ? schema.getPossibleTypes(type) : isObjectType(type) ? [type] : [];
}

function applies(schema: GraphQLSchema, condition: string | undefined, type: GraphQLObjectType): boolean {
  if (!condition || condition === type.name) return true;
  const named = schema.getType(condition);
  return !!named && isAbstractType(named) && schema.isSubType(named, type);
}

/**
 * The fields a selection asks of a value of one concrete type, through inline fragments
 * and fragment spreads whose condition the type meets (as graphql-js's CollectFields does,
 * but merging aliases: a plan fetches a relationship once however many aliases read it).
 * @skip/@include are ignored: planning for a field that is then skipped costs a little
 * work, never a wrong answer.
 */
export function collectFields(schema: GraphQLSchema, type: GraphQLObjectType, selections: readonly SelectionNode[], fragments: Fragments): SelectedField[] {
  const byName = new Map<string, SelectedField>();
  const visit = (list: readonly SelectionNode[], seen: Set<string>) => {
    for (const s of list) {
      if (s.kind === Kind.FIELD) addField(s);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(schema, s.typeCondition?.name.value, type)) visit(s.selectionSet.selections, seen);
      } else if (!seen.has(s.name.value)) {
        const fragment = fragments[s.name.value];
        seen.add(s.name.value);
        if (fragment && applies(schema, fragment.typeCondition.name.value, type)) visit(fragment.selectionSet.selections, seen);
      }
    }
  };
  const addField = (node: FieldNode) => {
    const definition = type.getFields()[node.name.value];
    if (!definition) return; // __typename and other meta fields
    const named = getNamedType(definition.type);
    const field = byName.get(node.name.value) ?? { name: node.name.value, type: named, selections: [], nodes: [] };
    field.selections.push(...(node.selectionSet?.selections ?? []));
    field.nodes.push(node);
    byName.set(field.name, field);
  };
  visit(selections, new Set());
  return [...byName.values()];
}
