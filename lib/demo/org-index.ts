import type { DemoPerson, Seat } from "./model";
import type { Rng } from "./random";
import type { Skeleton } from "./structure";

// Lookups built once so that finding successor candidates for 100,000 seats
// stays linear: people by division and level, by department and level.

export class OrgIndex {
  private readonly byDivision = new Map<number, number[]>();
  private readonly byDepartment = new Map<number, number[]>();
  private readonly byLevel = new Map<number, number[]>();

  constructor(private readonly skeleton: Skeleton) {
    for (const person of skeleton.people) {
      const unit = skeleton.units[person.unit];
      if (!unit) continue;
      push(this.byLevel, person.level, person.index);
      if (unit.division >= 0) push(this.byDivision, unit.division * 8 + person.level, person.index);
      if (unit.department >= 0) push(this.byDepartment, unit.department * 8 + person.level, person.index);
    }
  }

  person(index: number): DemoPerson {
    const person = this.skeleton.people[index];
    if (!person) throw new Error(`no person at index ${index}`);
    return person;
  }

  atLevel(level: number): readonly number[] {
    return this.byLevel.get(level) ?? [];
  }

  inDivision(division: number, level: number): readonly number[] {
    return this.byDivision.get(division * 8 + level) ?? [];
  }

  inDepartment(department: number, level: number): readonly number[] {
    return this.byDepartment.get(department * 8 + level) ?? [];
  }

  /**
   * Where successors for a seat come from, nearest first: the incumbent's
   * own reports one level down, then the department, the division and, for
   * leadership seats, the whole company. An executive's successors are the
   * people who report to them, even at the same level. A small department
   * has no second-line managers, so its director's bench is the first line.
   */
  candidateTiers(seat: Seat): (readonly number[])[] {
    const want = seat.level === 1 ? 1 : seat.level - 1;
    const fallback = seat.level === 4 ? 2 : null;
    const orNext = (at: (level: number) => readonly number[]) => {
      const first = at(want);
      return first.length > 0 || fallback === null ? first : at(fallback);
    };
    const tiers: (readonly number[])[] = [];
    const unit = this.skeleton.units[seat.unit];
    if (seat.incumbent !== null) {
      const incumbent = this.person(seat.incumbent);
      if (incumbent.kind === "ceo") {
        tiers.push(incumbent.reports.filter((i) => this.person(i).kind === "head"));
      } else if (incumbent.kind === "head") {
        tiers.push(incumbent.reports.filter((i) => this.person(i).level >= 4));
      } else if (seat.level === 1) {
        const manager = incumbent.manager === null ? undefined : this.person(incumbent.manager);
        tiers.push((manager?.reports ?? []).filter((i) => i !== incumbent.index && this.person(i).level === 1));
      } else {
        tiers.push(orNext((level) => incumbent.reports.filter((i) => this.person(i).level === level)));
      }
    }
    if (unit && unit.department >= 0) tiers.push(orNext((level) => this.inDepartment(unit.department, level)));
    if (unit && unit.division >= 0) tiers.push(orNext((level) => this.inDivision(unit.division, level)));
    if (seat.level >= 4) tiers.push(this.atLevel(want));
    return tiers.filter((tier) => tier.length > 0);
  }

  /** A candidate for the seat, nearest tiers most likely; null when none qualifies after a few tries. */
  drawCandidate(seat: Seat, rng: Rng, rejects: (index: number) => boolean): number | null {
    const tiers = this.candidateTiers(seat);
    if (tiers.length === 0) return null;
    const weights = tiers.map((_, i) => [i, [6, 3, 1.5, 0.5][i] ?? 0.5] as const);
    for (let attempt = 0; attempt < 16; attempt++) {
      const tier = tiers[rng.weighted(weights)] ?? [];
      if (tier.length === 0) continue;
      const candidate = rng.pick(tier);
      if (candidate !== seat.incumbent && !rejects(candidate)) return candidate;
    }
    return null;
  }
}

function push(map: Map<number, number[]>, key: number, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
