"use server";

import { revalidatePath } from "next/cache";
import type { CalibrationState } from "@/components/review/CalibrationForm";
import { runAction } from "@/lib/server/http/action";
import { calibratePlacement, openCycle, ZCalibration, ZNewCycle } from "@/lib/server/operations/talent-review";

export async function calibrateAction(_previous: CalibrationState, formData: FormData): Promise<CalibrationState> {
  const { result } = await runAction({ formData, input: ZCalibration, invalid: (error) => error.issues.map((i) => i.message).join(" ") }, calibratePlacement);
  if (!result.ok) return { message: result.message, tone: "error" };
  revalidatePath("/review");
  return { message: "Moved. The calibration and its reason are in the history below.", tone: "ok" };
}

export async function openCycleAction(_previous: CalibrationState, formData: FormData): Promise<CalibrationState> {
  const { result } = await runAction({ formData, input: ZNewCycle, invalid: (error) => error.issues.map((i) => i.message).join(" ") }, openCycle);
  if (!result.ok) return { message: result.message, tone: "error" };
  revalidatePath("/review");
  const told = result.value.mailed === 0 ? "" : ` ${result.value.mailed} manager${result.value.mailed === 1 ? " is" : "s are"} told by e-mail.`;
  return { message: `Cycle ${result.value.name} is open.${told}`, tone: "ok" };
}
