import "server-only";
import { importCsv, planImport, type ImportKind, type ImportResult, type PlanResult } from "@/lib/import";
import { canAdminister } from "./access";
import { getProvider, type Db } from "./db";
import type { AppUser } from "./users";

// Importing is HR's (SPEC §4). The upload page previews and applies through
// here; the CLI is an operator's tool and calls lib/import directly.
export async function previewImportAs(options: { db: Db; user: AppUser; kind: ImportKind; content: Buffer; fileName: string }): Promise<PlanResult | null> {
  if (!canAdminister(options.user.role)) return null;
  return planImport({ db: options.db, provider: getProvider(), kind: options.kind, content: options.content, fileName: options.fileName });
}

export async function applyImportAs(options: { db: Db; user: AppUser; kind: ImportKind; content: Buffer; fileName: string }): Promise<ImportResult | null> {
  if (!canAdminister(options.user.role)) return null;
  const { db, user, kind, content, fileName } = options;
  return importCsv({ db, provider: getProvider(), kind, content, fileName, actor: { label: user.email, userId: user.id } });
}
