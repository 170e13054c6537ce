import type { ImportSummary, SummaryEntity } from "@/lib/csv/results";
import { formatCount } from "@/lib/format/numbers";

const ENTITY_LABELS: Record<SummaryEntity, string> = {
  people: "People",
  positions: "Positions",
  orgUnits: "Org units",
  cycles: "Cycles",
  assessments: "Assessments",
  nominations: "Nominations",
};

// Counts per entity the file touches: what applying does (or did).
export function ImportSummaryTable({ summary, caption }: { summary: ImportSummary; caption: string }) {
  const rows = (Object.keys(ENTITY_LABELS) as SummaryEntity[]).flatMap((entity) => {
    const counts = summary[entity];
    return counts ? [{ entity, ...counts }] : [];
  });
  return (
    <table className="text-sm" data-testid="import-summary">
      <caption className="mb-1 text-left font-medium text-slate-800">{caption}</caption>
      <thead>
        <tr className="text-left text-slate-600">
          <th scope="col" className="py-1 pr-6 font-medium">Records</th>
          <th scope="col" className="py-1 pr-6 text-right font-medium">Create</th>
          <th scope="col" className="py-1 pr-6 text-right font-medium">Update</th>
          <th scope="col" className="py-1 text-right font-medium">Unchanged</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.entity} className="border-t border-slate-100">
            <th scope="row" className="py-1 pr-6 text-left font-normal">{ENTITY_LABELS[row.entity]}</th>
            <td className="py-1 pr-6 text-right tabular-nums">{formatCount(row.created)}</td>
            <td className="py-1 pr-6 text-right tabular-nums">{formatCount(row.updated)}</td>
            <td className="py-1 text-right tabular-nums">{formatCount(row.unchanged)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
