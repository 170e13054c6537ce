import { DateText, DateTimeText } from "@/components/ui/Dates";
import Link from "next/link";
import { slateHref } from "@/lib/links";
import type { ReactNode } from "react";
import { describeChanges } from "@/lib/audit/changes";
import type { Readiness } from "@/lib/domain";
import { LOW_MEDIUM_HIGH, READINESS_LABELS } from "@/lib/labels";
import { formatPercent, formatScore } from "@/lib/format/numbers";
import type { AuditRow, CycleRow, DevelopmentActionRow, NominationRow } from "@/lib/server/views/person-profile";
import { AuditChanges, AuditSubject, ChangeSource } from "@/components/audit/AuditTable";
import type { AuditNames } from "@/lib/audit/references";
import { ToneBadge } from "@/components/gaps/ToneBadge";
import { Empty } from "./Section";

// The small, fixed tables of a profile: a handful of rows each, rendered on
// the server as plain accessible tables (the sortable DataTable is for the
// big, paged lists).
const TH = "border-b border-slate-200 px-2 py-2 text-left text-xs font-semibold uppercase tracking-wide text-slate-600";
const TD = "border-b border-slate-100 px-2 py-2 align-top";

export function ScoreHistoryTable({ rows, showFlightRisk }: { rows: CycleRow[]; showFlightRisk: boolean }) {
  if (rows.length === 0) return <Empty>No submitted assessments yet.</Empty>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">Scores by talent-review cycle, oldest first</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>Cycle</th>
            <th scope="col" className={`${TH} text-right`}>Manage</th>
            <th scope="col" className={`${TH} text-right`}>Lead</th>
            <th scope="col" className={`${TH} text-right`}>Performance</th>
            <th scope="col" className={`${TH} text-right`}>Potential</th>
            <th scope="col" className={`${TH} text-right`}>Leadership time</th>
            {showFlightRisk ? <th scope="col" className={TH}>Flight risk</th> : null}
          </tr>
        </thead>
        <tbody className="tabular-nums">
          {rows.map((r) => (
            <tr key={r.cycleId}>
              <th scope="row" className={`${TD} text-left font-medium`}>
                {r.cycleName} <span className="block text-xs font-normal text-slate-500"><DateText value={r.cycleDate} /></span>
              </th>
              <td className={`${TD} text-right`}>{formatScore(r.mgmtScore)}</td>
              <td className={`${TD} text-right`}>{formatScore(r.leadScore)}</td>
              <td className={`${TD} text-right`}>{r.performance} / 3</td>
              <td className={`${TD} text-right`}>{r.potential} / 3</td>
              <td className={`${TD} text-right`}>{formatPercent(r.leadershipTimePct)}</td>
              {showFlightRisk ? <td className={TD}>{r.flightRisk ? (LOW_MEDIUM_HIGH[r.flightRisk] ?? r.flightRisk) : "—"}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const STATUS_TONE = { proposed: "info", approved: "good", declined: "critical", withdrawn: "neutral", succeeded: "neutral" } as const;

function StatusBadge({ status }: { status: string }) {
  const tone = STATUS_TONE[status as keyof typeof STATUS_TONE] ?? "neutral";
  return <ToneBadge tone={tone}>{status === "proposed" ? "Pending" : status.charAt(0).toUpperCase() + status.slice(1)}</ToneBadge>;
}

export function NominationsTable({ rows, counterpart, caption, empty }: { rows: NominationRow[]; counterpart: "candidate" | "nominator"; caption: string; empty: string }) {
  if (rows.length === 0) return <Empty>{empty}</Empty>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col" className={TH}>Position</th>
            <th scope="col" className={TH}>{counterpart === "candidate" ? "Candidate" : "Nominated by"}</th>
            <th scope="col" className={TH}>Readiness</th>
            <th scope="col" className={TH}>Status</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((n) => {
            const who = counterpart === "candidate" ? { id: n.candidateEmployeeId, name: n.candidateName } : { id: n.nominatedByEmployeeId, name: n.nominatedByName };
            return (
              <tr key={n.id}>
                <th scope="row" className={`${TD} text-left font-medium`}>
                  {n.positionTitle}
                  <span className="block font-mono text-xs font-normal text-slate-500">{n.positionId}</span>
                  {n.rationale ? <span className="mt-1 block text-xs font-normal text-slate-600">“{n.rationale}”</span> : null}
                </th>
                <td className={TD}>{who.id ? (who.name ?? who.id) : <span className="text-slate-500">—</span>}</td>
                <td className={TD}>
                  {READINESS_LABELS[n.readiness as Readiness] ?? n.readiness}
                  {n.emergency ? <span className="block text-xs text-slate-500">emergency cover</span> : null}
                </td>
                <td className={TD}>
                  <StatusBadge status={n.status} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const KIND_LABELS: Record<string, string> = {
  mentoring: "Mentoring",
  stretch_assignment: "Stretch assignment",
  course: "Course",
  rotation: "Rotation",
  coaching: "Coaching",
};

export function DevelopmentActionsList({ rows }: { rows: DevelopmentActionRow[] }) {
  if (rows.length === 0) return <Empty>No development actions planned.</Empty>;
  return (
    <ul className="divide-y divide-slate-100 text-sm">
      {rows.map((a) => (
        <li key={a.id} className="flex flex-wrap items-baseline justify-between gap-2 py-2">
          <span>
            <span className="font-medium">{KIND_LABELS[a.kind] ?? a.kind}</span>{" "}
            <span className="text-slate-600">to {a.goal === "lead" ? "lead" : "manage"}</span>
            {a.description ? <span className="block text-slate-600">{a.description}</span> : null}
          </span>
          <span className="text-xs text-slate-600">
            {a.status.replace("_", " ")}
            {a.dueDate ? <> · due <DateText value={a.dueDate} /></> : null}
          </span>
        </li>
      ))}
    </ul>
  );
}

export function AuditTable({ rows, names, locale }: { rows: AuditRow[]; names: AuditNames; locale: string }) {
  if (rows.length === 0) return <Empty>No changes recorded for this person, their assessments or their nominations.</Empty>;
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">Audit history, newest first</caption>
      <thead>
        <tr>
          <th scope="col" className={TH}>When</th>
          <th scope="col" className={TH}>Who</th>
          <th scope="col" className={TH}>What</th>
          <th scope="col" className={TH}>Changes</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((e) => {
          const described = describeChanges(e.before, e.after, { entity: e.entity, names, locale });
          return (
            <tr key={e.id}>
              <td className={`${TD} whitespace-nowrap tabular-nums`}><DateTimeText value={e.at} /></td>
              <td className={TD}>{e.actorLabel}</td>
              <td className={TD}>
                <AuditSubject action={e.action} entity={e.entity} entityId={e.entityId} names={names} />
                <ChangeSource source={described.source} />
              </td>
              <td className={TD}>
                <AuditChanges described={described} before={e.before} after={e.after} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function PositionLink({ positionId, children }: { positionId: string; children: ReactNode }) {
  return (
    <Link href={slateHref(positionId)} className="text-brand-700 hover:underline">
      {children}
    </Link>
  );
}
