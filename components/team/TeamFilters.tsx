import { FilterForm } from "@/components/tables/FilterForm";
import { BUTTON_PRIMARY, BUTTON_SECONDARY, SelectField, TextField } from "@/components/tables/fields";
import Link from "next/link";
import type { TeamQuery } from "@/lib/schemas/team";
import { DEFAULT_PAGE_SIZE } from "@/lib/tables/url-state";
import { ASSESSMENT_STATUS_LABELS } from "@/lib/labels";

export function TeamFilters({ query, showSubmitted }: { query: TeamQuery; showSubmitted: boolean }) {
  const statuses = (showSubmitted ? (["none", "draft", "submitted"] as const) : (["none", "draft"] as const)).map((s) => ({ value: s, label: ASSESSMENT_STATUS_LABELS[s] }));
  return (
    <FilterForm label="Filter the team" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-end gap-3">
        <TextField label="Search" name="q" type="search" value={query.q} placeholder="Name, id or title" className="w-64" />
        <SelectField label="Open cycle" name="status" className="w-44" value={query.status} anyLabel="Anyone" options={statuses} />
        <div className="flex gap-2">
          <button type="submit" className={BUTTON_PRIMARY}>
            Apply
          </button>
          <Link href="/team" className={BUTTON_SECONDARY}>
            Clear
          </Link>
        </div>
      </div>
      <input type="hidden" name="sort" value={query.sort} data-default="name" />
      {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
    </FilterForm>
  );
}
