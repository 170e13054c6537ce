import Link from "next/link";

// What a page someone may not open looks like: the same as one that does not
// exist, so the answer does not confirm what is there (docs/access.md).
export function NotFound() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">Page not found</h1>
      <p className="mt-2 text-slate-600">There is no such page, or it is not part of your workspace.</p>
      <Link href="/" className="mt-4 inline-block font-medium text-brand-700 underline">
        Back to the overview
      </Link>
    </div>
  );
}
