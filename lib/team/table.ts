import type { TeamQuery, TeamSortKey, TeamStatus } from "@/lib/schemas/team";
import { parseSortParam } from "@/lib/tables/url-state";

// My team as a table: filter, sort and page over the rows the view built.
// Pure, so the rule is tested without a database; the view does the scoping.
export interface TeamTableRow {
  employeeId: string;
  name: string;
  title: string;
  mgmtScore: number | null;
  leadScore: number | null;
  assessment: "draft" | "submitted" | null;
}

const STATUS_ORDER: Record<TeamStatus, number> = { none: 0, draft: 1, submitted: 2 };
const statusOf = (row: TeamTableRow): TeamStatus => row.assessment ?? "none";
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

// Missing scores sort last whichever way the column is turned: "not
// assessed" is not a low score.
function compareBy(key: TeamSortKey, desc: boolean) {
  const sign = desc ? -1 : 1;
  return (a: TeamTableRow, b: TeamTableRow): number => {
    if (key === "mgmtScore" || key === "leadScore") {
      const x = a[key];
      const y = b[key];
      if (x === null || y === null) return x === y ? 0 : x === null ? 1 : -1;
      return sign * (x - y);
    }
    if (key === "assessment") return sign * (STATUS_ORDER[statusOf(a)] - STATUS_ORDER[statusOf(b)]);
    return sign * collator.compare(a[key], b[key]);
  };
}

export function teamPage<T extends TeamTableRow>(rows: readonly T[], query: Pick<TeamQuery, "q" | "status" | "sort" | "page" | "pageSize">) {
  const needle = query.q?.toLowerCase();
  const matching = rows.filter(
    (r) =>
      (!needle || r.name.toLowerCase().includes(needle) || r.employeeId.toLowerCase().includes(needle) || r.title.toLowerCase().includes(needle)) &&
      (!query.status || statusOf(r) === query.status),
  );
  const { id, desc } = parseSortParam(query.sort);
  const byKey = compareBy(id as TeamSortKey, desc);
  // Ties keep a stable, readable order: by name, then id.
  const sorted = [...matching].sort((a, b) => byKey(a, b) || collator.compare(a.name, b.name) || a.employeeId.localeCompare(b.employeeId));
  const pageCount = Math.max(1, Math.ceil(sorted.length / query.pageSize));
  const page = Math.min(query.page, pageCount);
  return { rows: sorted.slice((page - 1) * query.pageSize, page * query.pageSize), total: sorted.length, page };
}
