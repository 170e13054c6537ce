"use server";

import { notFound } from "next/navigation";
import { MAX_UPLOAD_BYTES, type ImportState } from "@/components/import/state";
import { isImportKind } from "@/lib/import";
import { canAdminister } from "@/lib/server/access";
import { getDb } from "@/lib/server/db";
import { applyImportAs, previewImportAs } from "@/lib/server/imports";
import { requireUser } from "@/lib/server/session";

// One action for both steps. Apply posts the same file again rather than
// trusting anything the browser kept from the preview: importCsv validates
// the whole file once more inside its transaction, so what is written is
// exactly what was checked, and a file changed in between is simply re-judged.
export async function importAction(_previous: ImportState, formData: FormData): Promise<ImportState> {
  const user = await requireUser();
  // Importing is HR's (SPEC §4); the same answer as a page that does not exist.
  if (!canAdminister(user.role)) notFound();
  const kind = formData.get("kind");
  const file = formData.get("file");
  if (typeof kind !== "string" || !isImportKind(kind)) return { step: "rejected", message: "Choose what kind of file this is." };
  if (!(file instanceof File) || file.size === 0) return { step: "rejected", message: "Choose a CSV file to upload." };
  if (file.size > MAX_UPLOAD_BYTES) return { step: "rejected", message: "That file is over 1 MB; import it with the command line tool (npm run baton import)." };
  const options = { db: getDb(), user, kind, content: Buffer.from(await file.arrayBuffer()), fileName: file.name };
  if (formData.get("intent") === "apply") {
    const applied = await applyImportAs(options);
    return applied ? { step: "applied", result: applied } : notFound();
  }
  const previewed = await previewImportAs(options);
  return previewed ? { step: "previewed", result: previewed } : notFound();
}
