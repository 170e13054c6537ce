import type { NominationView } from "@/lib/server/operations/nominations";

type Action = (formData: FormData) => Promise<void>;

const button = "rounded-md px-3 py-1.5 text-sm font-medium";

// HR's two answers. The version travels with the form, so deciding on a
// stale page answers "changed since you read it" instead of overwriting.
export function DecisionForms({ row, approve, decline }: { row: NominationView; approve: Action; decline: Action }) {
  const who = `${row.candidateId} for ${row.positionId}`;
  return (
    <>
      <form action={approve}>
        <input type="hidden" name="id" value={row.id} />
        <input type="hidden" name="version" value={row.version} />
        <button type="submit" aria-label={`Approve ${who}`} className={`${button} bg-brand-700 text-white hover:bg-brand-900`}>
          Approve
        </button>
      </form>
      <form action={decline} className="flex items-start gap-2">
        <input type="hidden" name="id" value={row.id} />
        <input type="hidden" name="version" value={row.version} />
        <label className="sr-only" htmlFor={`reason-${row.id}`}>
          Reason for declining {who}
        </label>
        <input
          id={`reason-${row.id}`}
          name="reason"
          required
          placeholder="Reason for declining"
          className="w-52 rounded-md border border-slate-300 px-2 py-1.5 text-sm"
        />
        <button type="submit" aria-label={`Decline ${who}`} className={`${button} border border-slate-300 text-slate-800 hover:bg-slate-50`}>
          Decline
        </button>
      </form>
    </>
  );
}

export function WithdrawForm({ row, withdraw }: { row: NominationView; withdraw: Action }) {
  return (
    <form action={withdraw}>
      <input type="hidden" name="id" value={row.id} />
      <input type="hidden" name="version" value={row.version} />
      <button
        type="submit"
        aria-label={`Withdraw ${row.candidateId} for ${row.positionId}`}
        className={`${button} border border-slate-300 text-slate-800 hover:bg-slate-50`}
      >
        Withdraw
      </button>
    </form>
  );
}
