import type { Transition, TransitionId } from "./ladder";
import type { OrgTree } from "./org-tree";
import type { PersonDerived } from "./people";
import type { GapRow } from "./positions";
import type { Settings } from "./types";

export interface PipelineRow {
  orgUnitId: string | null; // null: the whole organization
  orgUnitName: string | null;
  depth: number; // 0 for the whole organization, 1 for a top-level unit
  transition: TransitionId;
  fromLevels: string[];
  toLevel: string;
  openings: number;
  ready: number;
  gap: number;
}

export type PipelinePosition = Pick<GapRow, "orgUnitPath" | "level" | "vacancyRisk">;
export type PipelinePerson = Pick<PersonDerived, "active" | "orgUnitId" | "levelCode" | "potential" | "scores">;

export interface PipelineInput {
  tree: OrgTree;
  transitions: readonly Transition[];
  positions: Iterable<PipelinePosition>;
  people: Iterable<PipelinePerson>; // leavers are skipped here
  settings: Pick<Settings, "pipelinePotentialMin" | "readyScoreMin">;
}

// Ready to step up: still here, enough potential, and the capability the next rung asks
// for (SPEC §3). A missing score is never ready.
export function isReadyFor(transition: Transition, person: PipelinePerson, settings: PipelineInput["settings"]): boolean {
  const score = person.scores[transition.score];
  return person.active && person.potential !== null && person.potential >= settings.pipelinePotentialMin && score !== null && score >= settings.readyScoreMin;
}

function indexByLevel(transitions: readonly Transition[], pick: (t: Transition) => string[]): Map<string, number[]> {
  const map = new Map<string, number[]>();
  transitions.forEach((t, i) => {
    for (const code of pick(t)) map.set(code, [...(map.get(code) ?? []), i]);
  });
  return map;
}

// Openings and ready people of every unit count its whole subtree; the
// organization row also counts anything placed in a unit the engine was not
// given, so it can exceed the sum of the top-level units.
export function computePipeline(input: PipelineInput): PipelineRow[] {
  const { tree, transitions, settings } = input;
  const t = transitions.length;
  const slots = (tree.units.length + 1) * t; // slot 0..t-1 is the organization
  const openings = new Int32Array(slots);
  const ready = new Int32Array(slots);
  const byTarget = indexByLevel(transitions, (tr) => [tr.toLevel]);
  const bySource = indexByLevel(transitions, (tr) => tr.fromLevels);

  const addUp = (counts: Int32Array, orgUnitId: string, transition: number) => {
    counts[transition] = (counts[transition] ?? 0) + 1;
    const unit = tree.indexOf(orgUnitId);
    if (unit === undefined) return;
    for (const u of tree.chainOf(unit)) {
      const slot = (u + 1) * t + transition;
      counts[slot] = (counts[slot] ?? 0) + 1;
    }
  };

  for (const position of input.positions) {
    if (position.vacancyRisk !== "high") continue;
    for (const i of byTarget.get(position.level) ?? []) addUp(openings, position.orgUnitPath, i);
  }
  for (const person of input.people) {
    if (!person.active) continue;
    for (const i of bySource.get(person.levelCode) ?? []) {
      const transition = transitions[i];
      if (transition && isReadyFor(transition, person, settings)) addUp(ready, person.orgUnitId, i);
    }
  }

  const rows: PipelineRow[] = [];
  const emit = (slotBase: number, orgUnitId: string | null, orgUnitName: string | null, depth: number) => {
    transitions.forEach((transition, i) => {
      const o = openings[slotBase + i] ?? 0;
      const r = ready[slotBase + i] ?? 0;
      rows.push({
        orgUnitId,
        orgUnitName,
        depth,
        transition: transition.id,
        fromLevels: [...transition.fromLevels],
        toLevel: transition.toLevel,
        openings: o,
        ready: r,
        gap: Math.max(0, o - r),
      });
    });
  };
  emit(0, null, null, 0);
  // A company root would repeat the organization's rows under another name.
  tree.units.forEach((unit, u) => {
    if (u !== tree.root) emit((u + 1) * t, unit.id, unit.name, tree.depthOf(u));
  });
  return rows;
}
