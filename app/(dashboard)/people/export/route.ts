import type { NextRequest } from "next/server";
import { PEOPLE_CSV_COLUMNS } from "@/lib/people/directory";
import { ZPeopleQuery } from "@/lib/schemas/people";
import { findViewer } from "@/lib/server/access/request-viewer";
import { findPeopleDirectory } from "@/lib/server/views/people-directory";
import { csvChunks, csvResponse } from "@/lib/tables/csv";
import { firstValues } from "@/lib/tables/url-state";

// GET /people/export?<the directory's filters> — every person of the current
// filtered view as CSV (SPEC §6: every table can be exported).
export async function GET(request: NextRequest): Promise<Response> {
  const viewer = await findViewer(request.nextUrl.searchParams.get("asOf"));
  if (!viewer) return new Response("Sign in to export.", { status: 401 });
  const parsed = ZPeopleQuery.safeParse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!parsed.success) return new Response(`Invalid filters: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`, { status: 400 });
  const { asOf } = viewer;
  const all = await findPeopleDirectory(viewer, { ...parsed.data, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  if (!all) return new Response("Not found.", { status: 404 });
  return csvResponse(csvChunks(all.rows, PEOPLE_CSV_COLUMNS), `baton-people-${asOf}.csv`, all.total);
}
