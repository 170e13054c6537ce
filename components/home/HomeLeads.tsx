import Link from "next/link";
import { ToneBadge } from "@/components/gaps/ToneBadge";
import { DateTimeText } from "@/components/ui/Dates";
import { RISK_CLASSES, riskClassIndex } from "@/lib/charts/heatmap-scale";
import { formatCount } from "@/lib/format/numbers";
import { EXPOSURE_RANKING_NOTE, FLAG_LABELS, FLAG_TONES, HOME_TASK_LABELS, statusLabel } from "@/lib/labels";
import type { HomeLeads as Leads } from "@/lib/server/views/home-leads";
import { slateHref } from "@/lib/links";

function Card({ id, title, more, children }: { id: string; title: string; more?: { href: string; label: string }; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="flex flex-col rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
      <h2 id={id} className="text-base font-semibold text-slate-900">
        {title}
      </h2>
      <div className="mt-3 flex-1">{children}</div>
      {more ? (
        <Link href={more.href} className="mt-4 text-sm font-medium text-brand-700 hover:underline">
          {more.label} →
        </Link>
      ) : null}
    </section>
  );
}

const Quiet = ({ children }: { children: React.ReactNode }) => <p className="text-sm text-slate-500">{children}</p>;

// Under the counts: what to do next, where the exposure is, what was just
// decided — each item a link into the workspace that holds it.
export function HomeLeads({ leads, canDecide }: { leads: Leads; canDecide: boolean }) {
  const { tasks, topRisks, recentDecisions } = leads;
  return (
    <div className="mt-10 grid grid-cols-1 gap-4 lg:grid-cols-3">
      <Card id="home-actions" title="Needs your action" more={canDecide ? undefined : { href: "/summary", label: "Executive summary" }}>
        {tasks.length === 0 ? (
          <Quiet>{canDecide ? "Nothing waits for you right now." : "Nothing waits for you. The executive summary has the ten most exposed seats, the heatmap and the funnel on one page."}</Quiet>
        ) : (
          <ul className="flex flex-col gap-2" aria-label="Needs your action">
            {tasks.map((task) => (
              <li key={task.key}>
                <Link href={task.href} className="flex items-baseline gap-3 rounded-md border border-slate-200 px-3 py-2 hover:border-brand-600">
                  <span className="text-xl font-semibold tabular-nums text-slate-900">{formatCount(task.count)}</span>
                  <span className="text-sm text-slate-700">{HOME_TASK_LABELS[task.key](task.count)}</span>
                </Link>
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card id="home-risks" title="Top risks" more={{ href: "/gaps", label: "All seats by risk" }}>
        {topRisks.length === 0 ? (
          <Quiet>No seat in your scope carries risk.</Quiet>
        ) : (
          <>
            <p className="mb-1 text-xs text-slate-500">{EXPOSURE_RANKING_NOTE}</p>
            <ol className="flex flex-col divide-y divide-slate-100" aria-label="Top risks">
              {topRisks.map((seat) => {
                const scale = RISK_CLASSES[riskClassIndex(seat.risk) ?? 0];
                return (
                  <li key={seat.positionId} className="flex items-start gap-3 py-2 text-sm">
                    <span
                      className="inline-block min-w-12 shrink-0 rounded px-1.5 py-0.5 text-center font-semibold tabular-nums"
                      style={{ background: scale?.background, color: scale?.foreground }}
                      title="Position risk, 0–100"
                    >
                      {seat.risk}
                    </span>
                    <span className="min-w-0">
                      <Link href={slateHref(seat.positionId)} className="font-medium text-brand-700 hover:underline">
                        {seat.title}
                      </Link>
                      <span className="block text-xs text-slate-600">{seat.incumbentName ?? "Vacant"}</span>
                      {seat.flags.length > 0 ? (
                        <span className="mt-1 flex flex-wrap gap-1">
                          {seat.flags.map((flag) => (
                            <ToneBadge key={flag} tone={FLAG_TONES[flag]}>
                              {FLAG_LABELS[flag]}
                            </ToneBadge>
                          ))}
                        </span>
                      ) : null}
                    </span>
                  </li>
                );
              })}
            </ol>
          </>
        )}
      </Card>
      <Card id="home-decisions" title="Recent decisions" more={canDecide ? { href: "/nominations", label: "Nominations" } : undefined}>
        {recentDecisions.length === 0 ? (
          <Quiet>No nomination decided yet.</Quiet>
        ) : (
          <ul className="flex flex-col divide-y divide-slate-100" aria-label="Recent decisions">
            {recentDecisions.map((d) => (
              <li key={d.id} className="py-2 text-sm">
                <span className={d.status === "approved" ? "font-medium text-emerald-800" : "font-medium text-red-800"}>{statusLabel(d.status)}</span>:{" "}
                {d.candidateName ?? d.candidateId} for{" "}
                <Link href={slateHref(d.positionId)} className="text-brand-700 underline hover:text-brand-900">
                  {d.positionTitle ?? d.positionId}
                </Link>
                <span className="block text-xs text-slate-500">
                  <DateTimeText value={d.decidedAt} />
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
