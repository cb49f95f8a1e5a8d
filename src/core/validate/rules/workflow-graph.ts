import type { Workflow, WorkflowNode } from '../../model/types.js';

/** Adjacency of a workflow graph, over the edges whose ends exist. */
export interface Graph {
  nodes: Map<string, WorkflowNode>;
  out: Map<string, string[]>;
  in: Map<string, string[]>;
}

const memo = new WeakMap<Workflow, Graph>();

export function graphOf(workflow: Workflow): Graph {
  let graph = memo.get(workflow);
  if (graph) return graph;
  const nodes = new Map<string, WorkflowNode>();
  for (const node of workflow.nodes) if (!nodes.has(node.id)) nodes.set(node.id, node);
  const out = new Map<string, string[]>();
  const incoming = new Map<string, string[]>();
  for (const id of nodes.keys()) {
    out.set(id, []);
    incoming.set(id, []);
  }
  for (const edge of workflow.edges) {
    if (!nodes.has(edge.from.id) || !nodes.has(edge.to.id)) continue;
    out.get(edge.from.id)?.push(edge.to.id);
    incoming.get(edge.to.id)?.push(edge.from.id);
  }
  graph = { nodes, out, in: incoming };
  memo.set(workflow, graph);
  return graph;
}

/** Every node reachable from `starts` along `next`. */
export function reach(starts: Iterable<string>, next: Map<string, string[]>): Set<string> {
  const seen = new Set<string>();
  const stack = [...starts];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const n of next.get(id) ?? []) if (!seen.has(n)) stack.push(n);
  }
  return seen;
}
