import Link from "next/link";
import { ToneBadge } from "@/components/gaps/ToneBadge";
import { DateTimeText } from "@/components/ui/Dates";
import { formatScore } from "@/lib/format/numbers";
import { FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_TONES, readinessLabel } from "@/lib/labels";
import type { InboxRow } from "@/lib/server/views/nominations-workspace";
import { DecisionForms } from "./DecisionForms";
import { profileHref, slateHref } from "@/lib/links";

type Action = (formData: FormData) => Promise<void>;

const BULK_FORM = "bulk-approve";

// The score that counts for the seat (SPEC §3) is the one in bold.
function Scores({ row, readyScoreMin }: { row: InboxRow; readyScoreMin: number }) {
  if (row.mgmtScore === null && row.leadScore === null) return <span className="text-slate-500">Not assessed yet</span>;
  const strong = (kind: string) => (row.seatKind === kind ? "font-semibold text-slate-900" : "");
  return (
    <span>
      <span className={strong("management")}>Manage {formatScore(row.mgmtScore)}</span> · <span className={strong("leadership")}>Lead {formatScore(row.leadScore)}</span>
      {row.seatKind === "management" || row.seatKind === "leadership" ? (
        <span className="text-slate-500"> (a {row.seatKind} seat: ready at {formatScore(readyScoreMin)})</span>
      ) : null}
    </span>
  );
}

// HR's inbox: what a decision rests on, beside each proposal, and a box to
// tick for approving several at once (the checkboxes belong to the one bulk
// form through their form attribute, so each row keeps its own forms too).
export function InboxList({ rows, readyScoreMin, approve, decline, bulkApprove }: { rows: InboxRow[]; readyScoreMin: number; approve: Action; decline: Action; bulkApprove: Action }) {
  if (rows.length === 0) return <p className="text-sm text-slate-500">Nothing waiting for a decision.</p>;
  return (
    <>
      <form id={BULK_FORM} action={bulkApprove} className="flex items-center gap-3 rounded-md bg-slate-50 px-3 py-2 text-sm">
        <button type="submit" className="rounded-md bg-brand-700 px-3 py-1.5 font-medium text-white hover:bg-brand-900">
          Approve selected
        </button>
        <span className="text-slate-600">Tick the proposals to approve together; each is still checked and recorded on its own.</span>
      </form>
      <ul aria-label="Inbox" className="mt-2 divide-y divide-slate-200">
        {rows.map((row) => {
          const who = `${row.candidateName ?? row.candidateId} for ${row.positionTitle ?? row.positionId}`;
          return (
            <li key={row.id} data-testid={`nomination-${row.id}`} className="flex items-start gap-3 py-3">
              <input
                type="checkbox"
                form={BULK_FORM}
                name={`pick-${row.id}`}
                value={row.version}
                aria-label={`Select ${who}`}
                className="mt-1 size-4 rounded border-slate-300"
              />
              <div className="min-w-0 flex-1 text-sm">
                <p className="font-medium text-slate-900">
                  <Link href={profileHref(row.candidateId)} className="hover:underline">
                    {row.candidateName ?? "Candidate"}
                  </Link>{" "}
                  <span className="text-slate-500">({row.candidateId})</span> for{" "}
                  <Link href={slateHref(row.positionId)} className="text-brand-700 underline hover:text-brand-900">
                    {row.positionTitle ?? row.positionId} ({row.positionId})
                  </Link>{" "}
                  {row.mismatch ? (
                    <ToneBadge tone={FLAG_TONES["readiness-mismatch"]} title={FLAG_DESCRIPTIONS["readiness-mismatch"]}>
                      {FLAG_LABELS["readiness-mismatch"]}
                    </ToneBadge>
                  ) : null}
                </p>
                <p className="text-slate-700">
                  {readinessLabel(row.readiness)}
                  {row.emergency ? " · emergency successor" : ""} · <Scores row={row} readyScoreMin={readyScoreMin} />
                </p>
                <p className="text-slate-500">
                  Proposed by {row.nominatorName ?? (row.nominatedById ? row.nominatedById : "HR")} · <DateTimeText value={row.createdAt} />
                </p>
                {row.rationale ? <p className="mt-1 text-slate-600">“{row.rationale}”</p> : null}
              </div>
              <div className="flex flex-wrap items-start gap-2">
                <DecisionForms row={row} approve={approve} decline={decline} />
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
