// Placeholder while a table page loads: the shape of the page, no numbers.
// With a title it is a whole page (loading.tsx); without, the part of a
// page below its heading (a Suspense fallback).
export function TableSkeleton({ title, tiles = 0, rows = 10 }: { title?: string; tiles?: number; rows?: number }) {
  return (
    <div className="max-w-[96rem]" aria-busy="true">
      {title ? <h1 className="text-2xl font-bold text-slate-900">{title}</h1> : null}
      <p className="sr-only" role="status">
        Loading…
      </p>
      <div className="mt-2 h-4 w-2/3 animate-pulse rounded bg-slate-200" />
      {tiles > 0 ? (
        <div className="mt-6 grid grid-cols-1 gap-4 sm:grid-cols-2 xl:grid-cols-4">
          {Array.from({ length: tiles }, (_, i) => (
            <div key={i} className="h-28 animate-pulse rounded-lg border border-slate-200 bg-white" />
          ))}
        </div>
      ) : null}
      <div className="mt-6 h-28 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="mt-4 rounded-lg border border-slate-200 bg-white p-4">
        {Array.from({ length: rows }, (_, i) => (
          <div key={i} className="mb-3 h-6 animate-pulse rounded bg-slate-100 last:mb-0" />
        ))}
      </div>
    </div>
  );
}
