"use client";

import {
  BarController,
  BarElement,
  CategoryScale,
  Chart as ChartJS,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartData,
  type ChartOptions,
} from "chart.js";
import { Chart as ReactChart } from "react-chartjs-2";
import { describeChart, formatValue, type ChartSpec } from "@/lib/charts/spec";

// The one Chart.js wrapper. Only what Baton's charts use is registered, so the
// bundle carries bars and lines and nothing else.
ChartJS.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

const SLATE_600 = "#475569";
const GRID = "#e2e8f0";

function toData(spec: ChartSpec): ChartData<"bar" | "line", (number | null)[], string> {
  return {
    labels: spec.labels,
    datasets: spec.series
      .filter((s) => !s.tableOnly)
      .map((s) => ({
        label: s.label,
        data: s.values,
        backgroundColor: s.color,
        borderColor: s.color,
        borderWidth: spec.kind === "line" ? 3 : 0,
        borderDash: s.dashed ? [8, 5] : [],
        pointStyle: s.dashed ? ("rectRot" as const) : ("circle" as const),
        borderRadius: 3,
        maxBarThickness: 40,
        pointRadius: 5,
        pointHoverRadius: 7,
      })),
  };
}

function toOptions(spec: ChartSpec): ChartOptions<"bar" | "line"> {
  const valueAxis = {
    beginAtZero: true,
    ...(spec.unit === "percent" ? { max: 100 } : {}),
    title: { display: true, text: spec.valueLabel, color: SLATE_600 },
    ticks: { color: SLATE_600, precision: 0, callback: (value: string | number) => (spec.unit === "percent" ? `${value} %` : value) },
    grid: { color: GRID },
  };
  const categoryAxis = { ticks: { color: SLATE_600 }, grid: { display: false } };
  return {
    responsive: true,
    maintainAspectRatio: false,
    // Drawn at once: nothing moves for people who asked for less motion, and a
    // printout never catches a bar half-way.
    animation: false,
    indexAxis: spec.horizontal ? "y" : "x",
    scales: spec.horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
    plugins: {
      legend: { position: "bottom", labels: { color: SLATE_600, boxWidth: 14 } },
      tooltip: {
        callbacks: {
          label: (item) => {
            const series = spec.series.find((s) => s.label === item.dataset.label);
            const raw = item.raw;
            return `${item.dataset.label ?? ""}: ${formatValue(typeof raw === "number" ? raw : null, series?.unit ?? spec.unit)}`;
          },
        },
      },
    },
  };
}

export function Chart({ spec, title }: { spec: ChartSpec; title: string }) {
  return (
    <ReactChart
      type={spec.kind}
      data={toData(spec)}
      options={toOptions(spec)}
      role="img"
      aria-label={describeChart(title, spec)}
      fallbackContent={<p>{describeChart(title, spec)}</p>}
    />
  );
}
