import { DateText } from "@/components/ui/Dates";
import Link from "next/link";
import { profileHref, slateHref } from "@/lib/links";
import type { ReactNode } from "react";
import { LOW_MEDIUM_HIGH, RETIREMENT_OVERDUE_DESCRIPTION, RETIREMENT_OVERDUE_LABEL, RETIREMENT_SOURCE_LABELS } from "@/lib/labels";
import type { PersonProfile } from "@/lib/server/views/person-profile";
import type { RetirementSource } from "@/lib/domain";
import { ToneBadge } from "@/components/gaps/ToneBadge";

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <dt className="text-xs font-medium uppercase tracking-wide text-slate-500">{label}</dt>
      <dd className="mt-0.5 text-sm text-slate-900">{children}</dd>
    </div>
  );
}

const dash = <span className="text-slate-500">—</span>;

// Who the person is and where they sit; the retirement and sensitive facts
// appear only when the data layer released them.
export function ProfileFacts({ profile }: { profile: PersonProfile }) {
  const { person, seat } = profile;
  const retirement = person.retirement;
  return (
    <dl className="mt-6 grid grid-cols-2 gap-x-6 gap-y-4 rounded-lg border border-slate-200 bg-white p-5 shadow-sm md:grid-cols-4">
      <Fact label="Employee id">
        <span className="font-mono">{person.employeeId}</span>
      </Fact>
      <Fact label="Email">{person.email}</Fact>
      <Fact label="Manager">
        {person.managerEmployeeId ? (
          profile.managerVisible ? (
            <Link href={profileHref(person.managerEmployeeId)} className="text-brand-700 hover:underline">
              {profile.managerName ?? person.managerEmployeeId}
            </Link>
          ) : (
            (profile.managerName ?? person.managerEmployeeId)
          )
        ) : (
          dash
        )}
      </Fact>
      <Fact label="Position">
        {person.positionId ? (
          seat?.visible ? (
            <Link href={slateHref(person.positionId)} className="text-brand-700 hover:underline">
              {seat.title} <span className="font-mono text-xs">({person.positionId})</span>
            </Link>
          ) : (
            <span className="font-mono">{person.positionId}</span>
          )
        ) : (
          dash
        )}
      </Fact>
      <Fact label="Location">{person.location ?? dash}</Fact>
      <Fact label="Hired"><DateText value={person.hireDate} /></Fact>
      <Fact label="In current role since"><DateText value={person.roleStartDate} /></Fact>
      {retirement ? (
        <Fact label="Retirement">
          {retirement.date ? (
            <span className="flex flex-wrap items-center gap-1.5">
              <DateText value={retirement.date} />
              {retirement.source ? <span className="text-xs text-slate-500">({RETIREMENT_SOURCE_LABELS[retirement.source as RetirementSource] ?? retirement.source})</span> : null}
              {retirement.overdue ? (
                <ToneBadge tone="critical" title={RETIREMENT_OVERDUE_DESCRIPTION}>
                  {RETIREMENT_OVERDUE_LABEL}
                </ToneBadge>
              ) : retirement.retiringSoon ? (
                <ToneBadge tone="warning">Retiring soon</ToneBadge>
              ) : null}
            </span>
          ) : (
            <span className="text-slate-600">No date on record</span>
          )}
        </Fact>
      ) : null}
      {person.sensitive ? (
        <>
          <Fact label="Birth year (HR only)">{person.sensitive.birthYear ?? dash}</Fact>
          <Fact label="Flight risk (HR only)">{person.sensitive.flightRisk ? (LOW_MEDIUM_HIGH[person.sensitive.flightRisk] ?? person.sensitive.flightRisk) : dash}</Fact>
        </>
      ) : null}
    </dl>
  );
}
