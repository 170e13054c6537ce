import type { NextRequest } from "next/server";
import { SCENARIO_CSV_COLUMNS, scenarioCsvRows } from "@/lib/scenarios/csv";
import { ZScenarioPageQuery } from "@/lib/schemas/scenarios";
import { findViewer } from "@/lib/server/access/request-viewer";
import { findScenarioPage } from "@/lib/server/views/scenario-page";
import { csvChunks, csvResponse } from "@/lib/tables/csv";
import { firstValues } from "@/lib/tables/url-state";

// GET /scenarios/export?<the page's inputs> — the scenario's moves and
// unfilled seats as CSV, recomputed from the address like the page.
export async function GET(request: NextRequest): Promise<Response> {
  const viewer = await findViewer(request.nextUrl.searchParams.get("asOf"));
  if (!viewer) return new Response("Sign in to export.", { status: 401 });
  const parsed = ZScenarioPageQuery.safeParse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!parsed.success) return new Response(`Invalid scenario: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`, { status: 400 });
  const view = await findScenarioPage(viewer, { ...parsed.data, q: undefined });
  if (!view) return new Response("Not found.", { status: 404 });
  if (!view.outcome) return new Response(view.problem ?? "Name at least one leaver or a retire-by date.", { status: 400 });
  const rows = scenarioCsvRows(view.outcome);
  return csvResponse(csvChunks(rows, SCENARIO_CSV_COLUMNS), `baton-scenario-${viewer.asOf}.csv`, rows.length);
}
