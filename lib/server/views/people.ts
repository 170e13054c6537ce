import "server-only";
import { isRetirementOverdue, type PersonDerived } from "@/lib/domain";
import { canAdminister, personVisible, seesAssessmentOf } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";

// What each role may read about a person (SPEC §4), as one projection:
// - everyone who may see the person: who they are and where they sit;
// - HR/admin and the person's managers: scores, readiness evidence, retirement;
// - HR/admin only: the sensitive fields (birth year, flight risk);
// - nobody but HR sees their own assessment.
export interface PersonView {
  employeeId: string;
  name: string;
  email: string;
  title: string;
  orgUnitPath: string;
  level: string;
  managerEmployeeId: string | null;
  positionId: string | null;
  location: string | null;
  hireDate: string | null;
  roleStartDate: string | null;
  active: boolean;
  assessment?: {
    cycle: string | null;
    managementScore: number | null;
    leadershipScore: number | null;
    performance: number | null;
    potential: number | null;
    leadershipTimePct: number | null;
    stuckInManagement: PersonDerived["stuck"];
  };
  retirement?: { date: string | null; source: string | null; retiringSoon: boolean; overdue: boolean };
  sensitive?: { birthYear: number | null; flightRisk: string | null };
}

export async function findPerson(viewer: Viewer, employeeId: string): Promise<PersonView | null> {
  const { db } = viewer;
  if (!personVisible(viewer, employeeId)) return null;
  const person = await db.person.findUnique({
    where: { employeeId },
    select: {
      employeeId: true, name: true, email: true, title: true, orgUnitId: true, levelCode: true, managerId: true, location: true,
      hireDate: true, roleStartDate: true, active: true, birthYear: true, position: { select: { positionId: true } },
    },
  });
  if (!person) return null;
  const view: PersonView = {
    employeeId: person.employeeId,
    name: person.name,
    email: person.email,
    title: person.title,
    orgUnitPath: person.orgUnitId,
    level: person.levelCode,
    managerEmployeeId: person.managerId,
    positionId: person.position?.positionId ?? null,
    location: person.location,
    hireDate: person.hireDate,
    roleStartDate: person.roleStartDate,
    active: person.active,
  };
  if (!seesAssessmentOf(viewer, employeeId)) return view;

  const derived = (await viewer.state()).snapshot.people.get(employeeId);
  if (derived) {
    view.assessment = {
      cycle: derived.latestCycle?.name ?? null,
      managementScore: derived.scores.mgmtScore,
      leadershipScore: derived.scores.leadScore,
      performance: derived.performance,
      potential: derived.potential,
      leadershipTimePct: derived.leadershipTimePct,
      stuckInManagement: derived.stuck,
    };
    view.retirement = {
      date: derived.retirement.date,
      source: derived.retirement.source,
      retiringSoon: derived.retiringSoon,
      overdue: isRetirementOverdue(derived.retirement.date, viewer.asOf),
    };
  }
  if (canAdminister(viewer)) view.sensitive = { birthYear: person.birthYear, flightRisk: derived?.flightRisk ?? null };
  return view;
}
