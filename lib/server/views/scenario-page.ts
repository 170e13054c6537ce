import "server-only";
import { buildOrgTree, scenarioChains, type ChainLink, type HeatmapCellChange, type ScenarioFigures, type UnfilledReason } from "@/lib/domain";
import type { ScenarioPageQuery } from "@/lib/schemas/scenarios";
import { canPlayScenarios, canSaveScenarios, seesAssessmentOf } from "@/lib/server/access/permissions";
import type { Viewer } from "@/lib/server/access/viewer";
import { findSavedScenario, findSavedScenarios, type SavedScenarioView } from "@/lib/server/operations/scenarios";
import { foldedNameOf, foldForSearch } from "@/lib/server/state/name-search";
import type { OrgState } from "@/lib/server/state/org-state";
import { findScenario } from "./scenarios";

// The /scenarios screen (SPEC §9): the inputs from the address, a name
// search to pick leavers, and the simulated chain decorated with names,
// titles and levels. The cascade itself is lib/domain/scenario.ts.

export interface PersonRef {
  employeeId: string;
  name: string;
}

export interface SeatRef {
  positionId: string;
  title: string;
  level: string;
  levelName: string;
  orgUnitPath: string;
}

export interface ChainNode {
  seat: SeatRef;
  vacatedBy: PersonRef;
  depth: number;
  step: number | null;
  // score is undefined when the viewer may not read the mover's assessment (executives).
  mover: { person: PersonRef; fromLevel: string; fromLevelName: string; scoreName: "leadership" | "management"; score?: number | null } | null;
  unfilled: { reason: UnfilledReason; blocked: { person: PersonRef; why: "leaving" | "moved" }[] } | null;
  next: ChainNode[];
}

export interface LeaverRef extends PersonRef {
  seats: string[]; // titles of the seats they hold
  named: boolean; // picked by name, not (only) by the retire-by date
}

export interface SearchHit extends PersonRef {
  level: string;
  seats: string[];
  chosen: boolean;
}

export interface ScenarioOutcome {
  leavers: LeaverRef[];
  chains: ChainNode[];
  moveCount: number;
  unfilled: ChainNode[]; // the links that stayed unfilled, chain by chain
  depth: number;
  before: ScenarioFigures;
  after: ScenarioFigures;
  heatmapChanges: ScenarioCellChange[];
}

// A changed heatmap cell with where it sits: the page leads with the whole
// organization and the divisions (depth 0 and 1, the org-tree rule) and
// names deeper units by their path, since "Sales" can be several units.
export interface ScenarioCellChange extends HeatmapCellChange {
  orgUnitPath: string | null;
  depth: number;
}

export interface ScenarioPageView {
  asOf: string;
  leavers: string[]; // as in the address
  chosen: PersonRef[]; // the same, with names
  retireBy: string | null;
  q: string;
  problem: string | null; // a refusal of the inputs, in words
  search: SearchHit[] | null;
  outcome: ScenarioOutcome | null;
  canSave: boolean;
  saved: SavedScenarioView | null; // the saved scenario the address opened
  savedList: SavedScenarioView[];
}

const SEARCH_LIMIT = 20;

function refs(state: OrgState) {
  const levelName = new Map(state.snapshot.levels.map((l) => [l.code, l.name]));
  const positions = new Map(state.input.positions.map((p) => [p.positionId, p]));
  const seatsOf = new Map<string, string[]>();
  for (const p of state.input.positions) if (p.incumbentId !== null) seatsOf.set(p.incumbentId, [...(seatsOf.get(p.incumbentId) ?? []), p.title]);
  const person = (employeeId: string): PersonRef => ({ employeeId, name: state.names.get(employeeId) ?? employeeId });
  const seat = (positionId: string): SeatRef => {
    const p = positions.get(positionId);
    const level = p?.levelCode ?? "";
    return { positionId, title: p?.title ?? positionId, level, levelName: levelName.get(level) ?? level, orgUnitPath: p?.orgUnitId ?? "" };
  };
  return { person, seat, seatsOf, levelName };
}

