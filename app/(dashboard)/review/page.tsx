import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { TalentReviewBoard } from "@/components/review/TalentReviewBoard";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findCalibrationHistory, findTalentReview } from "@/lib/server/operations/talent-review";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { calibrateAction, openCycleAction } from "./actions";

export const metadata: Metadata = { title: "Talent review" };

export default async function ReviewPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const viewer = await getViewer();
  const params = firstValues(await searchParams);
  const cycleParam = Number(params.cycle);
  const orgUnit = params.orgUnit?.trim() || undefined;
  const review = await findTalentReview(viewer, { cycleId: Number.isInteger(cycleParam) ? cycleParam : undefined, orgUnit });
  if (!review) notFound();
  const history = review.cycle ? await findCalibrationHistory(viewer, review.cycle.id) : [];
  return <TalentReviewBoard review={review} history={history} calibrateAction={calibrateAction} openCycleAction={openCycleAction} />;
}
