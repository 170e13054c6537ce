import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { AssessmentForm } from "@/components/team/AssessmentForm";
import type { AssessFormState } from "@/components/team/form-state";
import { getViewer } from "@/lib/server/access/request-viewer";
import { decodeSegment } from "@/lib/tables/url-state";
import { findAssessmentForm } from "@/lib/server/operations/assessments";
import { assessmentFormFields } from "@/lib/schemas/assessment";
import { saveAssessmentAction } from "./actions";

export const metadata: Metadata = { title: "Assess" };

export default async function AssessPage({ params }: { params: Promise<{ employeeId: string }> }) {
  const viewer = await getViewer();
  const employeeId = decodeSegment((await params).employeeId);
  // Outside the assessor's reach (or themselves) the address does not exist.
  const form = await findAssessmentForm(viewer, employeeId);
  if (!form) notFound();
  const initial: AssessFormState = {
    message: null,
    tone: "ok",
    fieldErrors: {},
    values: assessmentFormFields(form.values),
    status: form.status,
    version: 0,
  };

  return (
    <div className="max-w-4xl">
      <Link href="/team" className="text-sm text-brand-700 hover:underline">
        ← My team
      </Link>
      <h1 className="mt-2 text-2xl font-bold text-slate-900">Assess {form.person.name}</h1>
      <p className="mt-1 text-slate-600">
        {form.person.employeeId} · {form.person.title}
      </p>
      {form.cycle ? (
        <>
          <p className="mt-2 text-sm text-slate-600">
            Cycle <strong>{form.cycle.name}</strong>.{" "}
            {form.status === "submitted"
              ? "Already submitted: changes you submit replace it."
              : form.status === "draft"
                ? "A draft is saved; it counts only once submitted with every answer."
                : "Save a draft to finish later, with any answer still blank; it counts only once submitted with every answer."}
          </p>
          <AssessmentForm action={saveAssessmentAction.bind(null, form.person.employeeId)} initial={initial} />
        </>
      ) : (
        <p role="status" className="mt-4 rounded-md border border-amber-300 bg-amber-50 px-4 py-2 text-sm text-amber-900">
          No talent-review cycle is open, so there is nothing to assess against. HR opens a cycle first.
        </p>
      )}
    </div>
  );
}
