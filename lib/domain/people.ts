import { parseIsoDate, type CalendarDate } from "./dates";
import type { Ladder } from "./ladder";
import { sortedByKey } from "./order";
import { isRetiringSoon, retirementOf, type Retirement, type RetirementWindows } from "./retirement";
import { NO_SCORES, type LatestAssessment, type PersonScores } from "./scores";
import { assessStuck, type StuckEvidence } from "./stuck";
import type { CycleInput, FlightRisk, IsoDate, PersonInput, RoleKind, Settings } from "./types";

// Objects here may be shared between people (the scores of everyone without
// an assessment, a cycle): read them, never change them.
export interface PersonDerived {
  employeeId: string;
  active: boolean;
  orgUnitId: string;
  levelCode: string;
  levelKind: RoleKind | null; // null when the level is not on the ladder
  latestCycle: CycleInput | null;
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

type DeriveContext = Omit<DerivePeopleInput, "people" | "asOf"> & { asOf: IsoDate | CalendarDate };

export function derivePerson(person: PersonInput, context: DeriveContext): PersonDerived {
  const latest = context.latest.get(person.employeeId);
  const assessment = latest ? latest.assessment : null;
  const scores = latest ? latest.scores : NO_SCORES;
  const levelKind = context.ladder.kindOf(person.levelCode);
  const retirement = retirementOf(person, context.settings);
  return {
    employeeId: person.employeeId,
    active: person.active,
    orgUnitId: person.orgUnitId,
    levelCode: person.levelCode,
    levelKind,
    latestCycle: latest ? latest.cycle : null,
    scores,
    performance: assessment ? assessment.performance : null,
    potential: assessment ? assessment.potential : null,
    leadershipTimePct: assessment ? assessment.leadershipTimePct : null,
    flightRisk: assessment ? assessment.flightRisk : null,
    retirement,
    retiringSoon: isRetiringSoon(retirement.date, context.windows),
    stuck: assessStuck(
      {
        levelKind,
        roleStartDate: person.roleStartDate,
        asOf: context.asOf,
        latest:
          assessment && latest
            ? { leadershipTimePct: assessment.leadershipTimePct, mgmtScore: latest.scores.mgmtScore, leadScore: latest.scores.leadScore }
            : null,
      },
      context.settings,
    ),
  };
}

// Everyone, people who have left included (their profile still opens); the
// rules that need a person in the organization check `active` themselves.
// Keyed in employee-id order so that iterating the map is reproducible too.
export function derivePeople(input: DerivePeopleInput): Map<string, PersonDerived> {
  const context: DeriveContext = { ...input, asOf: parseIsoDate(input.asOf) ?? input.asOf };
  const derived = new Map<string, PersonDerived>();
  for (const person of sortedByKey(input.people, (p) => p.employeeId)) derived.set(person.employeeId, derivePerson(person, context));
  return derived;
}
