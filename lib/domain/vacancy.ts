import type { FlightRisk } from "./types";

export type VacancyRisk = "low" | "medium" | "high";

export interface VacancyFacts {
  vacant: boolean;
  retiringSoon: boolean; // retirement on or before as-of + horizon
  retiringWithinWatch: boolean; // retirement on or before as-of + 2 × horizon
  flightRisk: FlightRisk | null; // from the incumbent's latest assessment
}

// SPEC §3. An unassessed incumbent has no known flight risk, so only the
// retirement date can raise their seat above low.
export function vacancyRisk(facts: VacancyFacts): VacancyRisk {
  if (facts.vacant || facts.retiringSoon || facts.flightRisk === "high") return "high";
  if (facts.retiringWithinWatch || facts.flightRisk === "medium") return "medium";
  return "low";
}
