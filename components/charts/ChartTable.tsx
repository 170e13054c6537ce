import { chartTable, type ChartSpec } from "@/lib/charts/spec";

// The numbers behind a chart, as a real table: the accessible view of the
// picture and the version that survives printing in black and white.
export function ChartTable({ spec, caption }: { spec: ChartSpec; caption: string }) {
  const table = chartTable(spec);
  // The trend's table counts every flag too: smaller type keeps its columns
  // inside a half-width card, and a narrow screen scrolls it sideways.
  const dense = table.head.length > 5;
  const cell = dense ? "px-1.5 py-1" : "px-2 py-1.5";
  return (
    // Focusable, so a keyboard can scroll it when it overflows.
    <div className="overflow-x-auto print:overflow-visible" tabIndex={0} role="group" aria-label={`${caption}, in numbers`}>
      <table className={`mt-2 w-full border-collapse ${dense ? "text-xs" : "text-sm"}`}>
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-300 text-left text-slate-700">
            {table.head.map((h, i) => (
              <th key={h} scope="col" className={`${cell} font-semibold ${i > 0 ? "text-right" : ""}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map(([label, ...values]) => (
            <tr key={label} className="border-b border-slate-100 last:border-0">
              <th scope="row" className={`${cell} whitespace-nowrap text-left font-medium text-slate-800`}>
                {label}
              </th>
              {values.map((v, i) => (
                <td key={table.head[i + 1]} className={`${cell} text-right tabular-nums text-slate-800`}>
                  {v}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
