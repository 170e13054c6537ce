import { ZPositionsQuery } from "@/lib/schemas/api";
import { ZSnapshotId } from "@/lib/schemas/snapshots";
import { apiRoute, parseQuery } from "@/lib/server/http/api-handler";
import { invalidInput, notFound } from "@/lib/server/http/api-response";
import { findSnapshotPositions } from "@/lib/server/views/plan-snapshots";

// The snapshot's gap-report rows: the same shape and paging as /positions.
export const GET = apiRoute<{ id: string }>(async ({ request, viewer, params }) => {
  const id = ZSnapshotId.safeParse(params.id);
  if (!id.success) return invalidInput(id.error);
  const query = parseQuery(request, ZPositionsQuery);
  if (!query.ok) return query.response;
  const page = await findSnapshotPositions(viewer, id.data, query.data);
  if (!page) return notFound(`no plan snapshot ${id.data}`);
  const { asOf, rows, total } = page;
  return Response.json({ asOf, rows, page: page.page, pageSize: page.pageSize, total });
});
