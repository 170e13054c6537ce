export default function Loading() {
  return (
    <div className="max-w-6xl animate-pulse space-y-6" aria-busy="true" aria-label="Loading the risk heatmap">
      <div className="h-8 w-64 rounded bg-slate-200" />
      <div className="h-10 w-96 rounded bg-slate-200" />
      <div className="h-96 rounded-lg bg-slate-200" />
    </div>
  );
}
