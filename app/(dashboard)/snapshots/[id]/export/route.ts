import type { NextRequest } from "next/server";
import { gapCsvChunks, gapCsvColumns } from "@/lib/gaps/csv";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { ZSnapshotId } from "@/lib/schemas/snapshots";
import { seesRetirement } from "@/lib/server/access/permissions";
import { findViewer } from "@/lib/server/access/request-viewer";
import { findSnapshotPositions } from "@/lib/server/views/plan-snapshots";
import { csvResponse } from "@/lib/tables/csv";
import { firstValues } from "@/lib/tables/url-state";

// GET /snapshots/{id}/export — the snapshot's gap report as CSV, with the
// live report's columns, so the two files compare line by line.
export async function GET(request: NextRequest, context: { params: Promise<{ id: string }> }): Promise<Response> {
  const viewer = await findViewer();
  if (!viewer) return new Response("Sign in to export.", { status: 401 });
  const id = ZSnapshotId.safeParse((await context.params).id);
  const parsed = ZPositionsQuery.safeParse(firstValues(Object.fromEntries(request.nextUrl.searchParams)));
  if (!id.success || !parsed.success) return new Response("Invalid snapshot or filters.", { status: 400 });
  const page = await findSnapshotPositions(viewer, id.data, { ...parsed.data, page: 1, pageSize: Number.MAX_SAFE_INTEGER });
  if (!page) return new Response("No such plan snapshot.", { status: 404 });
  return csvResponse(gapCsvChunks(page.rows, gapCsvColumns(seesRetirement(viewer))), `baton-snapshot-${id.data}-${page.asOf}.csv`, page.rows.length);
}
