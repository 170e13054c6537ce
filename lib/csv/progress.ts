// How far an import has got, reported by lib/import as it works: the upload
// page turns it into a progress bar, the CLI into a line on a terminal. No
// server code here, so the browser can share the types and the wording.

// In this order. A preview stops after "checking"; an apply writes; a refused
// file stops at the phase that found the errors. "done" always comes last.
export const IMPORT_PHASES = ["parsing", "validating", "checking", "writing", "done"] as const;
export type ImportPhase = (typeof IMPORT_PHASES)[number];

// Within one phase `done` only grows, and the phase's last event has
// done === total. Units: bytes while parsing, rows while validating, records
// (people, seats, org units…) while writing; 0 of 1 then 1 of 1 for checking
// and done, which have no natural count.
export interface ImportProgress {
  phase: ImportPhase;
  done: number;
  total: number;
}

// Awaited: a caller that streams the events can yield there, so each one
// leaves the process while the import goes on.
export type OnImportProgress = (progress: ImportProgress) => void | Promise<void>;

// Where the browser's bar stands, uploading included: uploading and each
// server phase own a share of the bar, sized roughly by how long it takes
// for a large people.csv on SQLite (validating and writing dominate). Applying
// re-checks the file, so its shares make room for the write.
const SHARES: Record<"preview" | "apply", Record<"uploading" | Exclude<ImportPhase, "done">, number>> = {
  preview: { uploading: 0.15, parsing: 0.1, validating: 0.45, checking: 0.3, writing: 0 },
  apply: { uploading: 0.1, parsing: 0.05, validating: 0.25, checking: 0.2, writing: 0.4 },
};

export type UploadStage = { phase: "uploading"; done: number; total: number } | ImportProgress;

// 0…1, never going back as the stages advance.
export function overallFraction(intent: "preview" | "apply", stage: UploadStage): number {
  const current = stage.phase;
  if (current === "done") return 1;
  const shares = SHARES[intent];
  const order = ["uploading", "parsing", "validating", "checking", "writing"] as const;
  let before = 0;
  for (const phase of order) {
    if (phase === current) break;
    before += shares[phase];
  }
  const within = stage.total > 0 ? Math.min(1, Math.max(0, stage.done / stage.total)) : 0;
  return Math.min(1, before + shares[current] * within);
}

const count = (n: number) => n.toLocaleString("en-US");
const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

// The words beside the bar, and the CLI's progress line.
export function describeStage(stage: UploadStage): string {
  switch (stage.phase) {
    case "uploading":
      return `Uploading: ${megabytes(stage.done)} of ${megabytes(stage.total)} MB`;
    case "parsing":
      return "Reading the file";
    case "validating":
      return `Checking each row: ${count(stage.done)} of ${count(stage.total)}`;
    case "checking":
      return "Comparing with what Baton holds";
    case "writing":
      return `Writing: ${count(stage.done)} of ${count(stage.total)} records`;
    case "done":
      return "Done";
  }
}
