// Turns report rows (JSON with nested objects and arrays) into flat CSV
// records with the same names in snake_case (SPEC §7): successors.readyNow
// becomes successors_ready_now; arrays join with ";" so a cell stays one
// value a spreadsheet can filter on.
export type CsvValue = string | number | boolean | null;

export function snakeCase(name: string): string {
  return name
    .replace(/([a-z])([A-Z0-9])/g, "$1_$2")
    .replace(/([0-9])([A-Za-z])/g, "$1_$2")
    .replace(/-/g, "_")
    .toLowerCase();
}

function flattenInto(out: Record<string, CsvValue>, prefix: string, value: unknown): void {
  if (Array.isArray(value)) {
    out[prefix] = value.map(String).join(";");
  } else if (value !== null && typeof value === "object") {
    for (const [key, inner] of Object.entries(value)) flattenInto(out, prefix ? `${prefix}_${snakeCase(key)}` : snakeCase(key), inner);
  } else {
    out[prefix] = value === undefined ? null : (value as CsvValue);
  }
}

export function flattenRow(row: object): Record<string, CsvValue> {
  const out: Record<string, CsvValue> = {};
  flattenInto(out, "", row);
  return out;
}
