// The heatmap's colour: the mean position risk of the cell (0–100), in five
// classes of ColorBrewer's YlOrRd (Brewer & Harrower, colorbrewer2.org), a
// sequential scheme rated colour-blind safe: lightness falls steadily from
// class to class, so the order reads even without hue. The class limits put
// the high-risk threshold (60, docs/risk.md) on a class boundary. Colour is
// never the only carrier: every cell prints its numbers.

export interface RiskClass {
  label: string;
  min: number; // inclusive
  background: string;
  foreground: string; // the text colour with the better contrast on it
}

const CLASSES: readonly { label: string; min: number; background: string }[] = [
  { label: "under 20", min: 0, background: "#ffffb2" },
  { label: "20–40", min: 20, background: "#fecc5c" },
  { label: "40–60", min: 40, background: "#fd8d3c" },
  { label: "60–80", min: 60, background: "#f03b20" },
  { label: "80 and above", min: 80, background: "#bd0026" },
];

function channel(hex: string, at: number): number {
  const c = parseInt(hex.slice(at, at + 2), 16) / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

// WCAG 2.x relative luminance and contrast ratio.
export function luminance(hex: string): number {
  return 0.2126 * channel(hex, 1) + 0.7152 * channel(hex, 3) + 0.0722 * channel(hex, 5);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const DARK = "#000000";
const LIGHT = "#ffffff";

export const RISK_CLASSES: readonly RiskClass[] = CLASSES.map((c) => ({
  ...c,
  foreground: contrastRatio(c.background, DARK) >= contrastRatio(c.background, LIGHT) ? DARK : LIGHT,
}));

// null for an empty cell: no positions is not the same as no risk.
export function riskClassIndex(meanRisk: number | null): number | null {
  if (meanRisk === null || Number.isNaN(meanRisk)) return null;
  let index = 0;
  RISK_CLASSES.forEach((c, i) => {
    if (meanRisk >= c.min) index = i;
  });
  return index;
}
