"use client";

import { ROLES } from "@/lib/schemas/auth";
import { ROLE_LABELS } from "@/lib/navigation";
import { INPUT, LabelledField } from "./controls";

// Role and linked person go together: a manager sees their person's
// reporting line, so the link is what a manager's role means.
export function RoleFields({ idPrefix, role, personId, errors }: { idPrefix: string; role: string; personId: string; errors: Record<string, string> }) {
  return (
    <>
      <LabelledField id={`${idPrefix}-role`} label="Role" error={errors.role}>
        {(describedBy) => (
          <select id={`${idPrefix}-role`} name="role" defaultValue={role} aria-describedby={describedBy} aria-invalid={errors.role ? true : undefined} className={INPUT}>
            {ROLES.map((r) => (
              <option key={r} value={r}>
                {ROLE_LABELS[r]}
              </option>
            ))}
          </select>
        )}
      </LabelledField>
      <LabelledField id={`${idPrefix}-person`} label="Linked person (employee id)" help="Required for a manager: they see this person's reporting line." error={errors.personId}>
        {(describedBy) => (
          <input
            id={`${idPrefix}-person`}
            name="personId"
            defaultValue={personId}
            autoComplete="off"
            aria-describedby={describedBy}
            aria-invalid={errors.personId ? true : undefined}
            className={`${INPUT} font-mono`}
          />
        )}
      </LabelledField>
    </>
  );
}
