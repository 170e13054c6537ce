"use server";

import { revalidatePath } from "next/cache";
import type { CalibrationState } from "@/components/review/CalibrationForm";
import { getDb } from "@/lib/server/infra/db";
import { requireUser } from "@/lib/server/auth/session";
import { calibratePlacement } from "@/lib/server/operations/talent-review";

export async function calibrateAction(_previous: CalibrationState, formData: FormData): Promise<CalibrationState> {
  const user = await requireUser();
  const values: Record<string, string> = {};
  for (const [key, value] of formData) if (typeof value === "string" && !key.startsWith("$")) values[key] = value;
  const outcome = await calibratePlacement({ db: getDb(), user, values });
  if (!outcome.ok) return { message: outcome.message, tone: "error" };
  revalidatePath("/review");
  return { message: "Moved. The calibration and its reason are in the history below.", tone: "ok" };
}
