// Fields of audited records that hold another record's key, and what kind of
// record it is: the audit log shows the name behind the key. Pure, so the view
// that looks the names up and the table that prints them agree.

export type ReferenceKind = "person" | "position" | "user" | "cycle";

export const REFERENCE_FIELDS: Record<string, ReferenceKind> = {
  personId: "person",
  candidateId: "person",
  nominatedById: "person",
  assessorId: "person",
  managerId: "person",
  incumbentId: "person",
  positionId: "position",
  decidedById: "user",
  proposedById: "user",
  byUserId: "user",
  userId: "user",
  cycleId: "cycle",
};

// The record an event is about, when its id is itself a key worth a name.
const ENTITY_KINDS: Record<string, ReferenceKind> = { person: "person", position: "position", user: "user" };
export const entityReferenceKind = (entity: string): ReferenceKind | null => ENTITY_KINDS[entity] ?? null;

// Names by kind and key, only for the records the viewer may see; a key
// without a name is shown as the key.
export type AuditNames = Record<ReferenceKind, Record<string, string>>;
export const NO_NAMES: AuditNames = { person: {}, position: {}, user: {}, cycle: {} };

function objectOf(text: string | null): Record<string, unknown> {
  if (!text) return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

// Every key the events refer to, by kind, for one lookup per kind.
export function referencedKeys(events: readonly { entity: string; entityId: string; before: string | null; after: string | null }[]): Record<ReferenceKind, string[]> {
  const keys: Record<ReferenceKind, Set<string>> = { person: new Set(), position: new Set(), user: new Set(), cycle: new Set() };
  for (const e of events) {
    const own = entityReferenceKind(e.entity);
    if (own) keys[own].add(e.entityId);
    for (const record of [objectOf(e.before), objectOf(e.after)]) {
      for (const [field, value] of Object.entries(record)) {
        const kind = REFERENCE_FIELDS[field];
        if (kind && (typeof value === "string" || typeof value === "number")) keys[kind].add(String(value));
      }
    }
  }
  return { person: [...keys.person], position: [...keys.position], user: [...keys.user], cycle: [...keys.cycle] };
}
