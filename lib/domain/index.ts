// The readiness and risk engine: pure functions of EngineInput. The server
// layer loads the input and calls computeSnapshot; the pieces are exported
// for screens that need one rule on its own (a profile's score history, a
// slate's bench strength while it is being edited).
export * from "./types";
export { computeSnapshot, findPosition, type Snapshot } from "./snapshot";
export { addMonths, daysInMonth, formatIsoDate, fullMonthsBetween, isIsoDate, parseIsoDate, type CalendarDate } from "./dates";
export {
  itemScore,
  latestAssessments,
  scoreAssessment,
  scoreHistory,
  type AssessmentScores,
  type CycleScore,
  type LatestAssessment,
  type PersonScores,
} from "./scores";
export { isRetirementOverdue, isRetiringSoon, isRetiringWithinWatch, retirementOf, retirementWindows, type Retirement, type RetirementWindows } from "./retirement";
export { assessStuck, type NotStuckReason, type StuckCondition, type StuckEvidence, type StuckFacts } from "./stuck";
export { buildLadder, deriveTransitions, DEFAULT_LEVELS, type Ladder, type Transition, type TransitionId } from "./ladder";
export { buildOrgTree, companyRootOf, divisionsOf, type OrgTree } from "./org-tree";
export { vacancyRisk, type VacancyFacts, type VacancyRisk } from "./vacancy";
export {
  benchStrength,
  countByReadiness,
  orgBenchStrength,
  totalSuccessors,
  type BenchStrength,
  type OrgBenchStrength,
  type SuccessorCounts,
} from "./successors";
export { maximumMatchingSize, type BipartiteGraph } from "./matching";
export {
  GAP_FLAGS,
  gapFlags,
  isReadinessMismatch,
  isWatched,
  singlePointReasons,
  type FlagFacts,
  type GapFlag,
  zeroFlagCounts,
  type SinglePointReason,
} from "./flags";
export {
  coverage,
  HIGH_RISK_THRESHOLD,
  IMPACT_WEIGHT,
  MAX_COVERAGE,
  positionRisk,
  VACANCY_PROBABILITY,
  VACANT_PROBABILITY,
  type RiskFacts,
} from "./risk";
export { derivePerson, derivePeople, type PersonDerived } from "./people";
export { evaluatePositions, type GapRow, type PositionDetail } from "./positions";
export { computePipeline, isReadyFor, type PipelinePerson, type PipelinePosition, type PipelineRow } from "./pipeline";
export { computeHeatmap, type HeatmapPosition, type HeatmapRow } from "./heatmap";
export {
  figuresOf,
  scenarioLeavers,
  simulateScenario,
  type HeatmapCellChange,
  type ScenarioFigures,
  type ScenarioInput,
  type ScenarioMove,
  type ScenarioResult,
  type ScenarioUnfilled,
  type UnfilledReason,
} from "./scenario";
export { chainLength, scenarioChains, type ChainLink } from "./scenario-chains";
export {
  DEFAULT_FIT_WEIGHTS,
  FIT_GAINS,
  FIT_PARTS,
  FIT_PENALTIES,
  fitFactors,
  fitScore,
  fitWeightsOf,
  relevantScoreName,
  type FitCandidate,
  type FitFactors,
  type FitPart,
  type FitScore,
  type FitWeights,
} from "./suggestions";
export { CRITICAL_WEIGHT, exposure, LEVEL_WEIGHT, levelWeights, mostExposed, type ExposureFacts, type LevelWeight } from "./exposure";
export { comparePlans, type PlanComparison, type PlanSeat, type SeatChange } from "./plan-compare";
export { asOfMode, monthEndsBefore, type AsOfMode } from "./history";
