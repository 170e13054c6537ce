import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NominationsWorkspace } from "@/components/nominations/NominationsWorkspace";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findNominationsWorkspace } from "@/lib/server/views/nominations-workspace";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { approveAction, bulkApproveAction, declineAction, markNotificationsReadAction, withdrawAction } from "./actions";

export const metadata: Metadata = { title: "Nominations" };

export default async function NominationsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  // Executives neither propose nor decide: the same answer as a page that does not exist.
  const view = await findNominationsWorkspace(await getViewer());
  if (!view) notFound();
  return (
    <NominationsWorkspace
      view={view}
      params={firstValues(await searchParams)}
      actions={{ approve: approveAction, decline: declineAction, bulkApprove: bulkApproveAction, withdraw: withdrawAction, markRead: markNotificationsReadAction }}
    />
  );
}
