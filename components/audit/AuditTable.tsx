import type { AuditPage } from "@/lib/server/audit";

// Before and after are stored as JSON text. The table shows what changed,
// field by field; the full record is one hover away.
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

export function changedFields(before: string | null, after: string | null): string[] {
  const a = parse(before);
  const b = parse(after);
  if (!b) return a ? ["(removed)"] : [];
  if (!a) return Object.entries(b).filter(([key]) => key !== "createdAt" && key !== "updatedAt").map(([key, value]) => `${key}: ${show(value)}`);
  return Object.keys({ ...a, ...b })
    .filter((key) => key !== "updatedAt" && JSON.stringify(a[key]) !== JSON.stringify(b[key]))
    .map((key) => `${key}: ${show(a[key])} → ${show(b[key])}`);
}

function Changes({ before, after }: { before: string | null; after: string | null }) {
  const lines = changedFields(before, after);
  if (lines.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul title={`before: ${before ?? "∅"}\nafter: ${after ?? "∅"}`} className="max-w-md text-xs text-slate-700">
      {lines.map((line) => (
        <li key={line} className="truncate">
          {line}
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ rows }: { rows: AuditPage["rows"] }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">No audit events match.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Audit events, newest first</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">When (UTC)</th>
          <th scope="col" className="py-2 pr-3 font-medium">Actor</th>
          <th scope="col" className="py-2 pr-3 font-medium">Action</th>
          <th scope="col" className="py-2 pr-3 font-medium">Entity</th>
          <th scope="col" className="py-2 font-medium">Changes</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => (
          <tr key={row.id} data-testid={`audit-${row.id}`}>
            <td className="py-2 pr-3 whitespace-nowrap">{row.at.toISOString().slice(0, 19).replace("T", " ")}</td>
            <td className="py-2 pr-3">{row.actorLabel}</td>
            <td className="py-2 pr-3">{row.action}</td>
            <td className="py-2 pr-3 whitespace-nowrap">
              {row.entity} {row.entityId}
            </td>
            <td className="py-2">
              <Changes before={row.before} after={row.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
