"use client";

import { useEffect } from "react";

// The error boundary of a workspace page. The server logs the real error;
// the page says what happened in words and offers to try again.
export function RouteError({ title, error, retry }: { title: string; error: unknown; retry: () => void }) {
  useEffect(() => {
    console.error(error);
  }, [error]);
  const digest = error instanceof Error && "digest" in error ? String(error.digest) : null;
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">{title}</h1>
      <div role="alert" className="mt-6 rounded-lg border border-red-200 bg-red-50 p-5 text-red-900">
        <p className="font-semibold">This page could not be loaded.</p>
        <p className="mt-1 text-sm">Something went wrong while reading the data. Try again; if it keeps happening, tell your administrator{digest ? ` and quote reference ${digest}` : ""}.</p>
        <button type="button" onClick={() => retry()} className="mt-4 rounded-md bg-red-700 px-3.5 py-1.5 text-sm font-semibold text-white hover:bg-red-800">
          Try again
        </button>
      </div>
    </div>
  );
}
