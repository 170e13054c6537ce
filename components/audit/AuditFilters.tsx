import { IMPORT_KINDS } from "@/lib/csv/rows";
import { AUDIT_ENTITY_LABELS } from "@/lib/labels";

// An import's summary event is filed under the file's kind ("assessments"),
// beside the rows it wrote ("assessment"): the two must read apart.
function entityOption(entity: string): string {
  const label = AUDIT_ENTITY_LABELS[entity] ?? entity;
  return (IMPORT_KINDS as readonly string[]).includes(entity) ? `${label} (import file)` : label;
}

// A GET form: filters live in the address, so a view of the log can be shared.
export function AuditFilters({ entities, entity, actor }: { entities: string[]; entity?: string; actor?: string }) {
  return (
    <form method="get" action="/audit" className="flex flex-wrap items-end gap-3 text-sm">
      <label className="text-slate-700">
        Entity
        <select name="entity" defaultValue={entity ?? ""} className="mt-1 block w-44 rounded-md border border-slate-300 px-2 py-1.5">
          <option value="">All</option>
          {entities
            .map((e) => ({ value: e, label: entityOption(e) }))
            .sort((a, b) => a.label.localeCompare(b.label))
            .map((e) => (
              <option key={e.value} value={e.value}>
                {e.label}
              </option>
            ))}
        </select>
      </label>
      <label className="text-slate-700">
        Actor
        <input name="actor" defaultValue={actor ?? ""} placeholder="email contains…" className="mt-1 block w-56 rounded-md border border-slate-300 px-2 py-1.5" />
      </label>
      <button type="submit" className="rounded-md border border-slate-300 px-3 py-1.5 font-medium hover:bg-slate-50">
        Filter
      </button>
    </form>
  );
}
