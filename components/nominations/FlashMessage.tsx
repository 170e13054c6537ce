// The outcome of the last action, carried in the address after a redirect
// so a reload shows the same page rather than re-submitting. A bulk action
// can have both: what was done, and what was not.
export function FlashMessage({ done, error }: { done?: string; error?: string }) {
  if (!done && !error) return null;
  return (
    <>
      {done ? (
        <p role="status" className="mt-4 rounded-md border border-emerald-300 bg-emerald-50 px-4 py-2 text-sm text-emerald-800">
          {done}
        </p>
      ) : null}
      {error ? (
        <p role="alert" className="mt-4 rounded-md border border-red-300 bg-red-50 px-4 py-2 text-sm text-red-800">
          {error}
        </p>
      ) : null}
    </>
  );
}
