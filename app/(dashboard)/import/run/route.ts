import type { NextRequest } from "next/server";
import type { OnImportProgress } from "@/lib/import";
import { IMPORT_RUN_PATH, MAX_UPLOAD_BYTES, tooLargeMessage, ZImportUpload, type ImportStreamEvent } from "@/lib/schemas/import-upload";
import { badRequest, invalidInput, notFound, payloadTooLarge, unauthorized } from "@/lib/server/http/api-response";
import { applyImportAs, mayImport, previewImportAs } from "@/lib/server/operations/imports";
import { findViewer } from "@/lib/server/access/request-viewer";

// Room for the multipart boundaries and the two small fields around the file.
const FORM_OVERHEAD_BYTES = 64 * 1024;

// Lets the event just queued leave the process before the import goes on:
// the import's own awaits are mostly promise callbacks, which never let the
// response be written.
const yieldToIo = () => new Promise<void>((resolve) => setImmediate(resolve));

// The upload page's preview and apply (components/import/ImportForm.tsx). One
// request per step: apply posts the same file again rather than trusting
// anything the browser kept from the preview, and importCsv validates the
// whole file once more inside its transaction, so what is written is exactly
// what was checked. The answer streams newline-delimited JSON: progress
// events, then the result (ImportStreamEvent).
export async function POST(request: NextRequest): Promise<Response> {
  const viewer = await findViewer();
  if (!viewer) return unauthorized();
  // Importing is HR's (SPEC §4): the same answer as a page that does not exist.
  // Asked before reading the body, so nobody else can make the server take in
  // 50 MB; the data layer asks again below.
  if (!mayImport(viewer)) return notFound();

  const declared = Number(request.headers.get("content-length"));
  if (declared > MAX_UPLOAD_BYTES + FORM_OVERHEAD_BYTES) return payloadTooLarge(tooLargeMessage(null));
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return badRequest(`post a multipart form with kind, intent and file to ${IMPORT_RUN_PATH}`);
  }
  const fields = ZImportUpload.safeParse({ kind: form.get("kind"), intent: form.get("intent"), sheet: form.get("sheet") ?? undefined, effectiveDate: form.get("effectiveDate") ?? undefined });
  if (!fields.success) return invalidInput(fields.error);
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) return badRequest("choose a CSV or Excel file to upload");
  if (file.size > MAX_UPLOAD_BYTES) return payloadTooLarge(tooLargeMessage(file.size));
  const content = Buffer.from(await file.arrayBuffer());
  const { kind, intent, sheet, effectiveDate } = fields.data;

  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const send = (event: ImportStreamEvent) => {
        if (!open) return;
        try {
          controller.enqueue(encoder.encode(`${JSON.stringify(event)}\n`));
        } catch {
          // The browser went away. A preview runs on for nothing; an apply
          // still commits or rolls back whole.
          open = false;
        }
      };
      const onProgress: OnImportProgress = async (progress) => {
        send({ type: "progress", progress });
        await yieldToIo();
      };
      const options = { kind, content, fileName: file.name, sheet, onProgress, effectiveDate };
      try {
        if (intent === "apply") {
          const result = await applyImportAs(viewer, options);
          send(result ? { type: "applied", result } : { type: "failed", message: "not found" });
        } else {
          const result = await previewImportAs(viewer, options);
          send(result ? { type: "previewed", result } : { type: "failed", message: "not found" });
        }
      } catch (error) {
        console.error("import failed", kind, intent, file.name, error);
        send({
          type: "failed",
          message: "The import failed on our side and nothing was written; it has been logged. Try again, or ask an administrator.",
        });
      }
      if (open) controller.close();
    },
  });
  return new Response(body, {
    headers: {
      "Content-Type": "application/x-ndjson; charset=utf-8",
      // no-transform: Next's gzip would otherwise hold the events back until
      // enough bytes pile up.
      "Cache-Control": "no-store, no-transform",
      "X-Accel-Buffering": "no",
    },
  });
}
