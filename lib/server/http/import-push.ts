import "server-only";
import { formatImportErrors, importCsv, type ImportRefused } from "@/lib/import";
import { isXlsx } from "@/lib/import/parse-xlsx";
import { IMPORT_MEDIA_TYPES, ZImportKind, ZImportPushQuery } from "@/lib/schemas/import-push";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_LABEL } from "@/lib/schemas/import-upload";
import type { Provider } from "@/lib/import";
import type { Viewer } from "@/lib/server/access/viewer";
import { mayImport } from "@/lib/server/operations/imports";
import { forbidden, invalidInput, notFound, payloadTooLarge, unsupportedMediaType } from "./api-response";
import { isSameOrigin } from "./same-origin";

export interface ImportPushRequest {
  request: Request;
  viewer: Viewer;
  provider: Provider;
  kind: string;
}

const mediaTypeOf = (request: Request) => (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();

const MEDIA_TYPE_HINT = "send the file itself as the body: curl --data-binary @people.csv -H 'Content-Type: text/csv'";

// The 422 a script tells apart from a 200 by status alone; the row errors
// are the same ones the upload page and the CLI show.
function refusal(result: ImportRefused): Response {
  const message = `${result.fileName}: refused with ${result.errorCount} error${result.errorCount === 1 ? "" : "s"}; nothing was written`;
  return Response.json(
    { error: { code: "unprocessable", message }, errorCount: result.errorCount, errors: result.errors, lines: formatImportErrors(result) },
    { status: 422 },
  );
}

// POST /api/v1/imports/{kind}: an HRIS's nightly export, pushed with an HR
// token, runs the very import of the upload page and the CLI (lib/import):
// all of the file or nothing, and the same file again writes nothing.
export async function importPush({ request, viewer, provider, kind }: ImportPushRequest): Promise<Response> {
  // A browser's session cookie could be carried by another site's form; a
  // bearer token cannot.
  if (!request.headers.get("authorization") && !isSameOrigin(request.headers)) return forbidden("cross-origin request refused");
  // Asked before reading the body, so no other role makes the server take in 50 MB.
  if (!mayImport(viewer)) return forbidden("importing is for HR and administrators");
  const parsedKind = ZImportKind.safeParse(kind);
  if (!parsedKind.success) return notFound(`no import of "${kind}"; ${parsedKind.error.issues[0]!.message}`);
  const query = ZImportPushQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!query.success) return invalidInput(query.error);

  const mediaType = mediaTypeOf(request);
  if (!(IMPORT_MEDIA_TYPES as readonly string[]).includes(mediaType)) {
    return unsupportedMediaType(`a body of type "${mediaType || "none"}" is not a file Baton imports; ${MEDIA_TYPE_HINT}`);
  }
  if (Number(request.headers.get("content-length")) > MAX_UPLOAD_BYTES) return payloadTooLarge(`the file is over the ${MAX_UPLOAD_LABEL} limit`);
  const content = Buffer.from(await request.arrayBuffer());
  if (content.length > MAX_UPLOAD_BYTES) return payloadTooLarge(`the file is over the ${MAX_UPLOAD_LABEL} limit`);

  const { db, user } = viewer;
  const result = await importCsv({
    db,
    provider,
    kind: parsedKind.data,
    content,
    fileName: query.data.fileName ?? `${parsedKind.data}.${isXlsx(content) ? "xlsx" : "csv"}`,
    sheet: query.data.sheet,
    dryRun: query.data.dryRun === "true",
    actor: { label: user.email, userId: user.id },
  });
  if (!result.ok) return refusal(result);
  return Response.json(result);
}
