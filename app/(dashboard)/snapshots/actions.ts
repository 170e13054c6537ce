"use server";

import { notFound, redirect } from "next/navigation";
import { ZSnapshotId } from "@/lib/schemas/snapshots";
import { getDb } from "@/lib/server/db";
import { deletePlanSnapshot, takePlanSnapshot } from "@/lib/server/operations/plan-snapshots";
import { requireUser } from "@/lib/server/session";

const back = (message: string) => redirect(`/snapshots?error=${encodeURIComponent(message)}`);

export async function takeSnapshotAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const outcome = await takePlanSnapshot({ db: getDb(), user, input: { name: String(formData.get("name") ?? "") } });
  if (!outcome.ok) {
    if (outcome.code === "forbidden") notFound();
    back(outcome.message);
    return;
  }
  redirect(`/snapshots/${outcome.value.id}`);
}

export async function deleteSnapshotAction(formData: FormData): Promise<void> {
  const user = await requireUser();
  const id = ZSnapshotId.safeParse(formData.get("id"));
  if (!id.success) return back("no such snapshot");
  const outcome = await deletePlanSnapshot({ db: getDb(), user, id: id.data });
  if (!outcome.ok && outcome.code === "forbidden") notFound();
  redirect(outcome.ok ? "/snapshots?deleted=1" : `/snapshots?error=${encodeURIComponent(outcome.message)}`);
}
