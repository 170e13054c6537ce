import { cyclesFor, generateAssessments } from "./assessments";
import { ASSESSMENT_COLUMNS, NOMINATION_COLUMNS, PEOPLE_COLUMNS, POSITIONS_COLUMNS } from "./columns";
import { parseDay } from "./dates";
import type { DemoPerson, OrgUnit } from "./model";
import { generateNominations, pickLifecycle } from "./nominations";
import { OrgIndex } from "./org-index";
import { assignPersonalData } from "./people";
import { plantProblems } from "./plants";
import { streamFor } from "./random";
import { nominationRows, personRows, vacancyRows } from "./rows";
import { assignPersonSeats, buildVacancies, unitHeads } from "./seats";
import { buildStructure } from "./structure";

// The deterministic demo organization: a believable company whose
// succession pipeline shows every problem Baton exists to catch. Same
// options, same company, byte for byte; all dates are relative to asOf.

export { ASSESSMENT_COLUMNS, NOMINATION_COLUMNS, PEOPLE_COLUMNS, POSITIONS_COLUMNS };
export { MIN_PEOPLE } from "./structure";

export const DEFAULT_AS_OF = "2026-11-23";
export const DEFAULT_SEED = 1;
export const DEFAULT_PEOPLE = 400;
export const MAX_PEOPLE = 100_000;

export type DemoRole = "admin" | "hr" | "manager" | "executive";

export interface DemoAccount {
  email: string;
  role: DemoRole;
  employeeId: string | null;
  name: string;
}

export interface DemoOrganization {
  /** people.csv rows keyed by column name; "" is an empty cell. */
  people: Record<string, string>[];
  /** positions.csv rows: vacant seats only. */
  positions: Record<string, string>[];
  /** assessments.csv rows, with the optional cycle_date column. */
  assessments: Record<string, string>[];
  /** nominations.csv rows (proposed, approved, declined). */
  nominations: Record<string, string>[];
  /** Status changes to apply after import: CSV cannot carry these two statuses. */
  lifecycle: { positionId: string; candidateEmployeeId: string; status: "withdrawn" | "succeeded" }[];
  demoAccounts: DemoAccount[];
}

export interface DemoOptions {
  people: number;
  seed?: number;
  /** YYYY-MM-DD; defaults to DEFAULT_AS_OF, never to today, so the demo does not drift. */
  asOf?: string;
  /**
   * Hang every unit under one unit of this name ("Acme/Engineering/…"), the
   * shape most HRIS exports have; without it the divisions are top-level.
   */
  companyRoot?: string;
}

export function generateDemoOrganization(options: DemoOptions): DemoOrganization {
  const seed = options.seed ?? DEFAULT_SEED;
  const asOfText = options.asOf ?? DEFAULT_AS_OF;
  const asOf = parseDay(asOfText);
  if (asOf === null) throw new RangeError(`asOf must be a calendar date YYYY-MM-DD, got "${asOfText}"`);
  if (options.people > MAX_PEOPLE) throw new RangeError(`a demo organization holds at most ${MAX_PEOPLE} people`);

  const skeleton = buildStructure(options.people, streamFor(seed, "structure"));
  const { people, units } = skeleton;
  if (options.companyRoot !== undefined) {
    const root = options.companyRoot.trim();
    if (root === "" || root.includes("/")) throw new RangeError(`companyRoot must be a unit name without "/", got "${options.companyRoot}"`);
    for (const unit of units) unit.path = `${root}/${unit.path}`;
  }
  assignPersonalData(skeleton, asOf, {
    names: streamFor(seed, "names"),
    careers: streamFor(seed, "careers"),
    titles: streamFor(seed, "titles"),
  });
  const personSeats = assignPersonSeats(skeleton, streamFor(seed, "seats"));
  const vacancies = buildVacancies(skeleton, unitHeads(skeleton), streamFor(seed, "vacancies"));
  const seats = [...personSeats, ...vacancies];
  const index = new OrgIndex(skeleton);
  const { managerDirector, otherDirector } = chooseAccountDirectors(people, units);
  const ceo = 0; // buildStructure creates the CEO first

  const plan = plantProblems({
    people,
    units,
    seats,
    index,
    asOf,
    latestCycle: cyclesFor(asOf).latest.day,
    rng: streamFor(seed, "plants"),
    managerDirector,
    otherDirector,
  });
  const assessed = generateAssessments(people, asOf, plan, streamFor(seed, "assessments"));
  const slateRng = streamFor(seed, "nominations");
  const drafts = generateNominations({
    seats,
    index,
    plan,
    scores: assessed.scores,
    rng: slateRng,
    budget: Math.round(people.length * 0.2),
    ceo,
  });
  const nominations = nominationRows(drafts, seats, people);
  const lifecycle = pickLifecycle(drafts, plan, slateRng).map(({ draft, status }) => ({
    positionId: seats[draft.seat]?.positionId ?? "",
    candidateEmployeeId: people[draft.candidate]?.employeeId ?? "",
    status,
  }));

  return {
    people: personRows(people, units, streamFor(seed, "format")),
    positions: vacancyRows(vacancies, units),
    assessments: assessed.rows,
    nominations,
    lifecycle,
    demoAccounts: demoAccounts(people, managerDirector, otherDirector),
  };
}

/**
 * The demo manager is the director with the largest organization (the
 * planted problems in their department give them something to act on);
 * the second manager is the largest director elsewhere, for out-of-scope checks.
 */
function chooseAccountDirectors(people: readonly DemoPerson[], units: readonly OrgUnit[]) {
  const size = new Int32Array(people.length).fill(1);
  for (let i = people.length - 1; i >= 0; i--) {
    const manager = people[i]?.manager;
    if (manager !== null && manager !== undefined) size[manager] = (size[manager] ?? 0) + (size[i] ?? 0);
  }
  const divisionOf = (p: DemoPerson) => units[p.unit]?.division ?? -1;
  const largest = (filter: (p: DemoPerson) => boolean): DemoPerson | null => {
    let best: DemoPerson | null = null;
    for (const p of people) {
      if (p.level !== 4 || p.kind !== "director" || !filter(p)) continue;
      if (best === null || (size[p.index] ?? 0) > (size[best.index] ?? 0)) best = p;
    }
    return best;
  };
  const first = largest(() => true);
  const second = first ? (largest((p) => divisionOf(p) !== divisionOf(first)) ?? largest((p) => p !== first)) : null;
  return { managerDirector: first?.index ?? null, otherDirector: second?.index ?? null };
}

function demoAccounts(people: readonly DemoPerson[], managerDirector: number | null, otherDirector: number | null): DemoAccount[] {
  const ceo = people[0];
  const linked = (email: string, role: DemoRole, index: number | null): DemoAccount => {
    const person = index === null ? undefined : people[index];
    return { email, role, employeeId: person?.employeeId ?? null, name: person?.name ?? "Demo Manager" };
  };
  return [
    { email: "admin@baton.example", role: "admin", employeeId: null, name: "Baton Administrator" },
    { email: "hr@baton.example", role: "hr", employeeId: null, name: "HR Business Partner" },
    { email: "exec@baton.example", role: "executive", employeeId: ceo?.employeeId ?? null, name: ceo?.name ?? "Executive" },
    linked("manager@baton.example", "manager", managerDirector),
    linked("manager2@baton.example", "manager", otherDirector),
  ];
}
