import "server-only";
import { z } from "zod";
import type { RoleKind, Settings } from "@/lib/domain/types";
import { ZSettings, settingsFromRows } from "@/lib/schemas/settings";
import { canAdminister } from "@/lib/server/access/permissions";
import { recordAudit } from "@/lib/server/infra/audit";
import type { Db, Tx } from "@/lib/server/infra/db";
import type { Viewer } from "@/lib/server/access/viewer";
import { fieldErrorsOf, ok, refuse, type Result } from "./result";

// Thresholds (SPEC §3) and the names of the level ladder are HR's to set
// (SPEC §4). Codes, ranks and kinds of rungs stay fixed: imported files and
// the engine's L4+ rules refer to them.

export interface LevelRung {
  code: string;
  name: string;
  rank: number;
  kind: RoleKind;
}

export interface SettingsView {
  settings: Settings;
  levels: LevelRung[];
}

const ZSettingsUpdate = z.object({
  settings: ZSettings,
  levelNames: z.record(z.string(), z.string().trim().min(1, "Give the rung a name").max(60, "At most 60 characters")),
});

const INVALID = "Some settings need another look.";

// Field errors are keyed by the setting's name, or `level.<code>` for a rung.
export interface SettingsUpdate {
  view: SettingsView;
  changed: boolean;
}

async function readView(db: Db | Tx): Promise<SettingsView> {
  const [rows, levels] = await Promise.all([
    db.setting.findMany({ select: { key: true, value: true } }),
    db.level.findMany({ orderBy: { rank: "asc" } }),
  ]);
  return { settings: settingsFromRows(rows), levels: levels.map((l) => ({ ...l, kind: l.kind as RoleKind })) };
}

// Null for anyone but HR and admins; pages turn that into "not found".
export async function findSettings(viewer: Viewer): Promise<SettingsView | null> {
  return canAdminister(viewer) ? readView(viewer.db) : null;
}

function fieldKey(path: readonly PropertyKey[]): string {
  const [head, name] = path;
  return head === "levelNames" ? `level.${String(name)}` : String(name ?? head ?? "form");
}

// A message a person can act on, instead of zod's "expected number, received NaN".
function friendlyMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case "invalid_type":
      if (issue.expected === "boolean") return "Choose on or off";
      return issue.expected === "int" ? "Enter a whole number" : "Enter a number";
    case "too_small":
      return issue.origin === "number" ? `Must be at least ${String(issue.minimum)}` : undefined;
    case "too_big":
      return issue.origin === "number" ? `Must be at most ${String(issue.maximum)}` : undefined;
    default:
      return undefined;
  }
}

const levelMap = (levels: LevelRung[]) => Object.fromEntries(levels.map((l) => [l.code, l.name]));

// `values` comes straight from a form or a request: everything is checked here.
export async function updateSettings(viewer: Viewer, values: unknown): Promise<Result<SettingsUpdate>> {
  const { db, user } = viewer;
  if (!canAdminister(viewer)) return refuse("not_found", "not found");
  const parsed = ZSettingsUpdate.safeParse(values, { error: friendlyMessage });
  if (!parsed.success) return refuse("bad_request", INVALID, fieldErrorsOf(parsed.error.issues, fieldKey));
  const { settings, levelNames } = parsed.data;
  return db.$transaction(async (tx): Promise<Result<SettingsUpdate>> => {
    const before = await readView(tx);
    const unknown = Object.keys(levelNames).filter((code) => !before.levels.some((l) => l.code === code));
    if (unknown.length > 0) return refuse("bad_request", INVALID, Object.fromEntries(unknown.map((c) => [`level.${c}`, "No such level"])));
    const changedKeys = (Object.keys(settings) as (keyof Settings)[]).filter((key) => settings[key] !== before.settings[key]);
    const renamed = before.levels.filter((l) => levelNames[l.code] !== undefined && levelNames[l.code] !== l.name);
    // Saving an unchanged form writes nothing, audit log included.
    if (changedKeys.length === 0 && renamed.length === 0) return ok({ view: before, changed: false });
    for (const key of changedKeys) {
      const value = JSON.stringify(settings[key]);
      await tx.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
    }
    for (const level of renamed) await tx.level.update({ where: { code: level.code }, data: { name: levelNames[level.code] } });
    const after = await readView(tx);
    await recordAudit(tx, {
      user,
      action: "update",
      entity: "setting",
      entityId: "settings",
      before: { ...before.settings, levels: levelMap(before.levels) },
      after: { ...after.settings, levels: levelMap(after.levels) },
    });
    return ok({ view: after, changed: true });
  });
}
