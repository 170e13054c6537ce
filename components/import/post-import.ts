import type { UploadStage } from "@/lib/csv/progress";
import { IMPORT_RUN_PATH, type ImportIntent, type ImportStreamEvent } from "@/lib/schemas/import-upload";
import type { ImportState } from "./state";

type Finished = Exclude<ImportState, { step: "idle" }>;

const LOST =
  "The connection to Baton was lost before the import finished. A preview wrote nothing. An apply is all or nothing: look in the audit log to see whether it went in before trying again.";

function refusal(xhr: XMLHttpRequest): string {
  if (xhr.status === 401) return "Your session has ended. Sign in again, then upload the file once more.";
  if (xhr.status === 404) return "Importing is for HR and administrators.";
  try {
    const body = JSON.parse(xhr.responseText) as { error?: { message?: string } };
    if (body.error?.message) return body.error.message.charAt(0).toUpperCase() + body.error.message.slice(1);
  } catch {
    // not our JSON: fall through
  }
  return `The upload was refused (HTTP ${xhr.status}).`;
}

// XMLHttpRequest rather than fetch: only it reports upload progress. The
// answer is newline-delimited JSON read as it arrives (ImportStreamEvent):
// the server's progress, then the result.
export function postImport(form: FormData, intent: ImportIntent, onStage: (stage: UploadStage) => void): Promise<Finished> {
  return new Promise((resolve) => {
    const xhr = new XMLHttpRequest();
    let read = 0;
    let finished: Finished | null = null;
    const consume = () => {
      const text = xhr.responseText;
      for (let end = text.indexOf("\n", read); end >= 0; end = text.indexOf("\n", read)) {
        const event = JSON.parse(text.slice(read, end)) as ImportStreamEvent;
        read = end + 1;
        if (event.type === "progress") onStage(event.progress);
        else if (event.type === "failed") finished = { step: "rejected", message: event.message };
        else if (event.type === "previewed") finished = { step: "previewed", result: event.result };
        else finished = { step: "applied", result: event.result };
      }
    };
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable) onStage({ phase: "uploading", done: event.loaded, total: event.total });
    };
    xhr.onprogress = () => {
      if (xhr.status === 200) consume();
    };
    xhr.onload = () => {
      if (xhr.status !== 200) return resolve({ step: "rejected", message: refusal(xhr) });
      consume();
      resolve(finished ?? { step: "rejected", message: intent === "apply" ? LOST : "The connection to Baton was lost; nothing was written. Try again." });
    };
    xhr.onerror = () => resolve({ step: "rejected", message: intent === "apply" ? LOST : "Baton could not be reached; nothing was written. Try again." });
    xhr.open("POST", IMPORT_RUN_PATH);
    xhr.send(form);
  });
}
