import type { PeopleQuery } from "@/lib/schemas/people";
import type { UnitOption } from "@/lib/tables/unit-options";
import { DEFAULT_PAGE_SIZE } from "@/lib/tables/url-state";
import { FilterActions, SelectField, TextField, unitSelectOptions } from "@/components/tables/fields";
import { FilterForm } from "@/components/tables/FilterForm";

const YES_NO = (yes: string, no: string) => [
  { value: "true", label: yes },
  { value: "false", label: no },
];

export interface PeopleFiltersProps {
  query: PeopleQuery;
  asOf: string;
  today: string;
  clearHref: string;
  orgUnits: readonly UnitOption[];
  levels: readonly { code: string; name: string }[];
  exportHref: string;
}

export function PeopleFilters({ query, asOf, today, clearHref, orgUnits, levels, exportHref }: PeopleFiltersProps) {
  const flag = (v: boolean | undefined) => (v === undefined ? undefined : String(v));
  return (
    <FilterForm label="Filter people" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start gap-3">
        <TextField label="Search" name="q" type="search" value={query.q} placeholder="Name, id or title" className="w-64" />
        <SelectField label="Org unit" name="orgUnit" className="w-40" value={query.orgUnit} anyLabel="All units" options={unitSelectOptions(orgUnits)} />
        <SelectField label="Level" name="level" className="w-40" value={query.level} anyLabel="All levels" options={levels.map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))} />
        <SelectField label="Stuck in management" name="stuck" className="w-40" value={flag(query.stuck)} anyLabel="Anyone" options={YES_NO("Stuck only", "Not stuck")} />
        <SelectField label="Retiring soon" name="retiringSoon" className="w-40" value={flag(query.retiringSoon)} anyLabel="Anyone" options={YES_NO("Retiring soon", "Not retiring soon")} />
        <TextField label="As of" name="asOf" type="date" value={asOf} defaultValue={today} className="w-40" />
        <FilterActions clearHref={clearHref} exportHref={exportHref} />
      </div>
      <input type="hidden" name="sort" value={query.sort} data-default="name" />
      {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
    </FilterForm>
  );
}
