import type { ImportRefused } from "@/lib/csv/results";

// Every problem with the row and column it refers to, in file order, so a
// person can work down the file in a spreadsheet; the file's line too when a
// multi-line cell makes it differ from the row.
export function ImportErrorsTable({ result }: { result: ImportRefused }) {
  const hidden = result.errorCount - result.errors.length;
  return (
    <div role="alert">
      <p className="font-medium text-red-800">
        {result.fileName} was not imported: {result.errorCount} {result.errorCount === 1 ? "problem" : "problems"}. Nothing was written. Fix the file and
        upload it again.
      </p>
      <table className="mt-2 text-sm" data-testid="import-errors">
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 pr-6 font-medium">Row</th>
            <th scope="col" className="py-1 pr-6 font-medium">Column</th>
            <th scope="col" className="py-1 font-medium">Problem</th>
          </tr>
        </thead>
        <tbody>
          {result.errors.map((error, index) => (
            <tr key={`${error.row}-${error.column ?? ""}-${index}`} className="border-t border-slate-100 align-top">
              <td className="py-1 pr-6 tabular-nums">
                {error.row > 0 ? error.row : "file"}
                {error.line !== undefined ? <span className="block text-xs text-slate-600">line {error.line} of the file</span> : null}
              </td>
              <td className="py-1 pr-6 font-mono">{error.column ?? "—"}</td>
              <td className="py-1">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {hidden > 0 ? <p className="mt-1 text-sm text-slate-600">…and {hidden} more, not listed.</p> : null}
    </div>
  );
}
