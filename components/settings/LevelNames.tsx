// Only names are editable: codes are what files and the engine refer to, and
// kinds decide which rungs count as leadership (L4+) in SPEC §3.
export interface LevelRung {
  code: string;
  name: string;
  rank: number;
  kind: string;
}

const KIND_LABELS: Record<string, string> = { ic: "Individual contributor", management: "Management", leadership: "Leadership" };

export function LevelNames({ levels, names, errors }: { levels: LevelRung[]; names: Record<string, string>; errors: Record<string, string> }) {
  return (
    <fieldset className="rounded-lg border border-slate-200 bg-white p-5">
      <legend className="px-1 text-base font-semibold text-slate-900">Level ladder</legend>
      <p className="text-sm text-slate-600">Rename the rungs as your organization calls them. Codes and kinds stay as they are.</p>
      <table className="mt-3 text-sm">
        <thead>
          <tr className="text-left text-slate-600">
            <th scope="col" className="py-1 pr-4 font-medium">Code</th>
            <th scope="col" className="py-1 pr-4 font-medium">Kind</th>
            <th scope="col" className="py-1 font-medium">Name</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((level) => {
            const key = `level.${level.code}`;
            return (
              <tr key={level.code}>
                <td className="py-1 pr-4 font-mono">{level.code}</td>
                <td className="py-1 pr-4 text-slate-600">{KIND_LABELS[level.kind] ?? level.kind}</td>
                <td className="py-1">
                  <input
                    name={key}
                    aria-label={`Name of level ${level.code}`}
                    defaultValue={names[level.code] ?? level.name}
                    maxLength={60}
                    aria-invalid={errors[key] ? true : undefined}
                    className="block w-64 rounded-md border border-slate-300 px-2 py-1 aria-[invalid]:border-red-500"
                  />
                  {errors[key] ? <p className="mt-0.5 text-red-700">{errors[key]}</p> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
