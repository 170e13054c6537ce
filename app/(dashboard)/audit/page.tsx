import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AuditFilters } from "@/components/audit/AuditFilters";
import { AuditTable } from "@/components/audit/AuditTable";
import { requestLocale } from "@/lib/server/http/locale";
import { ZAuditQuery } from "@/lib/schemas/nominations";
import { AUDIT_PAGE_SIZE, findAuditEvents } from "@/lib/server/views/audit-log";
import { getViewer } from "@/lib/server/access/request-viewer";
import { firstValues, hrefWith, type SearchParamsRecord } from "@/lib/tables/url-state";

export const metadata: Metadata = { title: "Audit log" };

// Read-only: the log has no code path that edits or deletes an event.
export default async function AuditPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer();
  const params = firstValues(await searchParams);
  const query = ZAuditQuery.safeParse(params);
  const filters = query.success ? query.data : { page: 1, entity: undefined, actor: undefined };
  const page = await findAuditEvents(viewer, filters);
  // Not HR: the same answer as a page that does not exist.
  if (!page) notFound();
  const pages = Math.max(1, Math.ceil(page.total / AUDIT_PAGE_SIZE));
  return (
    <div className="max-w-6xl [contain:inline-size]">
      <h1 className="text-2xl font-bold text-slate-900">Audit log</h1>
      <p className="mt-1 text-slate-600">Every change Baton made: who, when, and the record before and after ({page.total} events).</p>
      <div className="mt-4">
        <AuditFilters entities={page.entities} entity={filters.entity} actor={filters.actor} />
      </div>
      {/* Focusable and named, so a keyboard can scroll it when a long value
          (a file name, a record's fields) makes the table wider than the page. */}
      <div role="region" aria-label="Audit events" tabIndex={0} className="mt-4 overflow-x-auto rounded-lg border border-slate-200 bg-white p-4">
        <AuditTable rows={page.rows} names={page.names} locale={await requestLocale()} />
      </div>
      <nav aria-label="Pages" className="mt-3 flex gap-4 text-sm">
        {page.page > 1 ? <Link href={hrefWith("/audit", params, { page: String(page.page - 1) })} className="text-brand-700 hover:underline">← Newer</Link> : null}
        <span className="text-slate-600">Page {page.page} of {pages}</span>
        {page.page < pages ? <Link href={hrefWith("/audit", params, { page: String(page.page + 1) })} className="text-brand-700 hover:underline">Older →</Link> : null}
      </nav>
    </div>
  );
}
