import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FlashMessage } from "@/components/nominations/FlashMessage";
import { SaveScenarioForm, SavedScenarios } from "@/components/scenarios/SavedScenarios";
import { ScenarioWorkspace } from "@/components/scenarios/ScenarioWorkspace";
import { ZScenarioPageQuery } from "@/lib/schemas/scenarios";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findScenarioPage } from "@/lib/server/views/scenario-page";
import { deleteScenarioAction, saveScenarioAction } from "./actions";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "What-if scenarios" };

export default async function ScenariosPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const query = firstValues(await searchParams);
  const viewer = await getViewer(query.asOf);
  const parsed = ZScenarioPageQuery.safeParse(query);
  const view = await findScenarioPage(viewer, parsed.success ? parsed.data : { leavers: [] });
  if (!view) notFound();
  const problem = parsed.success ? view.problem : parsed.error.issues.map((i) => `${String(i.path[0] ?? "address")}: ${i.message}`).join("; ");
  return (
    <ScenarioWorkspace
      view={{ ...view, problem }}
      today={viewer.today}
      flash={<FlashMessage done={query.done} error={query.error} />}
      savedList={<SavedScenarios list={view.savedList} current={view.saved?.id ?? null} remove={view.canSave ? deleteScenarioAction : null} />}
      saveForm={view.canSave ? <SaveScenarioForm leavers={view.leavers} retireBy={view.retireBy} name={view.saved?.name ?? ""} save={saveScenarioAction} /> : null}
    />
  );
}
