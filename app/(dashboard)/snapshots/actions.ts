"use server";

import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { ZNewSnapshot, ZSnapshotId } from "@/lib/schemas/snapshots";
import { runAction, type ActionOutcome } from "@/lib/server/http/action";
import { deletePlanSnapshot, takePlanSnapshot } from "@/lib/server/operations/plan-snapshots";

// Thin wrappers over the operations the API calls too (they authorize): a
// role that may not write gets the same answer as a page that does not exist.
function refused({ result }: ActionOutcome<unknown>): never {
  if (!result.ok && result.code === "forbidden") notFound();
  redirect(`/snapshots?error=${encodeURIComponent(result.ok ? "" : result.message)}`);
}

export async function takeSnapshotAction(formData: FormData): Promise<void> {
  const outcome = await runAction({ formData, input: ZNewSnapshot, invalid: (error) => error.issues[0]?.message ?? "give the snapshot a name" }, takePlanSnapshot);
  if (!outcome.result.ok) refused(outcome);
  redirect(`/snapshots/${outcome.result.value.id}`);
}

export async function deleteSnapshotAction(formData: FormData): Promise<void> {
  const outcome = await runAction({ formData, input: z.object({ id: ZSnapshotId }), invalid: "no such snapshot" }, (viewer, form) =>
    deletePlanSnapshot(viewer, form.id),
  );
  if (!outcome.result.ok) refused(outcome);
  redirect("/snapshots?deleted=1");
}
