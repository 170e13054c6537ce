import { IMPORT_SOURCE_FIELD } from "@/lib/import/audit-changes";

// How an audit event's before and after (JSON text) read in a table: one
// line per field, "field: before → after" for a change, "field: value" for a
// record created. Shared by the audit page and the profile's history; no I/O.

function parse(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const show = (value: unknown) => (value === null || value === undefined ? "∅" : typeof value === "string" ? value : JSON.stringify(value));

// Timestamps change on every write and say nothing the event's time doesn't.
const NOT_SHOWN = new Set(["createdAt", "updatedAt", IMPORT_SOURCE_FIELD]);

export interface DescribedChanges {
  lines: string[];
  // Where the change came from, when not the app: "import people.csv".
  source: string | null;
}

export function describeChanges(before: string | null, after: string | null): DescribedChanges {
  const a = parse(before);
  const b = parse(after);
  const source = typeof b?.[IMPORT_SOURCE_FIELD] === "string" ? (b[IMPORT_SOURCE_FIELD] as string) : null;
  if (!b) return { lines: a ? ["(removed)"] : [], source };
  const shown = (key: string) => !NOT_SHOWN.has(key);
  if (!a) return { lines: Object.entries(b).filter(([key]) => shown(key)).map(([key, value]) => `${key}: ${show(value)}`), source };
  const lines = Object.keys({ ...a, ...b })
    .filter((key) => shown(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => `${key}: ${show(a[key])} → ${show(b[key])}`);
  return { lines, source };
}
