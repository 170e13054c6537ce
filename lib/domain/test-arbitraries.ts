// fast-check generators of engine inputs, shared by the property tests.
import fc from "fast-check";
import { engineInput, person, position } from "./test-fixtures";
import type { AssessmentInput, EngineInput, FlightRisk, Impact, NominationInput, NominationStatus, Readiness } from "./types";

const LEVELS = ["L1", "L2", "L3", "L4", "L5"];
const UNITS = ["Ops", "Ops/East", "Ops/West", "Sales", "Nowhere"];
const DATES = ["2019-03-01", "2025-07-15", "2025-07-16", "2026-01-15", "2027-06-30", "2028-01-15", "2028-01-16", "2029-12-31", "2031-01-01"];
const IMPACTS: Impact[] = ["low", "medium", "high"];
export const FLIGHT: FlightRisk[] = ["low", "medium", "high"];
export const READINESS: Readiness[] = ["ready_now", "1_2_years", "3_plus_years"];
export const STATUS: NominationStatus[] = ["proposed", "approved", "declined", "withdrawn", "succeeded"];

const pickFrom = <T,>(values: readonly T[]) => fc.constantFrom(...values);
const maybeDate = fc.option(pickFrom(DATES), { nil: null });

// A drawn assessment (eight item scores in the order of the form) as the
// engine reads it.
export interface DrawnAssessment {
  cycle: number;
  items: number[];
  performance: number;
  potential: number;
  time: number;
  flight: FlightRisk;
}

export function drawnAssessment(personId: string, a: DrawnAssessment): AssessmentInput {
  const [p = 1, o = 1, c = 1, s = 1, d = 1, al = 1, ins = 1, ch = 1] = a.items;
  return {
    personId,
    cycleId: a.cycle,
    performance: a.performance,
    potential: a.potential,
    mgmtPlanning: p,
    mgmtOrganizing: o,
    mgmtControlling: c,
    mgmtProblemSolving: s,
    leadDirection: d,
    leadAlignment: al,
    leadInspiration: ins,
    leadChange: ch,
    leadershipTimePct: a.time,
    flightRisk: a.flight,
  };
}

export const arbInput: fc.Arbitrary<EngineInput> = fc
  .record({
    people: fc.array(
      fc.record({
        level: pickFrom(LEVELS),
        unit: pickFrom(UNITS),
        active: fc.boolean(),
        roleStart: maybeDate,
        planned: maybeDate,
        eligibility: maybeDate,
        birthYear: fc.option(fc.integer({ min: 1955, max: 1995 }), { nil: null }),
      }),
      { minLength: 1, maxLength: 25 },
    ),
    positions: fc.array(
      fc.record({
        level: pickFrom(LEVELS),
        unit: pickFrom(UNITS),
        incumbent: fc.option(fc.nat(), { nil: null }),
        critical: fc.boolean(),
        impact: pickFrom(IMPACTS),
      }),
      { maxLength: 25 },
    ),
    assessments: fc.array(
      fc.record({
        person: fc.nat(),
        cycle: fc.integer({ min: 1, max: 3 }),
        items: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 8, maxLength: 8 }),
        performance: fc.integer({ min: 1, max: 3 }),
        potential: fc.integer({ min: 1, max: 3 }),
        time: fc.integer({ min: 0, max: 100 }),
        flight: pickFrom(FLIGHT),
      }),
      { maxLength: 40 },
    ),
    nominations: fc.array(
      fc.record({ position: fc.nat(), candidate: fc.nat(), readiness: pickFrom(READINESS), status: pickFrom(STATUS) }),
      { maxLength: 40 },
    ),
    ageRule: fc.boolean(),
    // Everything under one company unit, as HRIS exports often are: the
    // engine then drops that unit's rows (org-tree.ts, companyRootOf).
    companyRoot: fc.boolean(),
  })
  .map((g) => {
    const under = (unit: string) => (g.companyRoot && unit !== "Nowhere" ? `Co/${unit}` : unit);
    const people = g.people.map((p, i) =>
      person(`E${i}`, {
        levelCode: p.level,
        orgUnitId: under(p.unit),
        active: p.active,
        roleStartDate: p.roleStart,
        plannedRetirementDate: p.planned,
        retirementEligibilityDate: p.eligibility,
        birthYear: p.birthYear,
      }),
    );
    const personId = (n: number) => `E${n % (people.length + 2)}`; // sometimes unknown
    const positions = g.positions.map((p, i) =>
      position(`P${i}`, {
        levelCode: p.level,
        orgUnitId: under(p.unit),
        incumbentId: p.incumbent === null ? null : personId(p.incumbent),
        critical: p.critical,
        impactOfLoss: p.impact,
      }),
    );
    const assessments: AssessmentInput[] = g.assessments.map((a) => drawnAssessment(personId(a.person), a));
    const nominations: NominationInput[] = g.nominations.map((n, i) => ({
      id: i + 1,
      positionId: `P${n.position % (positions.length + 1)}`,
      candidateId: personId(n.candidate),
      readiness: n.readiness,
      emergency: false,
      status: n.status,
    }));
    const base = engineInput();
    const orgUnits = g.companyRoot
      ? [
          { id: "Co", name: "Co", parentId: null },
          ...base.orgUnits.map((u) => ({ id: under(u.id), name: u.name, parentId: u.parentId === null ? "Co" : under(u.parentId) })),
        ]
      : base.orgUnits;
    return engineInput({
      orgUnits,
      settings: { ...base.settings, ageRuleEnabled: g.ageRule },
      cycles: [
        { id: 1, name: "2025 H1", cycleDate: "2025-06-30" },
        { id: 2, name: "2025 H2", cycleDate: "2025-12-31" },
        { id: 3, name: "2025 H2 recal", cycleDate: "2025-12-31" }, // same date: tie broken by id
      ],
      people,
      positions,
      assessments,
      nominations,
    });
  });

