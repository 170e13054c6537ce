import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Suspense } from "react";
import { getViewer } from "@/lib/server/access/request-viewer";
import { canOpenProfile } from "@/lib/server/views/person-profile";
import { decodeSegment, type SearchParamsRecord } from "@/lib/tables/url-state";
import { ProfileContent } from "./ProfileContent";
import { ProfileSkeleton } from "./ProfileSkeleton";

export const metadata: Metadata = { title: "Person" };

interface ProfilePageProps {
  params: Promise<{ employeeId: string }>;
  searchParams: Promise<SearchParamsRecord>;
}

export default async function ProfilePage({ params, searchParams }: ProfilePageProps) {
  const viewer = await getViewer((await searchParams).asOf);
  const employeeId = decodeSegment((await params).employeeId);
  // Decided before anything streams, so the answer is a real 404 status.
  // (A loading.tsx would start the stream first and turn it into a 200.)
  if (!(await canOpenProfile(viewer, employeeId))) notFound();
  return (
    <div className="max-w-6xl [contain:inline-size]">
      <Link href="/people" className="text-sm text-brand-700 hover:underline">
        ← People
      </Link>
      <div className="mt-2">
        <Suspense fallback={<ProfileSkeleton />}>
          <ProfileContent viewer={viewer} employeeId={employeeId} />
        </Suspense>
      </div>
    </div>
  );
}
