import type { ReactNode } from "react";
import { DateText } from "@/components/ui/Dates";
import { BLOCKED_LABELS, UNFILLED_REASON_LABELS } from "@/lib/labels";
import { hrefWith } from "@/lib/tables/url-state";
import type { ScenarioOutcome, ScenarioPageView } from "@/lib/server/views/scenario-page";
import { FiguresTable, HeatmapChanges } from "./BeforeAfter";
import { Domino } from "./Domino";
import { ScenarioInputs, scenarioParams } from "./ScenarioInputs";
import { formatUnitPath } from "@/lib/format/units";

function Section({ id, title, children, aside }: { id: string; title: string; children: ReactNode; aside?: ReactNode }) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={id} className="text-lg font-semibold text-slate-900">{title}</h2>
        {aside}
      </div>
      {children}
    </section>
  );
}

function Summary({ outcome, retireBy }: { outcome: ScenarioOutcome; retireBy: string | null }) {
  const byDate = outcome.leavers.filter((l) => !l.named).length;
  return (
    <p className="text-slate-700" data-testid="scenario-summary">
      <strong>{outcome.leavers.length}</strong> {outcome.leavers.length === 1 ? "person leaves" : "people leave"}
      {retireBy && byDate > 0 ? (
        <>
          {` (${byDate} retiring by `}
          <DateText value={retireBy} />)
        </>
      ) : (
        ""
      )}
      : <strong>{outcome.moveCount}</strong> move
      {outcome.moveCount === 1 ? "" : "s"}, chains up to <strong>{outcome.depth}</strong> deep, and <strong>{outcome.unfilled.length}</strong> seat
      {outcome.unfilled.length === 1 ? "" : "s"} left unfilled.
    </p>
  );
}

interface WorkspaceProps {
  view: ScenarioPageView;
  today: string;
  flash?: ReactNode;
  saveForm?: ReactNode;
  savedList?: ReactNode;
}

export function ScenarioWorkspace({ view, today, flash, saveForm, savedList }: WorkspaceProps) {
  const params = scenarioParams(view, today);
  const { outcome } = view;
  return (
    <div className="max-w-6xl space-y-8">
      <header>
        <h1 className="text-2xl font-bold text-slate-900">What-if scenarios</h1>
        <p className="mt-1 max-w-3xl text-slate-600">
          What breaks if these people leave? Each open seat goes to its best approved successor who is ready now; their own seat opens in turn, until
          a seat nobody can fill. Nothing is changed: the organization as of <strong className="font-semibold text-slate-900">
            <DateText value={view.asOf} />
          </strong> is
          played out, and the link to this page is the scenario.
        </p>
        {view.saved ? (
          <p className="mt-2 text-sm text-slate-700" data-testid="saved-name">
            Saved scenario <strong>{view.saved.name}</strong>, played again on the data as it is now.
          </p>
        ) : null}
        {flash}
      </header>
      <ScenarioInputs view={view} today={today} />
      {savedList}
      {view.problem ? (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-4 py-3 text-sm text-red-900">
          {view.problem}
        </p>
      ) : null}
      {outcome ? (
        <>
          <Summary outcome={outcome} retireBy={view.retireBy} />
          {saveForm}
          <Section
            id="chain-heading"
            title="The chain of moves"
            aside={
              <a href={hrefWith("/scenarios/export", params, {})} className="text-sm font-medium text-brand-700 hover:underline" download>
                Download moves and unfilled seats (CSV)
              </a>
            }
          >
            <Domino chains={outcome.chains} />
          </Section>
          <Section id="unfilled-heading" title="Seats left unfilled">
            {outcome.unfilled.length === 0 ? (
              <p className="text-slate-600">Every seat that opens is filled.</p>
            ) : (
              <ul className="list-disc space-y-1 pl-5 text-sm text-slate-800" data-testid="scenario-unfilled">
                {outcome.unfilled.map((u) => (
                  <li key={u.seat.positionId}>
                    <strong>{u.seat.title}</strong> ({u.seat.level}, {formatUnitPath(u.seat.orgUnitPath)}), left by {u.vacatedBy.name}: {u.unfilled ? unfilledWords(u.unfilled) : ""}
                  </li>
                ))}
              </ul>
            )}
          </Section>
          <Section id="figures-heading" title="Before and after">
            <div className="grid items-start gap-8 lg:grid-cols-2">
              <FiguresTable before={outcome.before} after={outcome.after} />
              <div className="space-y-2">
                <h3 className="font-semibold text-slate-800">Heatmap cells that change</h3>
                <HeatmapChanges changes={outcome.heatmapChanges} />
              </div>
            </div>
          </Section>
        </>
      ) : null}
    </div>
  );
}

function unfilledWords(u: NonNullable<ScenarioOutcome["unfilled"][number]["unfilled"]>): string {
  const blocked = u.blocked.map((b) => `${b.person.name} ${BLOCKED_LABELS[b.why]}`).join("; ");
  return `${UNFILLED_REASON_LABELS[u.reason].toLowerCase()}${blocked ? ` (${blocked})` : ""}.`;
}
