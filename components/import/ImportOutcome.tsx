import { formatCount } from "@/lib/format/numbers";
import { ImportErrorsTable } from "./ImportErrorsTable";
import { ImportSummaryTable } from "./ImportSummaryTable";
import type { ImportState } from "./state";
import { DateText } from "@/components/ui/Dates";

const rowsOf = (n: number) => `${formatCount(n)} ${n === 1 ? "row" : "rows"}`;

// What the last step said: the preview of a valid file, its errors, or what
// applying it wrote.
export function ImportOutcome({ state }: { state: ImportState }) {
  if (state.step === "idle") return null;
  if (state.step === "rejected") {
    return (
      <p role="alert" data-testid="import-rejected" className="rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-800">
        {state.message}
      </p>
    );
  }
  const { result } = state;
  if (!result.ok) return <ImportErrorsTable result={result} />;
  if (state.step === "applied") {
    return (
      <div role="status" className="grid gap-3" data-testid="import-applied">
        <p className="font-medium text-emerald-800">
          {"applied" in result && result.applied
            ? <>Imported {result.fileName}: {rowsOf(result.rowCount)} applied, in effect from <DateText value={result.effectiveDate} />.</>
            : `${result.fileName} matched what is stored; nothing changed.`}
        </p>
        <ImportSummaryTable summary={result.summary} caption="What the import did" />
      </div>
    );
  }
  return (
    <div className="grid gap-3" data-testid="import-preview">
      <p className="text-slate-800">
        {result.fileName} is valid ({rowsOf(result.rowCount)}).{" "}
        {result.hasChanges
          ? <>Nothing has been written yet: check the counts, then apply. The changes would take effect on <DateText value={result.effectiveDate} />.</>
          : "Every row matches what is stored; applying would change nothing."}
      </p>
      <ImportSummaryTable summary={result.summary} caption="What applying would do" />
      {result.preview.length > 0 ? (
        <details className="text-sm">
          <summary className="cursor-pointer text-slate-700">First {result.preview.length} records to write</summary>
          <ul className="mt-1 grid gap-0.5 font-mono text-xs">
            {result.preview.map((line) => (
              <li key={`${line.entity}-${line.key}`}>
                {line.action} {line.entity} {line.key}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
