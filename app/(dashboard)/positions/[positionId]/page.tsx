import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Slate } from "@/components/nominations/Slate";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findSlate } from "@/lib/server/views/slate";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { saveNominationAction } from "./actions";

export const metadata: Metadata = { title: "Succession slate" };

interface SlatePageProps {
  params: Promise<{ positionId: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

export default async function SlatePage({ params, searchParams }: SlatePageProps) {
  const query = firstValues(await searchParams);
  const viewer = await getViewer(query.asOf);
  // Outside the reader's scope looks exactly like a seat that does not exist.
  const view = await findSlate(viewer, decodeURIComponent((await params).positionId), query);
  if (!view) notFound();
  return <Slate view={view} query={query} save={saveNominationAction} />;
}
