import Link from "next/link";
import type { ReactNode } from "react";
import type { UnitOption } from "@/lib/tables/unit-options";

// Labelled form controls for the filter bars: every control has a visible
// label, and the same look on every table.
const CONTROL = "mt-1 block h-9 w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm text-slate-900 shadow-sm focus:border-brand-600";

export function Field({ label, htmlFor, children, className }: { label: string; htmlFor: string; children: ReactNode; className?: string }) {
  return (
    <div className={`min-w-0 ${className ?? ""}`}>
      <label htmlFor={htmlFor} className="block text-xs font-medium text-slate-600">
        {label}
      </label>
      {children}
    </div>
  );
}

export function SelectField({
  label,
  name,
  value,
  options,
  anyLabel,
  className,
}: {
  label: string;
  name: string;
  value: string | undefined;
  options: readonly { value: string; label: string }[];
  anyLabel: string;
  className?: string;
}) {
  const id = `filter-${name}`;
  return (
    <Field label={label} htmlFor={id} className={className}>
      <select id={id} name={name} defaultValue={value ?? ""} className={CONTROL}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

// Units indented under their parents; the path is the value.
export function unitSelectOptions(units: readonly UnitOption[]): { value: string; label: string }[] {
  return units.map((u) => ({ value: u.id, label: `${"\u00a0\u00a0\u00a0".repeat(u.depth)}${u.name}` }));
}

export function TextField({
  label,
  name,
  value,
  type = "text",
  placeholder,
  defaultValue,
  className,
}: {
  label: string;
  name: string;
  value: string | undefined;
  type?: "text" | "search" | "date";
  placeholder?: string;
  defaultValue?: string; // left out of the URL when unchanged (FilterForm)
  className?: string;
}) {
  const id = `filter-${name}`;
  return (
    <Field label={label} htmlFor={id} className={className}>
      <input id={id} name={name} type={type} defaultValue={value ?? ""} placeholder={placeholder} data-default={defaultValue} className={CONTROL} />
    </Field>
  );
}

export const BUTTON_PRIMARY = "rounded-md bg-brand-600 px-3.5 py-1.5 text-sm font-semibold text-white shadow-sm hover:bg-brand-700";
export const BUTTON_SECONDARY = "rounded-md border border-slate-300 bg-white px-3.5 py-1.5 text-sm font-medium text-slate-700 shadow-sm hover:bg-slate-50";

// Apply, Clear and Export CSV, the same at the end of every table's filters.
export function FilterActions({ clearHref, exportHref }: { clearHref: string; exportHref: string }) {
  return (
    <>
      <div className="flex gap-2 self-end">
        <button type="submit" className={BUTTON_PRIMARY}>
          Apply
        </button>
        <Link href={clearHref} className={BUTTON_SECONDARY}>
          Clear
        </Link>
      </div>
      <a href={exportHref} className={`${BUTTON_SECONDARY} ml-auto self-end`} download>
        Export CSV
      </a>
      <a href={`${exportHref}${exportHref.includes("?") ? "&" : "?"}format=xlsx`} className={`${BUTTON_SECONDARY} self-end`} download>
        Export Excel
      </a>
    </>
  );
}
