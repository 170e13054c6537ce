import Link from "next/link";
import { slateHref } from "@/lib/links";
import { BLOCKED_LABELS, READINESS_LABELS, UNFILLED_REASON_LABELS } from "@/lib/labels";
import type { ChainNode, PersonRef, SeatRef } from "@/lib/server/views/scenario-page";
import { formatScore } from "@/lib/format/numbers";
import { formatUnitPath } from "@/lib/format/units";

// The chain of moves as dominoes: a seat, who moves in, the seat they leave,
// and so on until a seat nobody can fill or a mover who held no seat.

function SeatCard({ seat, vacatedBy, first }: { seat: SeatRef; vacatedBy: PersonRef; first: boolean }) {
  return (
    <div className="w-56 shrink-0 rounded-lg border border-slate-300 bg-white p-3 shadow-sm">
      <p className="text-xs font-medium uppercase tracking-wide text-slate-500">
        {seat.level} · {seat.levelName}
      </p>
      <p className="mt-0.5 font-semibold text-slate-900">
        <Link href={slateHref(seat.positionId)} prefetch={false} className="hover:text-brand-700 hover:underline">
          {seat.title}
        </Link>
      </p>
      <p className="text-xs text-slate-600">{formatUnitPath(seat.orgUnitPath)}</p>
      <p className="mt-2 text-sm text-slate-700">
        {first ? "Opens when " : "Left by "}
        <span className="font-medium">{vacatedBy.name}</span>
        {first ? " leaves" : " moving up"}
      </p>
    </div>
  );
}

function Arrow({ label }: { label: string }) {
  return (
    <span className="flex shrink-0 flex-col items-center px-1 text-slate-500" aria-hidden="true">
      <span className="text-xl leading-none">→</span>
      <span className="text-[0.65rem] uppercase tracking-wide">{label}</span>
    </span>
  );
}

function MoverCard({ mover }: { mover: NonNullable<ChainNode["mover"]> }) {
  return (
    <div className="w-52 shrink-0 rounded-lg border border-emerald-300 bg-emerald-50 p-3">
      <p className="text-xs font-medium uppercase tracking-wide text-emerald-800">Moves in</p>
      <p className="mt-0.5 font-semibold text-slate-900">{mover.person.name}</p>
      <p className="text-xs text-slate-700">
        from {mover.fromLevel} · {mover.fromLevelName}
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {READINESS_LABELS.ready_now}
        {mover.score === undefined ? null : `, ${mover.scoreName} score ${mover.score === null ? "not assessed" : formatScore(mover.score)}`}
      </p>
    </div>
  );
}

function UnfilledCard({ unfilled }: { unfilled: NonNullable<ChainNode["unfilled"]> }) {
  return (
    <div className="w-60 shrink-0 rounded-lg border-2 border-dashed border-red-400 bg-red-50 p-3">
      <p className="text-xs font-semibold uppercase tracking-wide text-red-800">Stays unfilled</p>
      <p className="mt-1 text-sm text-slate-800">{UNFILLED_REASON_LABELS[unfilled.reason]}</p>
      {unfilled.blocked.length > 0 ? (
        <ul className="mt-1 text-xs text-slate-700">
          {unfilled.blocked.map((b) => (
            <li key={b.person.employeeId}>
              {b.person.name}: {BLOCKED_LABELS[b.why]}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

// One seat and who fills it; the seats the mover leaves hang below it, so a
// long chain reads top to bottom instead of running off the page.
function ChainStep({ node, first }: { node: ChainNode; first: boolean }) {
  return (
    <div data-testid="domino-link">
      <div className="flex flex-wrap items-center gap-1">
        <SeatCard seat={node.seat} vacatedBy={node.vacatedBy} first={first} />
        <Arrow label={node.mover ? "filled by" : "then"} />
        {node.mover ? <MoverCard mover={node.mover} /> : node.unfilled ? <UnfilledCard unfilled={node.unfilled} /> : null}
      </div>
      {node.next.length > 0 ? (
        <div className="ml-6 mt-2 space-y-2 border-l-2 border-slate-300 pl-4">
          {node.next.map((n) => (
            <div key={n.seat.positionId}>
              <p className="mb-1 text-xs font-medium uppercase tracking-wide text-slate-500">
                ↳ {node.mover?.person.name ?? node.vacatedBy.name}&rsquo;s seat opens
              </p>
              <ChainStep node={n} first={false} />
            </div>
          ))}
        </div>
      ) : node.mover ? (
        <p className="ml-6 mt-2 text-sm text-slate-600">The chain ends here: {node.mover.person.name} held no seat of their own.</p>
      ) : null}
    </div>
  );
}

// Seats that open and stay empty at once are no chain: beyond a few, they are
// only counted here (and listed with the unfilled seats), so the dominoes stay readable.
const EMPTY_SHOWN = 3;
export function Domino({ chains }: { chains: ChainNode[] }) {
  if (chains.length === 0) return <p className="text-slate-600">None of the leavers holds a seat, so nothing opens.</p>;
  const emptyCount = chains.filter((c) => c.mover === null).length;
  const shown = emptyCount <= EMPTY_SHOWN ? chains : chains.filter((c) => c.mover !== null);
  const empty = chains.length - shown.length;
  return (
    <div className="space-y-3">
      <ol className="space-y-4">
        {shown.map((chain, i) => (
          <li key={chain.seat.positionId} className="rounded-lg border border-slate-200 bg-slate-50 p-3" aria-label={`Chain ${i + 1}: ${chain.seat.title}`}>
            <ChainStep node={chain} first />
          </li>
        ))}
      </ol>
      {empty > 0 ? (
        <p className="text-sm text-slate-600">
          {shown.length > 0 ? `${empty} more` : empty} seat{empty === 1 ? " opens" : "s open"} with nobody ready now to step in (listed under seats left unfilled).
        </p>
      ) : null}
    </div>
  );
}
