// npx tsx scripts/demo-csv.ts [--people N] [--out DIR]
// Writes the demo organization's four CSV files (people.csv, positions.csv,
// assessments.csv, nominations.csv) into DIR (default data/demo-csv), the very
// files `npm run db:seed` imports: for trying the upload page or the CLI on a
// file of any size up to 100,000 people.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { stringify } from "csv-stringify/sync";
import { generateDemoOrganization, MAX_PEOPLE } from "@/lib/demo/generate";

const { values } = parseArgs({ options: { people: { type: "string", default: "400" }, out: { type: "string", default: "data/demo-csv" } } });
const people = Number(values.people);
if (!Number.isInteger(people) || people < 20 || people > MAX_PEOPLE) {
  console.error(`--people must be a whole number from 20 to ${MAX_PEOPLE}`);
  process.exit(2);
}
const demo = generateDemoOrganization({ people });
mkdirSync(values.out, { recursive: true });
for (const kind of ["people", "positions", "assessments", "nominations"] as const) {
  const rows = demo[kind];
  const file = path.join(values.out, `${kind}.csv`);
  writeFileSync(file, stringify(rows, { header: true, columns: rows.length > 0 ? Object.keys(rows[0]!) : [] }));
  console.error(`wrote ${file}: ${rows.length} rows`);
}
