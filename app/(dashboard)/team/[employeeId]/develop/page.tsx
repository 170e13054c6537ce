import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { DevelopmentForm } from "@/components/team/DevelopmentForm";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findAssessmentForm } from "@/lib/server/operations/assessments";
import { proposeDevelopmentActionAction } from "./actions";

export const metadata: Metadata = { title: "Plan development" };

export default async function DevelopPage({ params }: { params: Promise<{ employeeId: string }> }) {
  const viewer = await getViewer();
  const employeeId = decodeURIComponent((await params).employeeId);
  // The same reach as assessing: a manager for their reports, HR for anyone but themselves.
  const form = await findAssessmentForm(viewer, employeeId);
  if (!form) notFound();
  return (
    <div className="max-w-3xl">
      <Link href="/team" className="text-sm text-brand-700 hover:underline">
        ← My team
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Plan development for {form.person.name}</h1>
      <p className="mt-1 text-slate-600">
        {form.person.employeeId} · {form.person.title}. Managing and leading are different capabilities: say which one this action builds.
      </p>
      <DevelopmentForm action={proposeDevelopmentActionAction.bind(null, form.person.employeeId)} />
    </div>
  );
}
