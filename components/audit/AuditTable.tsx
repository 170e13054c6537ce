import { DateTimeText } from "@/components/ui/Dates";
import { describeChanges, type DescribedChanges } from "@/lib/audit/changes";
import { entityReferenceKind, type AuditNames } from "@/lib/audit/references";
import { AUDIT_ENTITY_LABELS, auditActionLabel } from "@/lib/labels";
import type { AuditPage } from "@/lib/server/views/audit-log";

// Before and after are stored as JSON text. The table shows what changed,
// field by field (lib/audit/changes.ts); the full record is one hover away.
export function AuditChanges({ described, before, after }: { described: DescribedChanges; before: string | null; after: string | null }) {
  if (described.lines.length === 0) return <span className="text-slate-400">—</span>;
  return (
    <ul title={`before: ${before ?? "∅"}\nafter: ${after ?? "∅"}`} className="max-w-md text-xs text-slate-700">
      {described.lines.map((line) => (
        <li key={line} className="truncate">
          {line}
        </li>
      ))}
    </ul>
  );
}

// An import's events name the file they came from, under the action.
export function ChangeSource({ source }: { source: string | null }) {
  return source ? <span className="block text-xs break-words text-slate-500">{source}</span> : null;
}

// "Nomination 42", "Person Ana Díaz (E000247)": the record an event is about.
export function AuditSubject({ action, entity, entityId, names }: { action: string; entity: string; entityId: string; names: AuditNames }) {
  const kind = entityReferenceKind(entity);
  const name = kind ? names[kind][entityId] : undefined;
  // A session event ("Signed in") needs no noun after it.
  const noun = entity === "session" ? "" : `${(AUDIT_ENTITY_LABELS[entity] ?? entity).toLowerCase()} `;
  return (
    <>
      <span data-action={action}>{auditActionLabel(action)}</span> {noun}
      {name ? <span className="font-medium">{name} </span> : null}
      <span className="font-mono text-xs text-slate-500">{entityId}</span>
    </>
  );
}

export function AuditTable({ rows, names, locale }: { rows: AuditPage["rows"]; names: AuditNames; locale: string }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">No audit events match.</p>;
  return (
    <table className="w-full text-left text-sm">
      <caption className="sr-only">Audit events, newest first</caption>
      <thead className="border-b border-slate-200 text-slate-600">
        <tr>
          <th scope="col" className="py-2 pr-3 font-medium">When</th>
          <th scope="col" className="py-2 pr-3 font-medium">Actor</th>
          <th scope="col" className="py-2 pr-3 font-medium">What</th>
          <th scope="col" className="py-2 font-medium">Changes</th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100">
        {rows.map((row) => {
          const described = describeChanges(row.before, row.after, { entity: row.entity, names, locale });
          return (
            <tr key={row.id} data-testid={`audit-${row.id}`}>
              <td className="py-2 pr-3 whitespace-nowrap"><DateTimeText value={row.at} /></td>
              <td className="py-2 pr-3">{row.actorLabel}</td>
              <td className="py-2 pr-3">
                <AuditSubject action={row.action} entity={row.entity} entityId={row.entityId} names={names} />
                <ChangeSource source={described.source} />
              </td>
              <td className="py-2">
                <AuditChanges described={described} before={row.before} after={row.after} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
