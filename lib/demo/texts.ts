import type { Readiness } from "./nominations-types";

// Free text a reviewer or nominator would type. Several lines carry commas,
// double quotes and line breaks on purpose: the CSV round trip must survive them.

export const GENERAL_NOTES: readonly string[] = [
  "Solid year, delivered what was promised.",
  "Strong quarter, closed the \"Atlas\" migration two weeks early.",
  "Delegates well; coaching two new leads.",
  "Needs more exposure to customers, budget owners and other divisions.",
  "Asked for a stretch assignment.\nAgreed to a six-month rotation.",
  "Consistent, reliable, quiet; the team leans on them in crunch weeks.",
  "Peers describe them as \"the person who makes the plan real\".",
  "Returned from parental leave in March; ramped up quickly.",
  "Mentors three juniors, runs the internal guild.",
];

export const MANAGER_NOT_LEADER_NOTES: readonly string[] = [
  "Great manager, not yet a leader: plans, budgets and tracks well; rarely says why.",
  "Runs a tight process.\nNeeds to set direction, not just track it.",
  "Excellent at the \"how\" and the \"when\"; the \"what\" and \"why\" come from above.",
];

export const LEADER_NOTES: readonly string[] = [
  "Sets direction people follow, even outside their own team.",
  "Drove the reorganisation of the region; people still quote the kick-off.",
  "Natural leader, sometimes light on follow-through, planning and controls.",
];

export const STUCK_NOTES: readonly string[] = [
  "Still runs the weekly operations review personally and signs off every purchase order.",
  "Team says \"every decision goes through the director\".\nNo deputy named after two years.",
  "Promoted for running the best team in the division; still runs it, in effect, from the director's chair.",
];

export const FLIGHT_NOTES: readonly string[] = [
  "Approached by a competitor in the summer; retention talk held.",
  "Relocation request pending, may leave if declined.",
];

export const RATIONALES: Record<Readiness, readonly string[]> = {
  ready_now: [
    "Covered the seat during the incumbent's leave; the team followed without friction.",
    "Has run the largest team in the unit for three years, with results, and is respected across it.",
    "Ready today: owns the budget, the roadmap and the relationships already.",
    "Acted as interim head twice, \"no drop in anything\" per the incumbent.",
  ],
  "1_2_years": [
    "Strong operator; needs a stretch assignment that sets direction, not just delivers it.",
    "Ready after one more budget cycle and a cross-division rotation.",
    "Manages very well; leadership still developing, mentoring with an executive agreed.",
    "Good bet for the seat.\nNeeds exposure to the board and to the customer side.",
  ],
  "3_plus_years": [
    "Long-term bet: high potential, still new to managing managers.",
    "Early in the career, but the sharpest strategic thinker on the team.",
    "Needs several years and two different roles before this seat, but worth naming now.",
  ],
};
