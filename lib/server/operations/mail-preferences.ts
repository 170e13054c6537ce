import "server-only";
import { z } from "zod";
import type { MailKind } from "@/lib/mail/messages";
import { DEFAULT_MAIL_PREFERENCES, kindsFor, type MailPreferences } from "@/lib/mail/recipients";
import type { Viewer } from "@/lib/server/access/viewer";
import { recordAudit } from "@/lib/server/infra/audit";
import { mailSettings } from "@/lib/server/infra/env";
import { ok, type Result } from "./result";

// Each signed-in user's own choice of e-mail (docs/notifications.md): the
// where-input is the user's own id, so nobody reads or sets another's.

export interface MailPreferencesView {
  preferences: MailPreferences;
  kinds: MailKind[]; // what this role can receive at all
  mailConfigured: boolean;
  email: string;
}

const fields = { decisions: true, proposals: true, assessmentsDue: true, digest: true } as const;

export async function findMailPreferences(viewer: Viewer): Promise<MailPreferencesView> {
  const { db, user } = viewer;
  const row = await db.mailPreference.findUnique({ where: { userId: user.id }, select: fields });
  return { preferences: row ?? DEFAULT_MAIL_PREFERENCES, kinds: kindsFor(user.role), mailConfigured: mailSettings() !== null, email: user.email };
}

// A checkbox form sends "on" for ticked boxes and nothing for the others.
const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean());
export const ZMailPreferences = z.object({ decisions: checkbox, proposals: checkbox, assessmentsDue: checkbox, digest: checkbox });

export async function updateMailPreferences(viewer: Viewer, input: MailPreferences): Promise<Result<{ changed: boolean }>> {
  const { db, user } = viewer;
  const parsed = ZMailPreferences.parse(input);
  // A kind this role never receives keeps its stored value: the form did not show it.
  const offered = new Set(kindsFor(user.role));
  return db.$transaction(async (tx) => {
    const before = (await tx.mailPreference.findUnique({ where: { userId: user.id }, select: fields })) ?? DEFAULT_MAIL_PREFERENCES;
    const after: MailPreferences = {
      decisions: offered.has("decision") ? parsed.decisions : before.decisions,
      proposals: offered.has("proposal") ? parsed.proposals : before.proposals,
      assessmentsDue: offered.has("assessments_due") ? parsed.assessmentsDue : before.assessmentsDue,
      digest: parsed.digest,
    };
    const changed = (Object.keys(fields) as (keyof MailPreferences)[]).some((key) => before[key] !== after[key]);
    if (!changed) return ok({ changed: false });
    await tx.mailPreference.upsert({ where: { userId: user.id }, create: { userId: user.id, ...after }, update: after });
    await recordAudit(tx, { user, action: "update", entity: "mail_preference", entityId: user.id, before, after });
    return ok({ changed: true });
  });
}
