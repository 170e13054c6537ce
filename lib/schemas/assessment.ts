import { z } from "zod";

// The four-and-four functions of SPEC §1 (after Kotter), each scored 1–5.
// The one-line hints are what the form shows, so every assessor reads the
// item the same way.
export const MANAGEMENT_ITEMS = [
  { key: "mgmtPlanning", label: "Planning & budgeting", hint: "Sets targets, plans the steps and budgets the resources to reach them." },
  { key: "mgmtOrganizing", label: "Organizing & staffing", hint: "Designs jobs, hires and places the right people, delegates the work." },
  { key: "mgmtControlling", label: "Controlling & measuring", hint: "Tracks processes, measures results and corrects deviations." },
  { key: "mgmtProblemSolving", label: "Problem solving", hint: "Solves day-to-day problems so the work keeps running." },
] as const;

export const LEADERSHIP_ITEMS = [
  { key: "leadDirection", label: "Setting direction", hint: "Sets a direction and a vision: the what and the why." },
  { key: "leadAlignment", label: "Aligning people", hint: "Gets people to understand and commit to that direction." },
  { key: "leadInspiration", label: "Motivating & inspiring", hint: "Energizes people to overcome obstacles, beyond what control alone achieves." },
  { key: "leadChange", label: "Driving change", hint: "Seizes opportunities and drives change, long-term over short-term." },
] as const;

export const FLIGHT_RISKS = ["low", "medium", "high"] as const;

export type ItemKey = (typeof MANAGEMENT_ITEMS)[number]["key"] | (typeof LEADERSHIP_ITEMS)[number]["key"];

// Form fields arrive as text; an empty one means "not answered", which must
// read as missing rather than coerce to 0.
const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

function scale(what: string, min: number, max: number) {
  const range = `Choose ${what} from ${min} to ${max}.`;
  return z.preprocess(
    (v) => {
      const value = blankToUndefined(v);
      return typeof value === "string" ? Number(value) : value;
    },
    z.number({ error: range }).int({ error: range }).min(min, { error: range }).max(max, { error: range }),
  );
}

const itemShape = Object.fromEntries(
  [...MANAGEMENT_ITEMS, ...LEADERSHIP_ITEMS].map((item) => [item.key, scale(`a score for ${item.label}`, 1, 5)]),
) as Record<ItemKey, ReturnType<typeof scale>>;

export const ZAssessmentValues = z.object({
  performance: scale("performance", 1, 3),
  potential: scale("potential", 1, 3),
  ...itemShape,
  leadershipTimePct: scale("the share of time spent on leadership work", 0, 100),
  flightRisk: z.preprocess(blankToUndefined, z.enum(FLIGHT_RISKS, { error: "Choose a flight risk: low, medium or high." })),
  notes: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.string().trim().max(2000, { error: "Notes are limited to 2,000 characters." }).optional(),
  ),
});

export type AssessmentValues = z.output<typeof ZAssessmentValues>;

// A draft: the same answers, each checked when given, any of them blank.
// Submitting needs them all (ZAssessmentValues).
// Blank fields are dropped first: each answer's own schema reads a blank as
// "not answered" and refuses it, which is right for submitting only.
export const ZAssessmentDraft = z.preprocess(
  (v) => (typeof v === "object" && v !== null ? Object.fromEntries(Object.entries(v).filter(([, x]) => x !== "" && x !== null && x !== undefined)) : v),
  ZAssessmentValues.partial(),
);

// The answers a submitted assessment always has; a draft's may be null.
export const ANSWER_FIELDS = [
  "performance", "potential", ...MANAGEMENT_ITEMS.map((i) => i.key), ...LEADERSHIP_ITEMS.map((i) => i.key), "leadershipTimePct", "flightRisk",
] as const satisfies readonly (keyof AssessmentValues)[];
type AnswerField = (typeof ANSWER_FIELDS)[number];

export type Answered<T> = T & { [K in AnswerField & keyof T]: NonNullable<T[K]> };

// For readers of submitted assessments (the engine, the review, the
// profile): the row with every answer it selected present. Stored rows
// always pass once submitted; the check makes the types say so.
export function isAnswered<T extends object>(row: T): row is Answered<T> {
  return ANSWER_FIELDS.every((field) => !(field in row) || ((row as Record<string, unknown>)[field] !== null && (row as Record<string, unknown>)[field] !== undefined));
}
export type AssessmentField = keyof AssessmentValues;

// The stored answers as the form's text fields. A question never answered
// (notes left empty, say) has no field at all: String(undefined) would put
// the word "undefined" in the box, and saving would keep it.
export function assessmentFormFields(values: Partial<Record<AssessmentField, string | number | null | undefined>>): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const [key, value] of Object.entries(values)) {
    if (value !== null && value !== undefined) fields[key] = String(value);
  }
  return fields;
}