// Active people whose name, employee id or seat title holds the words.
function searchPeople(state: OrgState, q: string, chosen: ReadonlySet<string>, seatsOf: ReadonlyMap<string, string[]>): SearchHit[] {
  const words = foldForSearch(q).split(/\s+/).filter(Boolean);
  const hits: SearchHit[] = [];
  for (const p of state.input.people) {
    if (!p.active) continue;
    const seats = seatsOf.get(p.employeeId) ?? [];
    // Case and accents ignored, as in every name search.
    const text = `${foldedNameOf(state, p.employeeId)} ${p.employeeId.toLowerCase()} ${foldForSearch(seats.join(" "))}`;
    if (!words.every((w) => text.includes(w))) continue;
    hits.push({ employeeId: p.employeeId, name: p.name, level: p.levelCode, seats, chosen: chosen.has(p.employeeId) });
    if (hits.length >= SEARCH_LIMIT) break;
  }
  return hits;
}

export async function findScenarioPage(viewer: Viewer, asked: ScenarioPageQuery): Promise<ScenarioPageView | null> {
  if (!canPlayScenarios(viewer)) return null;
  // A saved scenario is its inputs: opening one plays them on today's data.
  const [saved, savedList] = await Promise.all([asked.saved ? findSavedScenario(viewer, asked.saved) : null, findSavedScenarios(viewer)]);
  const query = saved ? { ...asked, leavers: saved.leavers, retireBy: saved.retireBy ?? undefined } : asked;
  const state = await viewer.state();
  const { person, seat, seatsOf, levelName } = refs(state);
  const q = query.q ?? "";
  const view: ScenarioPageView = {
    asOf: viewer.asOf,
    leavers: query.leavers,
    chosen: query.leavers.map(person),
    retireBy: query.retireBy ?? null,
    q,
    problem: null,
    search: q.length > 0 ? searchPeople(state, q, new Set(query.leavers), seatsOf) : null,
    outcome: null,
    canSave: canSaveScenarios(viewer),
    saved,
    savedList: savedList ?? [],
  };
  if (asked.saved && !saved) return { ...view, problem: "No such saved scenario: it may have been deleted." };
  if (query.leavers.length === 0 && query.retireBy === undefined) return view;

  const outcome = await findScenario(viewer, { asOf: viewer.asOf, leavers: query.leavers, retireBy: query.retireBy });
  if (!outcome.ok) return { ...view, problem: outcome.message.replace(/^leavers: /, "") };
  const result = outcome.value;
  const named = new Set(query.leavers);
  const people = state.snapshot.people;
  const decorate = (link: ChainLink): ChainNode => {
    const kind = state.snapshot.positionDetails[state.snapshot.positionIndex.get(link.positionId) ?? -1]?.levelKind;
    const scoreName = kind === "leadership" ? "leadership" : "management";
    const filler = link.move ? people.get(link.move.filledBy) : undefined;
    return {
      seat: seat(link.positionId),
      vacatedBy: person(link.vacatedBy),
      depth: link.depth,
      step: link.move?.step ?? null,
      mover:
        link.move && filler
          ? {
              person: person(link.move.filledBy),
              fromLevel: filler.levelCode,
              fromLevelName: levelName.get(filler.levelCode) ?? filler.levelCode,
              scoreName,
              ...(seesAssessmentOf(viewer, link.move.filledBy) ? { score: scoreName === "leadership" ? filler.scores.leadScore : filler.scores.mgmtScore } : {}),
            }
          : null,
      unfilled: link.unfilled ? { reason: link.unfilled.reason, blocked: link.unfilled.blocked.map((b) => ({ person: person(b.employeeId), why: b.why })) } : null,
      next: link.next.map(decorate),
    };
  };
  const chains = scenarioChains(result).map(decorate);
  const unfilled: ChainNode[] = [];
  const collect = (node: ChainNode) => {
    if (node.unfilled) unfilled.push(node);
    node.next.forEach(collect);
  };
  chains.forEach(collect);
  return {
    ...view,
    outcome: {
      leavers: result.leavers.map((id) => ({ ...person(id), seats: seatsOf.get(id) ?? [], named: named.has(id) })),
      chains,
      moveCount: result.moves.length,
      unfilled,
      depth: result.depth,
      before: result.before,
      after: result.after,
      heatmapChanges: placeCellChanges(state, result.heatmapChanges),
    },
  };
}

function placeCellChanges(state: OrgState, changes: readonly HeatmapCellChange[]): ScenarioCellChange[] {
  const tree = buildOrgTree(state.input.orgUnits);
  return changes.map((change) => {
    const index = change.orgUnitId === null ? undefined : tree.indexOf(change.orgUnitId);
    return { ...change, orgUnitPath: index === undefined ? null : (tree.units[index]?.id ?? null), depth: index === undefined ? 0 : tree.depthOf(index) };
  });
}
