// The reporting forest after an import: file rows override what is stored.
// Walking it gives each person's depth (0 = reports to nobody), which orders
// the writes manager-first so the Person.managerId foreign key always points
// at a row already written, and finds reporting cycles, which SPEC §2 forbids.
//
// Iterative on purpose: a 100,000-person chain must not overflow the stack.

export interface ReportingWalk {
  depth: Map<string, number>;
  // Each cycle once, as the ids around it (the first is not repeated).
  cycles: string[][];
}

export function walkReportingLines(
  starts: Iterable<string>,
  managerOf: (employeeId: string) => string | null,
): ReportingWalk {
  const depth = new Map<string, number>();
  const cycles: string[][] = [];
  for (const start of starts) {
    if (depth.has(start)) continue;
    const path: string[] = [];
    const onPath = new Map<string, number>();
    let base = -1;
    let current: string | null = start;
    while (current !== null) {
      const known = depth.get(current);
      if (known !== undefined) {
        base = known;
        break;
      }
      const seenAt = onPath.get(current);
      if (seenAt !== undefined) {
        cycles.push(path.slice(seenAt));
        break;
      }
      onPath.set(current, path.length);
      path.push(current);
      current = managerOf(current);
    }
    // A cycle has no top; its members get some depth so they are not walked
    // again. The import is refused anyway, so the order never matters.
    for (let i = path.length - 1; i >= 0; i--) depth.set(path[i]!, ++base);
  }
  return { depth, cycles };
}

const LONGEST_SHOWN = 12;

// "E0005 → E0009 → E0005", starting from the member that comes first in the
// file so the message is the same on every run.
export function describeCycle(cycle: string[], rowOf: (employeeId: string) => number | undefined): string {
  let first = 0;
  cycle.forEach((id, index) => {
    const row = rowOf(id) ?? Number.POSITIVE_INFINITY;
    const best = rowOf(cycle[first]!) ?? Number.POSITIVE_INFINITY;
    if (row < best) first = index;
  });
  const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
  // A cycle through a whole chain of command would make a message nobody reads.
  const shown = ordered.length > LONGEST_SHOWN ? [...ordered.slice(0, LONGEST_SHOWN - 1), `… ${ordered.length - LONGEST_SHOWN} more …`, ordered.at(-1)] : ordered;
  return `reporting cycle: ${[...shown, ordered[0]].join(" → ")}`;
}
