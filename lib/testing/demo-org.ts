import { stringify } from "csv-stringify/sync";
import { generateDemoOrganization, type DemoOptions } from "@/lib/demo/generate";
import { importCsv, type ImportKind } from "@/lib/import";
import type { Db } from "@/lib/server/infra/db";
import type { Provider } from "./test-databases";

// A generated demo organization loaded through the product's own import, for
// tests that need a realistic shape (hundreds of seats, several divisions)
// rather than the hand-made small organization.
export async function seedDemoOrganization(db: Db, provider: Provider, options: DemoOptions): Promise<void> {
  const demo = generateDemoOrganization(options);
  const files: [ImportKind, Record<string, string>[]][] = [
    ["people", demo.people],
    ["positions", demo.positions],
    ["assessments", demo.assessments],
    ["nominations", demo.nominations],
  ];
  for (const [kind, rows] of files) {
    const content = stringify(rows, { header: true, columns: rows.length > 0 ? Object.keys(rows[0]!) : [] });
    const result = await importCsv({ db, provider, kind, content, fileName: `${kind}.csv`, dryRun: false, actor: { label: "test" } });
    if (!result.ok) throw new Error(`demo ${kind} refused: ${result.errors.slice(0, 3).map((e) => `row ${e.row}: ${e.message}`).join("; ")}`);
  }
}
