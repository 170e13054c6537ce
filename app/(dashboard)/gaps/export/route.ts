import type { NextRequest } from "next/server";
import { gapCsvChunks, gapCsvColumns } from "@/lib/gaps/csv";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { scopeFor } from "@/lib/server/access";
import { getDb } from "@/lib/server/db";
import { findAllGapRows, seesRetirement } from "@/lib/server/gaps";
import { getCurrentUser } from "@/lib/server/session";
import { today } from "@/lib/server/today";
import { csvResponse } from "@/lib/tables/csv";
import { firstValues } from "@/lib/tables/url-state";
import { wantsXlsx, xlsxResponse } from "@/lib/tables/xlsx";

// GET /gaps/export?<the page's filters> — every row of the current filtered
// view as CSV, with the CLI's column names, streamed in chunks (or, with
// format=xlsx, as an Excel workbook).
export async function GET(request: NextRequest): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) return new Response("Sign in to export.", { status: 401 });
  const parsed = ZPositionsQuery.safeParse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!parsed.success) return new Response(`Invalid filters: ${parsed.error.issues.map((i) => `${i.path.join(".")} ${i.message}`).join("; ")}`, { status: 400 });
  const db = getDb();
  const scope = await scopeFor(db, user);
  const asOf = parsed.data.asOf ?? today();
  const rows = await findAllGapRows({ db, scope, asOf, query: parsed.data });
  if (wantsXlsx(request.nextUrl.searchParams)) return xlsxResponse(rows, gapCsvColumns(seesRetirement(scope)), `baton-gaps-${asOf}.xlsx`, "Gaps");
  return csvResponse(gapCsvChunks(rows, gapCsvColumns(seesRetirement(scope))), `baton-gaps-${asOf}.csv`, rows.length);
}
