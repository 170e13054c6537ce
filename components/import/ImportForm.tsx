"use client";

import { startTransition, useActionState, useState, type FormEvent } from "react";
import { ImportOutcome } from "./ImportOutcome";
import { MAX_UPLOAD_BYTES, type ImportAction, type ImportState, type KindColumns } from "./state";

const initial: ImportState = { step: "idle" };

export function ImportForm({ action, kinds }: { action: ImportAction; kinds: KindColumns[] }) {
  const [state, dispatch, pending] = useActionState(action, initial);
  const [kind, setKind] = useState(kinds[0]?.kind ?? "people");
  const [intent, setIntent] = useState<"preview" | "apply">("preview");
  // A preview only licenses "Apply" for the file and kind it was made from.
  const [stale, setStale] = useState(false);
  const [tooBig, setTooBig] = useState(false);
  const columns = kinds.find((k) => k.kind === kind);

  // Submitted by hand rather than through the form's action prop: React
  // resets a form after its action, which would empty the file input, and
  // Apply needs that same file posted again.
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const file = formData.get("file");
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setTooBig(true);
      return;
    }
    setIntent(formData.get("intent") === "apply" ? "apply" : "preview");
    setStale(false);
    startTransition(() => dispatch(formData));
  }

  const canApply = !stale && !pending && state.step === "previewed" && state.result.ok && state.result.hasChanges;
  return (
    <form onSubmit={submit} onChange={() => setStale(true)} className="grid gap-5">
      <div className="grid gap-4 rounded-lg border border-slate-200 bg-white p-5">
        <label className="text-sm font-medium text-slate-800">
          Kind of file
          <select name="kind" value={kind} onChange={(e) => setKind(e.target.value as typeof kind)} className="mt-1 block w-56 rounded-md border border-slate-300 px-2 py-1.5">
            {kinds.map((k) => (
              <option key={k.kind} value={k.kind}>
                {k.kind}
              </option>
            ))}
          </select>
        </label>
        {columns ? (
          <p className="text-xs text-slate-600">
            Columns: <span className="font-mono">{columns.required.join(", ")}</span>
            {columns.optional.length > 0 ? (
              <>
                {" "}
                (optional: <span className="font-mono">{columns.optional.join(", ")}</span>)
              </>
            ) : null}
          </p>
        ) : null}
        <label className="text-sm font-medium text-slate-800">
          CSV file (up to 1 MB)
          <input name="file" type="file" accept=".csv,text/csv" required onChange={() => setTooBig(false)} className="mt-1 block text-sm" />
        </label>
        {tooBig ? <p role="alert" className="text-sm text-red-700">That file is over 1 MB; import it with the command line tool (npm run baton import).</p> : null}
        <div className="flex items-center gap-3">
          <button type="submit" name="intent" value="preview" disabled={pending} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60">
            Preview
          </button>
          {canApply ? (
            <button type="submit" name="intent" value="apply" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
              Apply
            </button>
          ) : null}
          <p role="status" className="text-sm text-slate-700">
            {pending ? (intent === "apply" ? "Applying… (all or nothing; do not close this page)" : "Checking the file…") : ""}
          </p>
        </div>
      </div>
      {!stale ? <ImportOutcome state={state} /> : null}
    </form>
  );
}
