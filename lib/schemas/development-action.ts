import { z } from "zod";
import { ZIsoDate } from "./api";

export const DEVELOPMENT_KINDS = ["mentoring", "stretch_assignment", "course", "rotation", "coaching"] as const;
export const DEVELOPMENT_GOALS = ["manage", "lead"] as const;

export const DEVELOPMENT_KIND_LABELS: Record<(typeof DEVELOPMENT_KINDS)[number], string> = {
  mentoring: "Mentoring",
  stretch_assignment: "Stretch assignment",
  course: "Course",
  rotation: "Rotation",
  coaching: "Coaching",
};

// A development action proposed for a person (SPEC §2): what kind, whether
// it builds management or leadership capability, by when.
export const ZDevelopmentActionInput = z.object({
  kind: z.enum(DEVELOPMENT_KINDS, { error: "Choose what kind of action this is." }),
  goal: z.enum(DEVELOPMENT_GOALS, { error: "Choose whether it builds managing or leading." }),
  description: z.string().trim().max(500, "Keep the description under 500 characters.").optional().transform((v) => (v ? v : undefined)),
  dueDate: z
    .union([z.literal(""), ZIsoDate])
    .optional()
    .transform((v) => (v ? v : undefined)),
});
export type DevelopmentActionInput = z.infer<typeof ZDevelopmentActionInput>;
