// The succession org chart's shape: a tree of seats built from the reporting
// lines of the people who hold them. Pure, so the placement rules below are
// tested without a database; the server builds it once per snapshot.

export interface OrgChartSeat {
  positionId: string;
  orgUnitPath: string;
  levelRank: number; // 0 for a level not on the ladder
  holderId: string | null; // the recorded incumbent, even one who has left: their reports still hang below the seat
  sortName: string; // incumbent name, "" for a vacancy (vacancies sort first)
}

export interface OrgChartPerson {
  employeeId: string;
  managerId: string | null;
}

export interface OrgChartTree {
  roots: string[];
  parentOf: ReadonlyMap<string, string | null>;
  childrenOf: ReadonlyMap<string, readonly string[]>;
  descendants: ReadonlyMap<string, number>; // everything below a seat
}

const NONE: readonly string[] = Object.freeze([]);

// Where a seat hangs:
// - a held seat (its recorded incumbent is known) under the seat of the
//   nearest person up the incumbent's reporting chain who holds one;
// - a seat with nobody recorded under the head of its unit: the seat of
//   highest rank there (ties by position id), when that rank is above the
//   vacancy's; else the same test in the parent unit, and so on up; else
//   under the top of the organization (a vacant division head reports to
//   the chief executive), unless the vacancy outranks even that seat.
// The importer refuses reporting cycles; a visited set keeps a bad row from
// looping, and seats caught in one are simply not reachable from a root.
export function buildOrgChartTree(seats: readonly OrgChartSeat[], people: readonly OrgChartPerson[]): OrgChartTree {
  const managerOf = new Map(people.map((p) => [p.employeeId, p.managerId]));
  const seatOf = new Map<string, OrgChartSeat>();
  const headOf = new Map<string, OrgChartSeat>();
  const byId = new Map<string, OrgChartSeat>();
  for (const seat of seats) {
    byId.set(seat.positionId, seat);
    if (seat.holderId === null || !managerOf.has(seat.holderId)) continue;
    seatOf.set(seat.holderId, seat);
    const head = headOf.get(seat.orgUnitPath);
    if (!head || outranks(seat, head)) headOf.set(seat.orgUnitPath, seat);
  }

  const parentOf = new Map<string, string | null>();
  const heldParent = (seat: OrgChartSeat): string | null => {
    const seen = new Set<string>([seat.holderId ?? ""]);
    let manager = managerOf.get(seat.holderId ?? "") ?? null;
    while (manager !== null && !seen.has(manager)) {
      seen.add(manager);
      const above = seatOf.get(manager);
      if (above) return above.positionId;
      manager = managerOf.get(manager) ?? null;
    }
    return null;
  };
  for (const seat of seats) if (seatOf.get(seat.holderId ?? "") === seat) parentOf.set(seat.positionId, heldParent(seat));

  const top = topSeat(seats.filter((s) => seatOf.get(s.holderId ?? "") === s && parentOf.get(s.positionId) === null));
  for (const seat of seats) {
    if (parentOf.has(seat.positionId)) continue;
    parentOf.set(seat.positionId, vacancyParent(seat, headOf, top));
  }

  const children = new Map<string, OrgChartSeat[]>();
  const roots: OrgChartSeat[] = [];
  for (const seat of seats) {
    const parent = parentOf.get(seat.positionId) ?? null;
    if (parent === null) roots.push(seat);
    else {
      const list = children.get(parent);
      if (list) list.push(seat);
      else children.set(parent, [seat]);
    }
  }
  const childrenOf = new Map<string, readonly string[]>();
  for (const [parent, list] of children) childrenOf.set(parent, list.sort(chartOrder).map((s) => s.positionId));

  return { roots: roots.sort(chartOrder).map((s) => s.positionId), parentOf, childrenOf, descendants: countDescendants(byId, childrenOf, roots) };
}

function outranks(a: OrgChartSeat, b: OrgChartSeat): boolean {
  return a.levelRank > b.levelRank || (a.levelRank === b.levelRank && a.positionId < b.positionId);
}

function topSeat(candidates: readonly OrgChartSeat[]): OrgChartSeat | null {
  let top: OrgChartSeat | null = null;
  for (const seat of candidates) if (!top || outranks(seat, top)) top = seat;
  return top;
}

function vacancyParent(seat: OrgChartSeat, headOf: ReadonlyMap<string, OrgChartSeat>, top: OrgChartSeat | null): string | null {
  for (let unit: string | null = seat.orgUnitPath; unit !== null; ) {
    const head = headOf.get(unit);
    if (head && head.levelRank > seat.levelRank) return head.positionId;
    const cut = unit.lastIndexOf("/");
    unit = cut > 0 ? unit.slice(0, cut) : null;
  }
  return top && top.levelRank >= seat.levelRank ? top.positionId : null;
}

// Most senior first; within a rank vacancies first (they need attention),
// then by name, then by position id so the order never depends on input order.
function chartOrder(a: OrgChartSeat, b: OrgChartSeat): number {
  if (a.levelRank !== b.levelRank) return b.levelRank - a.levelRank;
  if (a.sortName !== b.sortName) return a.sortName < b.sortName ? -1 : 1;
  return a.positionId < b.positionId ? -1 : a.positionId > b.positionId ? 1 : 0;
}

// Iterative post-order: a 100,000-seat chain must not blow the stack.
function countDescendants(
  byId: ReadonlyMap<string, OrgChartSeat>,
  childrenOf: ReadonlyMap<string, readonly string[]>,
  roots: readonly OrgChartSeat[],
): Map<string, number> {
  const order: string[] = [];
  const stack = roots.map((r) => r.positionId);
  while (stack.length > 0) {
    const id = stack.pop()!;
    order.push(id);
    for (const child of childrenOf.get(id) ?? NONE) stack.push(child);
  }
  const descendants = new Map<string, number>();
  for (let i = order.length - 1; i >= 0; i--) {
    const id = order[i]!;
    let total = 0;
    for (const child of childrenOf.get(id) ?? NONE) total += 1 + (descendants.get(child) ?? 0);
    descendants.set(id, total);
  }
  for (const id of byId.keys()) if (!descendants.has(id)) descendants.set(id, 0);
  return descendants;
}

// Root first, the seat itself last; empty for an unknown seat.
export function pathTo(tree: OrgChartTree, positionId: string): string[] {
  if (!tree.parentOf.has(positionId)) return [];
  const path: string[] = [];
  const seen = new Set<string>();
  for (let at: string | null = positionId; at !== null && !seen.has(at); at = tree.parentOf.get(at) ?? null) {
    seen.add(at);
    path.push(at);
  }
  return path.reverse();
}
