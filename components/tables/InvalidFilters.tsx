import Link from "next/link";
import type { z } from "zod";

// Plain data, not the ZodError itself: server components hand their props
// to React, which should not have to walk an error object.
export function filterIssues(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({ path: issue.path.join(".") || "query", message: issue.message }));
}

// A hand-edited or outdated bookmark: say which parameter is wrong instead
// of failing the page.
export function InvalidFilters({ title, issues, resetHref }: { title: string; issues: { path: string; message: string }[]; resetHref: string }) {
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <div role="alert" className="mt-6 rounded-lg border border-amber-300 bg-amber-50 p-5 text-amber-900">
        <p className="font-semibold">This link has filters Baton cannot read.</p>
        <ul className="mt-2 list-disc pl-5 text-sm">
          {issues.map((issue) => (
            <li key={`${issue.path}-${issue.message}`}>
              <code>{issue.path}</code>: {issue.message}
            </li>
          ))}
        </ul>
        <Link href={resetHref} className="mt-4 inline-block font-medium text-brand-700 underline">
          Start again without filters
        </Link>
      </div>
    </div>
  );
}
