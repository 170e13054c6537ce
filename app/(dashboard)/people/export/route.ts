import type { NextRequest } from "next/server";
import { PEOPLE_CSV_COLUMNS } from "@/lib/people/directory";
import { ZPeopleQuery } from "@/lib/schemas/people";
import { scopeFor } from "@/lib/server/access";
import { getDb } from "@/lib/server/db";
import { findPeopleDirectory } from "@/lib/server/people-directory";
import { getCurrentUser } from "@/lib/server/session";
import { today } from "@/lib/server/today";
import { csvChunks, csvResponse } from "@/lib/tables/csv";
import { firstValues } from "@/lib/tables/url-state";
import { wantsXlsx, xlsxResponse } from "@/lib/tables/xlsx";

// GET /people/export?<the directory's filters> — every person of the current
// filtered view as CSV (SPEC §6: every table can be exported), or with
// format=xlsx as an Excel workbook.
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export.", { status: 401 });
  const parsed = ZPeopleQuery.safeParse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!parsed.success) return new Response(`Invalid filters: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`, { status: 400 });
  const db = getDb();
  const scope = await scopeFor(db, user);
  const asOf = parsed.data.asOf ?? today();
  const all = await findPeopleDirectory({ db, user, scope, asOf, query: { ...parsed.data, page: 1, pageSize: Number.MAX_SAFE_INTEGER } });
  if (!all) return new Response("Not found.", { status: 404 });
  if (wantsXlsx(request.nextUrl.searchParams)) return xlsxResponse(all.rows, PEOPLE_CSV_COLUMNS, `baton-people-${asOf}.xlsx`, "People");
  return csvResponse(csvChunks(all.rows, PEOPLE_CSV_COLUMNS), `baton-people-${asOf}.csv`, all.total);
}
