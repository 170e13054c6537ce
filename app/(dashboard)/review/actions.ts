"use server";

import { revalidatePath } from "next/cache";
import type { CalibrationState } from "@/components/review/CalibrationForm";
import { runAction } from "@/lib/server/http/action";
import { calibratePlacement, ZCalibration } from "@/lib/server/operations/talent-review";

export async function calibrateAction(_previous: CalibrationState, formData: FormData): Promise<CalibrationState> {
  const { result } = await runAction({ formData, input: ZCalibration, invalid: (error) => error.issues.map((i) => i.message).join(" ") }, calibratePlacement);
  if (!result.ok) return { message: result.message, tone: "error" };
  revalidatePath("/review");
  return { message: "Moved. The calibration and its reason are in the history below.", tone: "ok" };
}
