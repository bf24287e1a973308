// Cycle finding on a directed graph of names (files or folders): Tarjan's
// strongly connected components, then one shortest cycle per component so a
// report shows a readable path rather than a whole tangle.

export type Graph = ReadonlyMap<string, ReadonlySet<string>>;

/** Components that contain a cycle (two or more nodes, or one node importing itself), each sorted, sorted by first node. */
export function cyclicComponents(graph: Graph): string[][] {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const components: string[][] = [];
  let counter = 0;

  const visit = (node: string): void => {
    index.set(node, counter);
    lowLink.set(node, counter);
    counter += 1;
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        lowLink.set(node, Math.min(lowLink.get(node)!, lowLink.get(next)!));
      } else if (onStack.has(next)) {
        lowLink.set(node, Math.min(lowLink.get(node)!, index.get(next)!));
      }
    }
    if (lowLink.get(node) === index.get(node)) {
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      const selfLoop = component.length === 1 && (graph.get(node)?.has(node) ?? false);
      if (component.length > 1 || selfLoop) components.push(component.sort());
    }
  };

  for (const node of [...graph.keys()].sort()) {
    if (!index.has(node)) visit(node);
  }
  return components.sort((a, b) => (a[0] ?? '').localeCompare(b[0] ?? ''));
}

/** The shortest cycle through `start` using only nodes of `within`, as a path that ends where it starts. */
export function shortestCycleThrough(graph: Graph, start: string, within: ReadonlySet<string>): string[] {
  const previous = new Map<string, string>();
  const queue: string[] = [start];
  for (let head = 0; head < queue.length; head += 1) {
    const node = queue[head]!;
    for (const next of [...(graph.get(node) ?? [])].sort()) {
      if (!within.has(next)) continue;
      if (next === start) {
        const path = [node];
        while (path[0] !== start) path.unshift(previous.get(path[0]!)!);
        return [...path, start];
      }
      if (!previous.has(next) && next !== start) {
        previous.set(next, node);
        queue.push(next);
      }
    }
  }
  return [];
}

/** A cycle written from its smallest node, so the same loop found from two starts compares equal. */
export function canonicalCycle(path: readonly string[]): string[] {
  const loop = path.slice(0, -1);
  if (loop.length === 0) return [];
  const smallest = loop.reduce((min, node) => (node < min ? node : min));
  const at = loop.indexOf(smallest);
  const rotated = [...loop.slice(at), ...loop.slice(0, at)];
  return [...rotated, smallest];
}

export interface Cycle {
  /** A shortest cycle, from its smallest node back to it. */
  readonly path: readonly string[];
  /** Every node of the tangle (strongly connected component) the cycle belongs to. */
  readonly component: readonly string[];
}

/**
 * The shortest cycle through each node of each tangle, without repeats: every
 * node caught in a cycle appears in at least one listed path, while a tangle
 * of n nodes gives at most n paths rather than every loop through it.
 */
export function findCycles(graph: Graph): Cycle[] {
  const cycles: Cycle[] = [];
  for (const component of cyclicComponents(graph)) {
    const within = new Set(component);
    const seen = new Set<string>();
    for (const node of component) {
      const path = canonicalCycle(shortestCycleThrough(graph, node, within));
      const key = path.join('\n');
      if (path.length === 0 || seen.has(key)) continue;
      seen.add(key);
      cycles.push({ path, component });
    }
  }
  return cycles.sort((a, b) => a.path.length - b.path.length || a.path.join().localeCompare(b.path.join()));
}
