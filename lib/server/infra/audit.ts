import "server-only";
import type { Tx } from "./db";
import type { AppUser } from "@/lib/server/auth/users";
import { bumpDataVersion } from "@/lib/server/state/data-version";

// Every write goes through here inside its own transaction: the audit log is
// the record of who changed what, and the same call bumps the data version
// that every instance's cached organization state follows
// (lib/server/state/data-version.ts).
export async function recordAudit(
  tx: Tx,
  event: { user: AppUser; action: string; entity: string; entityId: string | number; before: unknown; after: unknown },
): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorUserId: event.user.id,
      actorLabel: event.user.email,
      action: event.action,
      entity: event.entity,
      entityId: String(event.entityId),
      before: event.before === null || event.before === undefined ? null : JSON.stringify(event.before),
      after: event.after === null || event.after === undefined ? null : JSON.stringify(event.after),
    },
  });
  await bumpDataVersion(tx, { entity: event.entity, entityId: event.entityId });
}
