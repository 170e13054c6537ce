import { GAP_FLAGS } from "@/lib/domain";
import { FLAG_LABELS } from "@/lib/labels";
import { RISK_BAND_LABELS, RISK_BANDS } from "@/lib/gaps/risk-band";
import type { PositionsQuery } from "@/lib/schemas/api";
import type { UnitOption } from "@/lib/tables/unit-options";
import { DEFAULT_PAGE_SIZE } from "@/lib/tables/url-state";
import { FilterActions, SelectField, TextField, unitSelectOptions } from "@/components/tables/fields";
import { FilterForm } from "@/components/tables/FilterForm";

export interface GapFiltersProps {
  query: PositionsQuery;
  asOf: string;
  today: string;
  clearHref: string;
  orgUnits: readonly UnitOption[];
  levels: readonly { code: string; name: string }[];
  exportHref: string;
}

export function GapFilters({ query, asOf, today, clearHref, orgUnits, levels, exportHref }: GapFiltersProps) {
  return (
    <FilterForm label="Filter positions" className="mt-6 rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
      <div className="flex flex-wrap items-start gap-3">
        <TextField label="Search" name="q" type="search" value={query.q} placeholder="Title, id or incumbent" className="w-64" />
        <SelectField label="Flag" name="flag" className="w-52" value={query.flag} anyLabel="Any flag" options={GAP_FLAGS.map((f) => ({ value: f, label: FLAG_LABELS[f] }))} />
        <SelectField label="Org unit" name="orgUnit" className="w-40" value={query.orgUnit} anyLabel="All units" options={unitSelectOptions(orgUnits)} />
        <SelectField label="Level" name="level" className="w-40" value={query.level} anyLabel="All levels" options={levels.map((l) => ({ value: l.code, label: `${l.code} ${l.name}` }))} />
        <SelectField
          label="Critical"
          name="critical"
          className="w-40"
          value={query.critical === undefined ? undefined : String(query.critical)}
          anyLabel="All positions"
          options={[
            { value: "true", label: "Critical only" },
            { value: "false", label: "Not critical" },
          ]}
        />
        <SelectField label="Risk" name="riskBand" className="w-40" value={query.riskBand} anyLabel="Any risk" options={RISK_BANDS.map((b) => ({ value: b, label: RISK_BAND_LABELS[b] }))} />
        <TextField label="As of" name="asOf" type="date" value={asOf} defaultValue={today} className="w-40" />
        <FilterActions clearHref={clearHref} exportHref={exportHref} />
      </div>
      {/* The order survives a change of filters; the page does not. */}
      <input type="hidden" name="sort" value={query.sort} data-default="-risk" />
      {query.pageSize !== DEFAULT_PAGE_SIZE ? <input type="hidden" name="pageSize" value={query.pageSize} /> : null}
    </FilterForm>
  );
}
