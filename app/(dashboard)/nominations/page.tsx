import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DecisionForms, WithdrawForm } from "@/components/nominations/DecisionForms";
import { FlashMessage } from "@/components/nominations/FlashMessage";
import { NominationList } from "@/components/nominations/NominationList";
import { NotificationList } from "@/components/nominations/NotificationList";
import { Section } from "@/components/people/Section";
import { canAdminister, canNominate, scopeFor } from "@/lib/server/access/scope";
import { getDb } from "@/lib/server/infra/db";
import { findNominations } from "@/lib/server/operations/nominations";
import { findNotifications } from "@/lib/server/operations/notifications";
import { requireUser } from "@/lib/server/auth/session";
import { firstValues, type SearchParamsRecord } from "@/lib/tables/url-state";
import { approveAction, declineAction, markNotificationsReadAction, withdrawAction } from "./actions";

export const metadata: Metadata = { title: "Nominations" };

export default async function NominationsPage({ searchParams }: { searchParams: Promise<SearchParamsRecord> }) {
  const user = await requireUser();
  // Executives neither propose nor decide: the same answer as a page that does not exist.
  if (!canNominate(user.role)) notFound();
  const params = firstValues(await searchParams);
  const db = getDb();
  const scope = await scopeFor(db, user);
  const hr = canAdminister(user.role);
  const [inbox, mine, notifications] = await Promise.all([
    hr ? findNominations({ db, user, scope, status: "proposed" }) : Promise.resolve([]),
    user.personId ? findNominations({ db, user, scope, nominatedByMe: true }) : Promise.resolve([]),
    findNotifications({ db, user }),
  ]);

  return (
    <div className="max-w-5xl">
      <h1 className="text-2xl font-bold text-slate-900">Nominations</h1>
      <p className="mt-1 text-slate-600">
        {hr
          ? "Proposals waiting for HR's decision, and what you were told about your own."
          : "Your proposed successors and what HR decided. Nominate from a seat's slate (Pipeline gaps → a position)."}
      </p>
      <FlashMessage done={params.done} error={params.error} />
      <div className="mt-6 flex flex-col gap-6">
        {hr ? (
          <Section id="inbox" title="Inbox" description="Proposed nominations, newest first. A decline needs a reason the nominator will read.">
            <NominationList
              label="Inbox"
              rows={inbox}
              empty="Nothing waiting for a decision."
              actions={(row) => <DecisionForms row={row} approve={approveAction} decline={declineAction} />}
            />
          </Section>
        ) : null}
        {user.personId ? (
          <Section id="mine" title="My proposals" description="A proposal or an approved entry can be withdrawn by you, its nominator.">
            <NominationList
              label="My proposals"
              rows={mine}
              empty="You have not nominated anyone yet."
              actions={(row) => (row.status === "proposed" || row.status === "approved" ? <WithdrawForm row={row} withdraw={withdrawAction} /> : null)}
            />
          </Section>
        ) : null}
        <Section id="notifications" title="Notifications">
          <NotificationList rows={notifications} markRead={markNotificationsReadAction} />
        </Section>
      </div>
    </div>
  );
}
