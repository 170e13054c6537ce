"use client";

import { useState, type FormEvent } from "react";
import type { UploadStage } from "@/lib/csv/progress";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL, tooLargeMessage, type ImportIntent } from "@/lib/schemas/import-upload";
import { ImportOutcome } from "./ImportOutcome";
import { ImportProgress } from "./ImportProgress";
import { postImport } from "./post-import";
import type { ImportState, KindColumns } from "./state";

const STATUS: Record<ImportIntent, string> = {
  preview: "Checking the file…",
  apply: "Applying… (all or nothing; do not close this page)",
};

export function ImportForm({ kinds, today }: { kinds: KindColumns[]; today: string }) {
  const [outcome, setOutcome] = useState<ImportState>({ step: "idle" });
  const [running, setRunning] = useState<{ intent: ImportIntent; stage: UploadStage | null } | null>(null);
  const [kind, setKind] = useState(kinds[0]?.kind ?? "people");
  // A preview only licenses "Apply" for the file and kind it was made from.
  const [stale, setStale] = useState(false);
  const [tooBig, setTooBig] = useState<number | null>(null);
  const columns = kinds.find((k) => k.kind === kind);

  // Submitted by hand: the form is never reset, so Apply posts the very file
  // that was previewed, and the server judges it afresh.
  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (running) return;
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    const file = formData.get("file");
    if (file instanceof File && file.size > MAX_UPLOAD_BYTES) {
      setTooBig(file.size);
      return;
    }
    const intent: ImportIntent = formData.get("intent") === "apply" ? "apply" : "preview";
    setStale(false);
    setRunning({ intent, stage: null });
    const finished = await postImport(formData, intent, (stage) => setRunning({ intent, stage }));
    setOutcome(finished);
    setRunning(null);
  }

  const canApply = !stale && !running && outcome.step === "previewed" && outcome.result.ok && outcome.result.hasChanges;
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
          CSV or Excel file (up to {MAX_UPLOAD_LABEL})
          <input name="file" type="file" accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" required onChange={() => setTooBig(null)} className="mt-1 block text-sm text-slate-700 file:mr-3 file:cursor-pointer file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm file:font-semibold file:text-slate-800 hover:file:bg-slate-50" />
        </label>
        <label className="text-sm font-medium text-slate-800">
          Sheet <span className="font-normal text-slate-600">(Excel only; empty: the first sheet)</span>
          <input name="sheet" type="text" maxLength={31} className="mt-1 block w-64 rounded-md border border-slate-300 px-2 py-1 text-sm" />
        </label>
        <label className="text-sm font-medium text-slate-800">
          Took effect on <span className="font-normal text-slate-600">(optional: back-fill last year’s plan; empty = today)</span>
          <input name="effectiveDate" type="date" max={today} className="mt-1 block w-48 rounded-md border border-slate-300 px-2 py-1.5 text-sm" />
        </label>
        {tooBig !== null ? <p role="alert" className="text-sm text-red-700">{tooLargeMessage(tooBig)}</p> : null}
        <div className="flex items-center gap-3">
          <button type="submit" name="intent" value="preview" disabled={running !== null} className="rounded-md border border-slate-300 px-4 py-2 text-sm font-semibold hover:bg-slate-50 disabled:opacity-60">
            Preview
          </button>
          {canApply ? (
            <button type="submit" name="intent" value="apply" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
              Apply
            </button>
          ) : null}
          <p role="status" className="text-sm text-slate-700">
            {running ? STATUS[running.intent] : ""}
          </p>
        </div>
        {running ? <ImportProgress intent={running.intent} stage={running.stage} /> : null}
      </div>
      {!stale && !running ? <ImportOutcome state={outcome} /> : null}
    </form>
  );
}
