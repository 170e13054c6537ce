import type { NextRequest } from "next/server";
import { gapCsvChunks, gapCsvColumns } from "@/lib/gaps/csv";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { findViewer } from "@/lib/server/access/request-viewer";
import { seesRetirement } from "@/lib/server/access/permissions";
import { findAllGapRows } from "@/lib/server/views/gaps";
import { csvResponse } from "@/lib/tables/csv";
import { firstValues } from "@/lib/tables/url-state";

// GET /gaps/export?<the page's filters> — every row of the current filtered
// view as CSV, with the CLI's column names, streamed in chunks.
export async function GET(request: NextRequest): Promise<Response> {
  const viewer = await findViewer(request.nextUrl.searchParams.get("asOf"));
  if (!viewer) return new Response("Sign in to export.", { status: 401 });
  const parsed = ZPositionsQuery.safeParse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!parsed.success) return new Response(`Invalid filters: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`, { status: 400 });
  const { asOf } = viewer;
  const rows = await findAllGapRows(viewer, parsed.data);
  return csvResponse(gapCsvChunks(rows, gapCsvColumns(seesRetirement(viewer))), `baton-gaps-${asOf}.csv`, rows.length);
}
