// One labelled answer of the assessment form. The hint and the error are
// tied to the control (aria-describedby) so a screen reader reads both.
export function ScoreField(props: {
  name: string;
  label: string;
  hint?: string;
  options: readonly { value: string; label: string }[];
  value: string;
  error?: string;
}) {
  const { name, label, hint, options, value, error } = props;
  const described = [hint ? `${name}-hint` : null, error ? `${name}-error` : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="text-sm">
      <label htmlFor={name} className="font-medium text-slate-800">
        {label}
      </label>
      {hint ? (
        <p id={`${name}-hint`} className="text-xs text-slate-500">
          {hint}
        </p>
      ) : null}
      <select
        id={name}
        name={name}
        defaultValue={value}
        aria-invalid={error ? true : undefined}
        aria-describedby={described}
        className={`mt-1 block w-48 rounded-md border px-2 py-1.5 ${error ? "border-red-500" : "border-slate-300"}`}
      >
        <option value="">Choose…</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      {error ? (
        <p id={`${name}-error`} className="mt-1 text-xs text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
