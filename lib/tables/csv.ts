import { stringify } from "csv-stringify/sync";
import { flattenRow } from "@/lib/reports/flatten";
import { neutraliseFormula } from "./formula-safe";

export { neutraliseFormula };

// CSV text of report rows, flattened to the CLI's snake_case names
// (lib/reports/flatten.ts), in chunks of `chunkSize` rows with the header
// first, so a response can stream 100,000 rows without one 20 MB string.
export function* csvChunks(rows: Iterable<object>, columns: readonly string[], chunkSize = 1000): Generator<string> {
  const options = { columns: [...columns], cast: { boolean: (b: boolean) => String(b), string: neutraliseFormula } };
  yield stringify([], { ...options, header: true });
  let batch: object[] = [];
  for (const row of rows) {
    batch.push(flattenRow(row));
    if (batch.length >= chunkSize) {
      yield stringify(batch, options);
      batch = [];
    }
  }
  if (batch.length > 0) yield stringify(batch, options);
}

// A download that pulls the next chunk only when the client is ready for it.
export function csvResponse(chunks: Iterator<string>, fileName: string, rowCount: number): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      const next = chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": `attachment; filename="${fileName}"`,
      "Cache-Control": "no-store",
      "X-Total-Rows": String(rowCount),
    },
  });
}
