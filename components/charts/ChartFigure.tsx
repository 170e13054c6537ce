import type { ReactNode } from "react";
import { emptyNote, type ChartSpec } from "@/lib/charts/spec";
import { Chart } from "./Chart";
import { ChartTable } from "./ChartTable";

// A chart card: title, one line on how to read it, the chart, and its numbers
// one click away (or always shown, for print). `wide` spans both columns of
// a chart grid, for a chart whose table has many columns.
export function ChartFigure(props: { id: string; title: string; caption: ReactNode; spec: ChartSpec; numbersOpen?: boolean; height?: string; wide?: boolean }) {
  const { id, title, caption, spec } = props;
  const note = emptyNote(spec);
  return (
    <figure aria-labelledby={`${id}-title`} data-chart={id} className={`chart-card flex flex-col ${props.wide ? "xl:col-span-2 print:col-span-2" : ""} rounded-lg border border-slate-200 bg-white p-5 shadow-sm`}>
      <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      <figcaption className="mt-1 text-sm text-slate-600">{caption}</figcaption>
      <div className={`relative mt-4 ${props.height ?? "h-64"}`}>
        <Chart spec={spec} title={title} />
        {note ? (
          <p className="pointer-events-none absolute inset-0 flex items-center justify-center">
            <span className="rounded bg-white/90 px-2 py-1 text-sm text-slate-700">{note}</span>
          </p>
        ) : null}
      </div>
      {props.numbersOpen ? (
        <ChartTable spec={spec} caption={title} />
      ) : (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer font-medium text-brand-700 hover:underline">Show numbers</summary>
          <ChartTable spec={spec} caption={title} />
        </details>
      )}
    </figure>
  );
}
