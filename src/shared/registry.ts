import { wrap, type Node } from './types';

/** GraphQL class of each node label; each domain folder registers its own. */
const classes = new Map<string, new () => Node>();

export function registerNodeClass(label: string, cls: new () => Node): void {
  classes.set(label, cls);
}

/** The GraphQL object for a node's properties and labels, or null for unknown labels. */
export function toNode(props: Record<string, any> | undefined, labels?: string[]): Node | null {
  if (!props) return null;
  const label = (labels ?? props.__labels ?? []).find((l: string) => classes.has(l));
  return label ? wrap(classes.get(label)!, props) : null;
}

/** The GraphQL class of a label, for fields typed by kind (a typed write's payload); evaluated at schema build. */
export function nodeClass(label: string): new () => Node {
  const cls = classes.get(label);
  if (!cls) throw new Error(`no GraphQL class is registered for the label ${label}`);
  return cls;
}
