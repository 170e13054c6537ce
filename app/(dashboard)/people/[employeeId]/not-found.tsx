import Link from "next/link";

// Also what someone sees for a person outside their scope: Baton does not
// say whether the person exists.
export default function PersonNotFound() {
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">Person not found</h1>
      <p className="mt-2 text-slate-600">There is nobody with this employee id among the people you can see.</p>
      <Link href="/people" className="mt-4 inline-block font-medium text-brand-700 underline">
        Back to People
      </Link>
    </div>
  );
}
