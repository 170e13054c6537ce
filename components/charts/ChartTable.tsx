import { chartTable, type ChartSpec } from "@/lib/charts/spec";

// The numbers behind a chart, as a real table: the accessible view of the
// picture and the version that survives printing in black and white.
export function ChartTable({ spec, caption }: { spec: ChartSpec; caption: string }) {
  const table = chartTable(spec);
  return (
    <table className="mt-2 w-full border-collapse text-sm">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr className="border-b border-slate-300 text-left text-slate-700">
          {table.head.map((h, i) => (
            <th key={h} scope="col" className={`px-2 py-1.5 font-semibold ${i > 0 ? "text-right" : ""}`}>
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map(([label, ...values]) => (
          <tr key={label} className="border-b border-slate-100 last:border-0">
            <th scope="row" className="px-2 py-1.5 text-left font-medium text-slate-800">
              {label}
            </th>
            {values.map((v, i) => (
              <td key={table.head[i + 1]} className="px-2 py-1.5 text-right tabular-nums text-slate-800">
                {v}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
