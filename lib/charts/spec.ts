import { formatCount, formatPercent } from "@/lib/format/numbers";

// A chart described as plain data: the server shapes it, the one Chart.js
// wrapper (components/charts/Chart.tsx) draws it, and the same object gives
// the accessible table and the canvas's text alternative, so the picture and
// the numbers can never disagree.

export type ValueUnit = "count" | "percent";

export interface ChartSeries {
  label: string;
  values: (number | null)[]; // one per label; null = no data (drawn as a gap, shown as "—")
  color: string;
  unit: ValueUnit;
  // Context a reader needs in the numbers (a gap, a denominator) but that
  // would clutter the picture.
  tableOnly?: boolean;
  // A second line that often coincides with the first stays visible dashed,
  // and tells the two apart without colour.
  dashed?: boolean;
}

export interface ChartSpec {
  kind: "bar" | "line";
  horizontal?: boolean;
  categoryLabel: string; // header of the table's first column
  valueLabel: string; // the value axis title
  unit: ValueUnit; // of the value axis
  labels: string[];
  series: ChartSeries[];
}

// Okabe & Ito (2008), "Color Universal Design": eight colours that stay
// distinguishable under the common colour-vision deficiencies.
export const PALETTE = {
  blue: "#0072B2",
  orange: "#E69F00",
  vermillion: "#D55E00",
  green: "#009E73",
  sky: "#56B4E9",
  purple: "#CC79A7",
  grey: "#6B7280",
} as const;

// The charts' numbers follow the one rounding rule of every page.
export function formatValue(value: number | null, unit: ValueUnit): string {
  return unit === "percent" ? formatPercent(value) : formatCount(value);
}

export interface ChartTable {
  head: string[];
  rows: string[][];
}

export function chartTable(spec: ChartSpec): ChartTable {
  return {
    head: [spec.categoryLabel, ...spec.series.map((s) => s.label)],
    rows: spec.labels.map((label, i) => [label, ...spec.series.map((s) => formatValue(s.values[i] ?? null, s.unit))]),
  };
}

// The canvas's text alternative: every number, category by category, so a
// screen reader gets what a sighted reader gets from the bars.
export function describeChart(title: string, spec: ChartSpec): string {
  if (spec.labels.length === 0) return `${title}: no data.`;
  const parts = spec.labels.map(
    (label, i) => `${label}: ${spec.series.map((s) => `${s.label} ${formatValue(s.values[i] ?? null, s.unit)}`).join(", ")}`,
  );
  return `${title}. ${parts.join("; ")}.`;
}

// A chart whose bars all have zero height looks broken; say why instead.
export function emptyNote(spec: ChartSpec): string | null {
  const drawn = spec.series.filter((s) => !s.tableOnly).flatMap((s) => s.values);
  if (drawn.every((v) => v === null)) return "No data for this date and scope.";
  if (drawn.every((v) => v === null || v === 0)) return spec.unit === "percent" ? "0 % for this date and scope." : "None for this date and scope.";
  return null;
}
