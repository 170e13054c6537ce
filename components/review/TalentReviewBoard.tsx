import { DateText, DateTimeText } from "@/components/ui/Dates";
import { CalibrationForm, type CalibrationState } from "@/components/review/CalibrationForm";
import { OpenCycleForm } from "@/components/review/OpenCycleForm";
import { ManageLeadMatrix, NineBox } from "@/components/review/ReviewGrids";
import { manageLeadMatrix, nineBoxGrid } from "@/lib/review/grid";
import type { CalibrationHistory, TalentReview } from "@/lib/server/operations/talent-review";

export interface TalentReviewBoardProps {
  review: TalentReview;
  history: CalibrationHistory;
  calibrateAction: (previous: CalibrationState, form: FormData) => Promise<CalibrationState>;
  openCycleAction: (previous: CalibrationState, form: FormData) => Promise<CalibrationState>;
}

// HR's review meeting: pick a cycle and unit, see the grids, move a person with a reason.
export function TalentReviewBoard({ review, history, calibrateAction, openCycleAction }: TalentReviewBoardProps) {
  const placed = review.placements.length;
  return (
    <div className="max-w-7xl">
      <h1 className="text-2xl font-bold text-slate-900">Talent review</h1>
      <p className="mt-1 text-slate-600">
        {review.cycle ? <>Cycle {review.cycle.name} (<DateText value={review.cycle.cycleDate} />)</> : "No cycle yet"}: {placed} people placed
        {review.orgUnit ? ` in ${review.orgUnit}` : ""}. HR can move a person to another box; the reason is kept.
      </p>
      <form method="get" className="mt-4 flex flex-wrap items-end gap-3">
        <div>
          <label htmlFor="cycle" className="block text-sm font-medium text-slate-700">
            Cycle
          </label>
          <select id="cycle" name="cycle" defaultValue={review.cycle?.id} className="mt-1 rounded-md border border-slate-300 px-3 py-2">
            {review.cycles.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="orgUnit" className="block text-sm font-medium text-slate-700">
            Org unit (and below)
          </label>
          <input id="orgUnit" name="orgUnit" defaultValue={review.orgUnit ?? ""} placeholder="e.g. Sales" className="mt-1 rounded-md border border-slate-300 px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700">
          Show
        </button>
      </form>
      <div className="mt-6 grid grid-cols-1 gap-6 xl:grid-cols-2">
        <section aria-labelledby="ninebox-heading">
          <h2 id="ninebox-heading" className="mb-2 text-lg font-semibold text-slate-900">
            Nine-box
          </h2>
          <NineBox grid={nineBoxGrid(review.placements)} />
        </section>
        <section aria-labelledby="matrix-heading">
          <h2 id="matrix-heading" className="mb-2 text-lg font-semibold text-slate-900">
            Manage / lead
          </h2>
          <ManageLeadMatrix cells={manageLeadMatrix(review.placements, review.readyScoreMin)} readyScoreMin={review.readyScoreMin} />
        </section>
      </div>
      <div className="mt-8 grid grid-cols-1 gap-6 lg:grid-cols-2">
        <CalibrationForm people={[...review.placements].sort((a, b) => a.name.localeCompare(b.name))} action={calibrateAction} />
        <section aria-labelledby="history-heading" className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
          <h2 id="history-heading" className="text-base font-semibold text-slate-900">
            Calibration history
          </h2>
          {history.length === 0 ? (
            <p className="mt-2 text-sm text-slate-600">No placement moved in this cycle yet.</p>
          ) : (
            <ul className="mt-2 divide-y divide-slate-100 text-sm">
              {history.map((h) => (
                <li key={h.id} className="py-2">
                  <strong>{h.assessment.person.name}</strong>: performance {h.fromPerformance}→{h.toPerformance}, potential {h.fromPotential}→
                  {h.toPotential} by {h.byUser?.email ?? "unknown"} on <DateTimeText value={h.createdAt} />
                  <span className="block text-slate-600">“{h.reason}”</span>
                </li>
              ))}
            </ul>
          )}
        </section>
        <OpenCycleForm action={openCycleAction} />
      </div>
    </div>
  );
}
