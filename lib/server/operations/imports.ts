import "server-only";
import { importCsv, planImport, type ImportKind, type ImportResult, type OnImportProgress, type PlanResult } from "@/lib/import";
import { canAdminister } from "@/lib/server/access/permissions";
import { getProvider } from "@/lib/server/infra/db";
import type { Viewer } from "@/lib/server/access/viewer";

interface ImportAsOptions {
  kind: ImportKind;
  content: Buffer;
  fileName: string;
  sheet?: string;
  onProgress?: OnImportProgress;
  // Back-filling (SPEC §8): the day the file's changes took effect.
  effectiveDate?: string;
}

// Importing is HR's (SPEC §4). The upload page previews and applies through
// here; the CLI is an operator's tool and calls lib/import directly.
export const mayImport = canAdminister;

export async function previewImportAs(viewer: Viewer, options: ImportAsOptions): Promise<PlanResult | null> {
  const { db } = viewer;
  if (!mayImport(viewer)) return null;
  const { kind, content, fileName, sheet, onProgress, effectiveDate } = options;
  return planImport({ db, provider: getProvider(), kind, content, fileName, sheet, onProgress, effectiveDate });
}

export async function applyImportAs(viewer: Viewer, options: ImportAsOptions): Promise<ImportResult | null> {
  const { db, user } = viewer;
  if (!mayImport(viewer)) return null;
  const { kind, content, fileName, sheet, onProgress, effectiveDate } = options;
  return importCsv({ db, provider: getProvider(), kind, content, fileName, sheet, onProgress, effectiveDate, actor: { label: user.email, userId: user.id } });
}
