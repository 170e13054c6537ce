import { IMPORT_SOURCE_FIELD } from "@/lib/import/audit-changes";
import { AUDIT_FIELD_LABELS, SETTING_LABELS, auditValueLabel } from "@/lib/labels";
import { DEFAULT_LOCALE, formatDate, formatDateTime } from "@/lib/format/dates";
import { NO_NAMES, REFERENCE_FIELDS, type AuditNames } from "./references";

// How an audit event's before and after (JSON text) read in a table: one
// line per field, "Field: before → after" for a change, "Field: value" for a
// record created, in words: a field's label, a code's label, the name behind
// a key. Shared by the audit page and the profile's history; no I/O.

function parse(text: string | null): Record<string, unknown> | null {
  if (!text) return null;
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

// Timestamps change on every write and say nothing the event's time doesn't.
// The record's own id is the event's subject, shown beside it.
const NOT_SHOWN = new Set(["id", "createdAt", "updatedAt", IMPORT_SOURCE_FIELD]);

export interface DescribedChanges {
  lines: string[];
  // Where the change came from, when not the app: "import people.csv".
  source: string | null;
}

export interface ChangeContext {
  entity: string;
  names: AuditNames;
  // Dates inside the records read like every other date on the page.
  locale?: string;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z$/;

function wordsFor(context: ChangeContext) {
  const settingLabels: Record<string, string> = context.entity === "setting" ? SETTING_LABELS : {};
  const field = (key: string) => settingLabels[key] ?? AUDIT_FIELD_LABELS[key] ?? key;
  const value = (key: string, v: unknown): string => {
    if (v === null || v === undefined || v === "") return "∅";
    const kind = REFERENCE_FIELDS[key];
    if (kind && (typeof v === "string" || typeof v === "number")) {
      const name = context.names[kind][String(v)];
      return name ? `${name} (${v})` : String(v);
    }
    const locale = context.locale ?? DEFAULT_LOCALE;
    if (typeof v === "string" && ISO_DATE.test(v)) return formatDate(v, locale);
    if (typeof v === "string" && ISO_MOMENT.test(v)) return formatDateTime(v, locale);
    // An import's counts: "600 created, 0 updated, 0 unchanged".
    if (isRecord(v) && Object.values(v).every((n) => typeof n === "number")) return Object.entries(v).map(([word, n]) => `${String(n)} ${word}`).join(", ");
    return auditValueLabel(context.entity, key, v) ?? (typeof v === "string" ? v : JSON.stringify(v));
  };
  return { field, value };
}

export function describeChanges(before: string | null, after: string | null, context: ChangeContext = { entity: "", names: NO_NAMES }): DescribedChanges {
  const a = parse(before);
  const b = parse(after);
  const source = typeof b?.[IMPORT_SOURCE_FIELD] === "string" ? (b[IMPORT_SOURCE_FIELD] as string) : null;
  if (!b) return { lines: a ? ["(removed)"] : [], source };
  const { field, value } = wordsFor(context);
  const shown = (key: string) => !NOT_SHOWN.has(key);
  if (!a) return { lines: Object.entries(b).filter(([key]) => shown(key)).map(([key, v]) => `${field(key)}: ${value(key, v)}`), source };
  const lines = Object.keys({ ...a, ...b })
    .filter((key) => shown(key) && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .flatMap((key) => {
      const [was, is] = [a[key], b[key]];
      // A map of names (the settings' level names) reads one line per entry that changed.
      if (isRecord(was) && isRecord(is)) {
        return Object.keys({ ...was, ...is })
          .filter((sub) => JSON.stringify(was[sub]) !== JSON.stringify(is[sub]))
          .map((sub) => `${field(key)} ${sub}: ${value(sub, was[sub])} → ${value(sub, is[sub])}`);
      }
      return [`${field(key)}: ${value(key, was)} → ${value(key, is)}`];
    });
  return { lines, source };
}
