import "server-only";
import { importCsv, planImport, type ImportKind, type ImportResult, type OnImportProgress, type PlanResult } from "@/lib/import";
import { canAdminister } from "./access";
import { getProvider, type Db } from "./db";
import type { AppUser } from "./users";

interface ImportAsOptions {
  db: Db;
  user: AppUser;
  kind: ImportKind;
  content: Buffer;
  fileName: string;
  onProgress?: OnImportProgress;
  effectiveDate?: string;
}

// Importing is HR's (SPEC §4). The upload page previews and applies through
// here; the CLI is an operator's tool and calls lib/import directly.
export const mayImport = (user: AppUser) => canAdminister(user.role);

export async function previewImportAs(options: ImportAsOptions): Promise<PlanResult | null> {
  if (!mayImport(options.user)) return null;
  const { db, kind, content, fileName, onProgress, effectiveDate } = options;
  return planImport({ db, provider: getProvider(), kind, content, fileName, onProgress, effectiveDate });
}

export async function applyImportAs(options: ImportAsOptions): Promise<ImportResult | null> {
  if (!mayImport(options.user)) return null;
  const { db, user, kind, content, fileName, onProgress, effectiveDate } = options;
  return importCsv({ db, provider: getProvider(), kind, content, fileName, onProgress, effectiveDate, actor: { label: user.email, userId: user.id } });
}
