import "server-only";
import { z } from "zod";
import { ZSaveScenario, type SaveScenarioInput } from "@/lib/schemas/scenarios";
import { canPlayScenarios, canSaveScenarios } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { recordAudit } from "@/lib/server/infra/audit";
import { fieldErrorsOf, ok, refuse, type Result } from "./result";

// Saved what-if scenarios (SPEC §9): HR keeps the inputs under a name, and
// anyone who may play scenarios opens them; opening plays them again on the
// organization as it is then, so a saved scenario follows the data.

export interface SavedScenarioView {
  id: number;
  name: string;
  leavers: string[];
  retireBy: string | null;
  updatedAt: string; // ISO timestamp
}

const ZStoredLeavers = z.array(z.string());

function toView(row: { id: number; name: string; leavers: string; retireBy: string | null; updatedAt: Date }): SavedScenarioView {
  let leavers: string[] = [];
  try {
    leavers = ZStoredLeavers.parse(JSON.parse(row.leavers));
  } catch {
    // An unreadable row opens as "no leavers" rather than breaking the list.
  }
  return { id: row.id, name: row.name, leavers, retireBy: row.retireBy, updatedAt: row.updatedAt.toISOString() };
}

export async function findSavedScenarios(viewer: Viewer): Promise<SavedScenarioView[] | null> {
  if (!canPlayScenarios(viewer)) return null;
  return (await viewer.db.savedScenario.findMany({ orderBy: { name: "asc" } })).map(toView);
}

export async function findSavedScenario(viewer: Viewer, id: number): Promise<SavedScenarioView | null> {
  if (!canPlayScenarios(viewer)) return null;
  const row = await viewer.db.savedScenario.findUnique({ where: { id } });
  return row ? toView(row) : null;
}

// Saving under a name that exists replaces that scenario's inputs: HR
// refines a scenario under one name rather than collecting copies.
export async function saveScenario(viewer: Viewer, values: SaveScenarioInput): Promise<Result<SavedScenarioView>> {
  if (!canPlayScenarios(viewer)) return refuse("not_found", "not found");
  if (!canSaveScenarios(viewer)) return refuse("forbidden", "Only HR saves scenarios.");
  const parsed = ZSaveScenario.safeParse(values);
  if (!parsed.success) return refuse("bad_request", parsed.error.issues[0]?.message ?? "Some answers need another look.", fieldErrorsOf(parsed.error.issues));
  const { name, retireBy } = parsed.data;
  const leavers = [...new Set(parsed.data.leavers)].sort();
  const known = await viewer.db.person.findMany({ where: { employeeId: { in: leavers } }, select: { employeeId: true } });
  const unknown = leavers.filter((id) => !known.some((p) => p.employeeId === id));
  if (unknown.length > 0) return refuse("bad_request", `Unknown employee id(s) ${unknown.join(", ")}`, { leavers: `Unknown employee id(s) ${unknown.join(", ")}` });
  return viewer.db.$transaction(async (tx) => {
    const before = await tx.savedScenario.findUnique({ where: { name } });
    const data = { leavers: JSON.stringify(leavers), retireBy: retireBy ?? null };
    const row = before
      ? await tx.savedScenario.update({ where: { id: before.id }, data })
      : await tx.savedScenario.create({ data: { name, ...data, createdById: viewer.user.id } });
    await recordAudit(tx, {
      user: viewer.user,
      action: before ? "update" : "create",
      entity: "scenario",
      entityId: row.id,
      before: before ? { name, leavers: JSON.parse(before.leavers) as unknown, retireBy: before.retireBy } : null,
      after: { name, leavers, retireBy: row.retireBy },
    });
    return ok(toView(row));
  });
}

export async function deleteScenario(viewer: Viewer, id: number): Promise<Result<null>> {
  if (!canPlayScenarios(viewer)) return refuse("not_found", "not found");
  if (!canSaveScenarios(viewer)) return refuse("forbidden", "Only HR deletes scenarios.");
  return viewer.db.$transaction(async (tx) => {
    const row = await tx.savedScenario.findUnique({ where: { id } });
    if (!row) return refuse("not_found", "No such saved scenario.");
    await tx.savedScenario.delete({ where: { id } });
    await recordAudit(tx, { user: viewer.user, action: "delete", entity: "scenario", entityId: id, before: toView(row), after: null });
    return ok(null);
  });
}
