// Vocabulary of the slates the generator writes (SPEC §2 and §6).

export type Readiness = "ready_now" | "1_2_years" | "3_plus_years";
/** Statuses nominations.csv can carry. */
export type CsvStatus = "proposed" | "approved" | "declined";
/** Statuses only reachable through the product after import. */
export type LifecycleStatus = "withdrawn" | "succeeded";

export interface NominationDraft {
  seat: number;
  candidate: number;
  nominatedBy: number;
  readiness: Readiness;
  status: CsvStatus;
  emergency: boolean;
  rationale: string;
}
