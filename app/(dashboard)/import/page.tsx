import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ImportForm } from "@/components/import/ImportForm";
import { IMPORT_KINDS, csvColumns } from "@/lib/import";
import { canAdminister } from "@/lib/server/access/permissions";
import { getViewer } from "@/lib/server/access/request-viewer";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  // Not HR or admin: the same answer as a page that does not exist.
  if (!canAdminister(await getViewer())) notFound();
  const kinds = IMPORT_KINDS.map((kind) => ({ kind, ...csvColumns(kind) }));
  return (
    <div className="max-w-4xl">
      <h1 className="text-2xl font-bold text-slate-900">Import</h1>
      <p className="mt-1 text-slate-600">
        Upload a CSV or Excel file of people, positions, assessments or nominations, see what it would change, then apply it. A file is applied whole or not at all; re-importing the same file changes
        nothing.
      </p>
      <div className="mt-6">
        <ImportForm kinds={kinds} />
      </div>
    </div>
  );
}
