// Maximum bipartite matching (Hopcroft–Karp), O(E·√V). Used to count how many
// seats a bench can cover at once when one person is named for several.
// Iterative depth-first search: an augmenting path can be as long as the
// number of seats, far deeper than the call stack allows at 100,000.

export interface BipartiteGraph {
  leftCount: number;
  rightCount: number;
  edges: ReadonlyArray<readonly [left: number, right: number]>;
}

const UNREACHED = 0x7fffffff;

export function maximumMatchingSize(graph: BipartiteGraph): number {
  const { leftCount, rightCount, edges } = graph;
  // Adjacency in compressed rows: offsets[u]..offsets[u+1] index into targets.
  const offsets = new Int32Array(leftCount + 1);
  for (const [u] of edges) offsets[u + 1] = (offsets[u + 1] ?? 0) + 1;
  for (let u = 0; u < leftCount; u++) offsets[u + 1] = (offsets[u + 1] ?? 0) + (offsets[u] ?? 0);
  const targets = new Int32Array(edges.length);
  const fill = offsets.slice(0, leftCount);
  for (const [u, v] of edges) {
    const at = fill[u] ?? 0;
    targets[at] = v;
    fill[u] = at + 1;
  }

  const matchLeft = new Int32Array(leftCount).fill(-1);
  const matchRight = new Int32Array(rightCount).fill(-1);
  const dist = new Int32Array(leftCount);
  const cursor = new Int32Array(leftCount);
  const queue = new Int32Array(leftCount);
  const stack = new Int32Array(leftCount);

  const at = (array: Int32Array, i: number): number => array[i] ?? -1;

  // Layers free seats by distance; true when some free candidate is reachable.
  const layer = (): boolean => {
    let head = 0;
    let tail = 0;
    for (let u = 0; u < leftCount; u++) {
      if (at(matchLeft, u) < 0) {
        dist[u] = 0;
        queue[tail++] = u;
      } else {
        dist[u] = UNREACHED;
      }
    }
    let found = false;
    while (head < tail) {
      const u = at(queue, head++);
      for (let e = at(offsets, u); e < at(offsets, u + 1); e++) {
        const w = at(matchRight, at(targets, e));
        if (w < 0) found = true;
        else if (at(dist, w) === UNREACHED) {
          dist[w] = at(dist, u) + 1;
          queue[tail++] = w;
        }
      }
    }
    return found;
  };

  const augment = (root: number): boolean => {
    let depth = 0;
    stack[depth++] = root;
    while (depth > 0) {
      const u = at(stack, depth - 1);
      const e = at(cursor, u);
      if (e >= at(offsets, u + 1)) {
        dist[u] = UNREACHED; // dead end for the rest of this phase
        depth--;
        if (depth > 0) {
          const parent = at(stack, depth - 1);
          cursor[parent] = at(cursor, parent) + 1;
        }
        continue;
      }
      const v = at(targets, e);
      const w = at(matchRight, v);
      if (w < 0) {
        // Flip every edge on the path: each seat on the stack takes the
        // candidate its cursor points at.
        for (let i = depth - 1; i >= 0; i--) {
          const x = at(stack, i);
          const y = at(targets, at(cursor, x));
          matchLeft[x] = y;
          matchRight[y] = x;
        }
        return true;
      }
      if (at(dist, w) === at(dist, u) + 1) stack[depth++] = w;
      else cursor[u] = e + 1;
    }
    return false;
  };

  let size = 0;
  while (layer()) {
    for (let u = 0; u < leftCount; u++) cursor[u] = at(offsets, u);
    for (let u = 0; u < leftCount; u++) {
      if (at(matchLeft, u) < 0 && augment(u)) size++;
    }
  }
  return size;
}
