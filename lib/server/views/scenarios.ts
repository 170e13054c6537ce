import "server-only";
import { simulateScenario, type ScenarioResult } from "@/lib/domain";
import type { ScenarioRequest } from "@/lib/schemas/scenarios";
import { canPlayScenarios } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { getOrgState } from "@/lib/server/state/org-state";

export type SimulateOutcome =
  | { ok: true; value: Omit<ScenarioResult, "afterSnapshot"> }
  | { ok: false; code: "not_found" | "bad_request"; message: string };

// HR and executives play scenarios over the whole organization; a manager's
// partial view would give a cascade that stops at the edge of their
// subtree, so for them the feature does not exist (SPEC §9: 404).
// Reads the cached state only: a scenario never writes.
export async function findScenario(viewer: Viewer, request: ScenarioRequest): Promise<SimulateOutcome> {
  if (!canPlayScenarios(viewer)) return { ok: false, code: "not_found", message: "not found, or outside what you may see" };
  const asOf = request.asOf ?? viewer.today;
  const state = asOf === viewer.asOf ? await viewer.state() : await getOrgState({ db: viewer.db, asOf });
  const unknown = request.leavers.filter((id) => !state.snapshot.people.has(id));
  if (unknown.length > 0) return { ok: false, code: "bad_request", message: `leavers: unknown employee id(s) ${[...new Set(unknown)].join(", ")}` };
  const gone = request.leavers.filter((id) => state.snapshot.people.get(id)?.active === false);
  if (gone.length > 0) return { ok: false, code: "bad_request", message: `leavers: no longer active ${[...new Set(gone)].join(", ")}` };
  const { afterSnapshot: _after, ...value } = simulateScenario(state.input, state.snapshot, { leavers: request.leavers, retireBy: request.retireBy ?? null });
  return { ok: true, value };
}
