import { Kind, parse, visit, type ASTNode, type GraphQLError, type ValueNode } from 'graphql';

/**
 * Where in its operation a value written in the document itself (not a variable) is:
 * "input.terms.extensions.1.until" for the value graphql-js refused. Validation errors carry
 * the node but not its path, so the document is read again and walked to the node.
 */
export function literalPath(error: GraphQLError): string | undefined {
  const node = error.nodes?.[0];
  const source = node?.loc?.source;
  if (!node?.loc || !source) return undefined;
  const at = (n: ASTNode) => n.kind === node.kind && n.loc?.start === node.loc!.start;
  let found: string[] | undefined;
  const walk = (value: ValueNode, path: string[]): void => {
    if (found) return;
    if (at(value)) found = path;
    else if (value.kind === Kind.OBJECT) {
      for (const field of value.fields) {
        if (at(field)) found = [...path, field.name.value];
        else walk(field.value, [...path, field.name.value]);
      }
    } else if (value.kind === Kind.LIST) value.values.forEach((item, i) => walk(item, [...path, String(i)]));
  };
  visit(parse(source), { Argument: (arg) => walk(arg.value, [arg.name.value]) });
  return found?.join('.');
}
