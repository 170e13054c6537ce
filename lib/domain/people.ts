import type { Ladder } from "./ladder";
import { isRetiringSoon, retirementOf, type Retirement, type RetirementWindows } from "./retirement";
import { NO_SCORES, type LatestAssessment, type PersonScores } from "./scores";
import { assessStuck, type StuckEvidence } from "./stuck";
import type { FlightRisk, IsoDate, PersonInput, RoleKind, Settings } from "./types";

export interface PersonDerived {
  employeeId: string;
  active: boolean;
  levelKind: RoleKind | null; // null when the level is not on the ladder
  latestCycle: { id: number; name: string; cycleDate: IsoDate } | null;
  scores: PersonScores;
  performance: number | null;
  potential: number | null;
  leadershipTimePct: number | null;
  flightRisk: FlightRisk | null;
  retirement: Retirement;
  retiringSoon: boolean;
  stuck: StuckEvidence;
}

export interface DerivePeopleInput {
  people: readonly PersonInput[];
  latest: ReadonlyMap<string, LatestAssessment>;
  ladder: Ladder;
  windows: RetirementWindows;
  asOf: IsoDate;
  settings: Settings;
}

export function derivePerson(person: PersonInput, input: Omit<DerivePeopleInput, "people">): PersonDerived {
  const latest = input.latest.get(person.employeeId);
  const levelKind = input.ladder.kindOf(person.levelCode);
  const retirement = retirementOf(person, input.settings);
  return {
    employeeId: person.employeeId,
    active: person.active,
    levelKind,
    latestCycle: latest ? { id: latest.cycle.id, name: latest.cycle.name, cycleDate: latest.cycle.cycleDate } : null,
    scores: latest ? { ...latest.scores } : { ...NO_SCORES },
    performance: latest ? latest.assessment.performance : null,
    potential: latest ? latest.assessment.potential : null,
    leadershipTimePct: latest ? latest.assessment.leadershipTimePct : null,
    flightRisk: latest ? latest.assessment.flightRisk : null,
    retirement,
    retiringSoon: isRetiringSoon(retirement.date, input.windows),
    stuck: assessStuck(
      {
        levelKind,
        roleStartDate: person.roleStartDate,
        asOf: input.asOf,
        latest: latest ? { leadershipTimePct: latest.assessment.leadershipTimePct, ...latest.scores } : null,
      },
      input.settings,
    ),
  };
}

// Everyone, people who have left included (their profile still opens); the
// rules that need a person in the organization check `active` themselves.
export function derivePeople(input: DerivePeopleInput): Map<string, PersonDerived> {
  const sorted = [...input.people].sort((a, b) => (a.employeeId < b.employeeId ? -1 : a.employeeId > b.employeeId ? 1 : 0));
  const derived = new Map<string, PersonDerived>();
  for (const person of sorted) derived.set(person.employeeId, derivePerson(person, input));
  return derived;
}
