import { Graph, layout } from '@dagrejs/dagre';

/**
 * Lays out a reporting chain with dagre (loaded on demand, in its own chunk, so the first
 * view stays small). Upper bodies at the top: lines run from a body up to whom it reports.
 */
export interface LayoutNode {
  id: string;
  lines: string[];
  width: number;
  height: number;
}
export interface LayoutEdge {
  key: string;
  from: string;
  to: string;
  label: string;
}
export interface Placed {
  width: number;
  height: number;
  nodes: Map<string, { x: number; y: number }>;
  edges: Map<string, { points: { x: number; y: number }[]; x: number; y: number }>;
}

export const LABEL_HEIGHT = 20;
export const labelWidth = (label: string): number => Math.ceil(label.length * 7 + 14);

export function place(nodes: LayoutNode[], edges: LayoutEdge[]): Placed {
  const g = new Graph({ multigraph: true });
  g.setGraph({ rankdir: 'BT', nodesep: 24, ranksep: 56, edgesep: 14, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const n of nodes) g.setNode(n.id, { width: n.width, height: n.height });
  for (const e of edges) g.setEdge(e.from, e.to, { width: labelWidth(e.label), height: LABEL_HEIGHT, labelpos: 'c' }, e.key);
  layout(g);
  const graph = g.graph();
  const placed: Placed = { width: Math.ceil(graph.width ?? 0), height: Math.ceil(graph.height ?? 0), nodes: new Map(), edges: new Map() };
  for (const n of nodes) {
    const p = g.node(n.id);
    placed.nodes.set(n.id, { x: p.x, y: p.y });
  }
  for (const e of edges) {
    const p = g.edge({ v: e.from, w: e.to, name: e.key }) as { points: { x: number; y: number }[]; x: number; y: number };
    placed.edges.set(e.key, { points: p.points, x: p.x, y: p.y });
  }
  return placed;
}
