// Shown while the profile's data loads (see page.tsx for why this is a
// Suspense fallback rather than loading.tsx).
export function ProfileSkeleton() {
  return (
    <div aria-busy="true">
      <p className="sr-only" role="status">
        Loading profile…
      </p>
      <div className="h-8 w-72 animate-pulse rounded bg-slate-200" />
      <div className="mt-2 h-4 w-96 animate-pulse rounded bg-slate-200" />
      <div className="mt-6 h-32 animate-pulse rounded-lg border border-slate-200 bg-white" />
      <div className="mt-6 grid grid-cols-1 gap-4 lg:grid-cols-3">
        {[0, 1, 2].map((i) => (
          <div key={i} className="h-64 animate-pulse rounded-lg border border-slate-200 bg-white" />
        ))}
      </div>
    </div>
  );
}
