import type { NominationView } from "@/lib/server/operations/nominations";
import { READINESS_LABELS, readinessLabel, statusLabel } from "@/lib/labels";

// Approved successors grouped by readiness (SPEC §3 counts only these), then
// any other entries the reader may see, with their status.
export function SlateSuccessors({ rows }: { rows: NominationView[] }) {
  const approved = rows.filter((r) => r.status === "approved");
  const others = rows.filter((r) => r.status !== "approved");
  const name = (r: NominationView) => `${r.candidateName ?? "Candidate"} (${r.candidateId})${r.emergency ? " · emergency" : ""}`;
  return (
    <div className="grid gap-4 sm:grid-cols-3">
      {Object.entries(READINESS_LABELS).map(([code, label]) => {
        const group = approved.filter((r) => r.readiness === code);
        return (
          <div key={code} className="rounded-md border border-slate-200 p-3">
            <h3 className="text-sm font-semibold text-slate-800">
              {label} <span className="text-slate-500">({group.length})</span>
            </h3>
            <ul aria-label={`${label} successors`} className="mt-2 text-sm text-slate-700">
              {group.length === 0 ? <li className="text-slate-500">Nobody</li> : group.map((r) => <li key={r.id}>{name(r)}</li>)}
            </ul>
          </div>
        );
      })}
      {others.length > 0 ? (
        <div className="sm:col-span-3">
          <h3 className="text-sm font-semibold text-slate-800">Other entries you may see</h3>
          <ul aria-label="Other entries" className="mt-1 text-sm text-slate-700">
            {others.map((r) => (
              <li key={r.id}>
                {name(r)} — {readinessLabel(r.readiness)}, {statusLabel(r.status)}
                {r.decisionReason ? `: ${r.decisionReason}` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
