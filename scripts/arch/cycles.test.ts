import { describe, expect, it } from 'vitest';
import { canonicalCycle, cyclicComponents, findCycles, shortestCycleThrough, type Graph } from './cycles';

const graph = (edges: Record<string, string[]>): Graph =>
  new Map(Object.entries(edges).map(([from, to]) => [from, new Set(to)]));

describe('cyclicComponents', () => {
  it('finds nothing in a graph without cycles', () => {
    expect(cyclicComponents(graph({ a: ['b', 'c'], b: ['c'], c: [] }))).toEqual([]);
  });

  it('finds each tangle once, sorted, and a node importing itself', () => {
    const g = graph({ a: ['b'], b: ['c'], c: ['a', 'd'], d: ['e'], e: ['d'], f: ['f'], g: ['a'] });
    expect(cyclicComponents(g)).toEqual([['a', 'b', 'c'], ['d', 'e'], ['f']]);
  });

  it('follows edges to nodes that have no entry of their own', () => {
    expect(cyclicComponents(graph({ a: ['b'] }))).toEqual([]);
  });
});

describe('shortestCycleThrough', () => {
  it('takes the shortest way back', () => {
    const g = graph({ a: ['b', 'x'], b: ['c'], c: ['a'], x: ['a'] });
    expect(shortestCycleThrough(g, 'a', new Set(['a', 'b', 'c', 'x']))).toEqual(['a', 'x', 'a']);
    expect(shortestCycleThrough(g, 'a', new Set(['a', 'b', 'c']))).toEqual(['a', 'b', 'c', 'a']);
  });

  it('gives an empty path when there is no way back', () => {
    expect(shortestCycleThrough(graph({ a: ['b'], b: [] }), 'a', new Set(['a', 'b']))).toEqual([]);
  });
});

describe('canonicalCycle', () => {
  it('starts the loop at its smallest node', () => {
    expect(canonicalCycle(['c', 'a', 'b', 'c'])).toEqual(['a', 'b', 'c', 'a']);
    expect(canonicalCycle(['a', 'a'])).toEqual(['a', 'a']);
    expect(canonicalCycle([])).toEqual([]);
  });
});

describe('findCycles', () => {
  it('lists the shortest loop through each node of a tangle, without repeats', () => {
    // ipc ↔ each domain, plus agreements ↔ documents: one tangle. Each node
    // appears in a listed loop; documents' shortest is the agreements one.
    const g = graph({
      ipc: ['agreements', 'documents'],
      agreements: ['ipc', 'documents'],
      documents: ['ipc', 'agreements'],
    });
    const cycles = findCycles(g);
    expect(cycles.map((c) => c.path)).toEqual([
      ['agreements', 'documents', 'agreements'],
      ['agreements', 'ipc', 'agreements'],
    ]);
    expect(cycles[0]?.component).toEqual(['agreements', 'documents', 'ipc']);
  });

  it('reports separate tangles separately', () => {
    const cycles = findCycles(graph({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] }));
    expect(cycles.map((c) => c.path)).toEqual([
      ['a', 'b', 'a'],
      ['c', 'd', 'c'],
    ]);
  });

  it('finds nothing in a layered graph', () => {
    expect(findCycles(graph({ shell: ['app'], app: ['ipc', 'db'], ipc: ['db'], db: [] }))).toEqual([]);
  });
});
