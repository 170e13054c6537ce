import type { Transition, TransitionId } from "./ladder";
import { unitSlotRows, type OrgTree } from "./org-tree";
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

// The pipeline's counters, kept so that a changed seat or person can be taken
// out and put back (lib/domain/engine-state.ts).
export interface PipelineTally {
  tree: OrgTree;
  transitions: readonly Transition[];
  settings: PipelineInput["settings"];
  byTarget: ReadonlyMap<string, number[]>;
  bySource: ReadonlyMap<string, number[]>;
  openings: Int32Array;
  ready: Int32Array;
  // The slots changed since pipelineRows last read this tally (null while it
  // is first filled).
  dirty: Set<number> | null;
}

function addUp(tally: PipelineTally, counts: Int32Array, orgUnitId: string, transition: number, sign: 1 | -1) {
  const t = tally.transitions.length;
  counts[transition] = (counts[transition] ?? 0) + sign;
  tally.dirty?.add(transition);
  const unit = tally.tree.indexOf(orgUnitId);
  if (unit === undefined) return;
  for (const u of tally.tree.chainOf(unit)) {
    const slot = (u + 1) * t + transition;
    counts[slot] = (counts[slot] ?? 0) + sign;
    tally.dirty?.add(slot);
  }
}

export function tallyPipelinePosition(tally: PipelineTally, position: PipelinePosition, sign: 1 | -1): void {
  if (position.vacancyRisk !== "high") return;
  for (const i of tally.byTarget.get(position.level) ?? []) addUp(tally, tally.openings, position.orgUnitPath, i, sign);
}

export function tallyPipelinePerson(tally: PipelineTally, person: PipelinePerson, sign: 1 | -1): void {
  if (!person.active) return;
  for (const i of tally.bySource.get(person.levelCode) ?? []) {
    const transition = tally.transitions[i];
    if (transition && isReadyFor(transition, person, tally.settings)) addUp(tally, tally.ready, person.orgUnitId, i, sign);
  }
}

export function createPipelineTally(input: PipelineInput): PipelineTally {
  const { tree, transitions, settings } = input;
  const slots = (tree.units.length + 1) * transitions.length; // slot 0..t-1 is the organization
  const tally: PipelineTally = {
    tree,
    transitions,
    settings,
    byTarget: indexByLevel(transitions, (tr) => [tr.toLevel]),
    bySource: indexByLevel(transitions, (tr) => tr.fromLevels),
    openings: new Int32Array(slots),
    ready: new Int32Array(slots),
    dirty: null,
  };
  for (const position of input.positions) tallyPipelinePosition(tally, position, 1);
  for (const person of input.people) tallyPipelinePerson(tally, person, 1);
  return tally;
}

// Openings and ready people of every unit count its whole subtree; the
// organization row also counts anything placed in a unit the engine was not
// given, so it can exceed the sum of the top-level units.
function rowAt(tally: PipelineTally, slot: number): PipelineRow {
  const { tree, transitions } = tally;
  const row = Math.floor(slot / transitions.length);
  const unit = row === 0 ? null : tree.units[row - 1]!;
  const transition = transitions[slot % transitions.length]!;
  const o = tally.openings[slot] ?? 0;
  const r = tally.ready[slot] ?? 0;
  return {
    orgUnitId: unit?.id ?? null,
    orgUnitName: unit?.name ?? null,
    depth: row === 0 ? 0 : tree.depthOf(row - 1),
    transition: transition.id,
    fromLevels: [...transition.fromLevels],
    toLevel: transition.toLevel,
    openings: o,
    ready: r,
    gap: Math.max(0, o - r),
  };
}

// The organization's transitions first, then each unit's (a company root's
// excepted, unitSlotRows). `previous`: the rows this tally gave last time, of
// which only the changed slots are rebuilt.
export function pipelineRows(tally: PipelineTally, previous?: readonly PipelineRow[]): PipelineRow[] {
  const changed = tally.dirty;
  tally.dirty = new Set();
  return unitSlotRows(tally.tree, tally.transitions.length, (slot) => rowAt(tally, slot), previous, changed);
}

export function computePipeline(input: PipelineInput): PipelineRow[] {
  return pipelineRows(createPipelineTally(input));
}
