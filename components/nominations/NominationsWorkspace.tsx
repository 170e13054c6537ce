import { WithdrawForm } from "@/components/nominations/DecisionForms";
import { InboxList } from "@/components/nominations/InboxList";
import { FlashMessage } from "@/components/nominations/FlashMessage";
import { NominationList } from "@/components/nominations/NominationList";
import { NotificationList } from "@/components/nominations/NotificationList";
import { Section } from "@/components/people/Section";
import type { NominationsWorkspaceView } from "@/lib/server/views/nominations-workspace";

type FormAction = (form: FormData) => Promise<void>;

export interface NominationsWorkspaceProps {
  view: NominationsWorkspaceView;
  params: Record<string, string>;
  actions: { approve: FormAction; decline: FormAction; bulkApprove: FormAction; withdraw: FormAction; markRead: FormAction };
}

export function NominationsWorkspace({ view, params, actions }: NominationsWorkspaceProps) {
  const { hr, linked, inbox, mine, notifications } = view;
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
            <InboxList rows={inbox} readyScoreMin={view.readyScoreMin} approve={actions.approve} decline={actions.decline} bulkApprove={actions.bulkApprove} />
          </Section>
        ) : null}
        {linked ? (
          <Section id="mine" title="My proposals" description="A proposal or an approved entry can be withdrawn by you, its nominator.">
            <NominationList
              label="My proposals"
              rows={mine}
              empty="You have not nominated anyone yet."
              actions={(row) => (row.status === "proposed" || row.status === "approved" ? <WithdrawForm row={row} withdraw={actions.withdraw} /> : null)}
            />
          </Section>
        ) : null}
        <Section id="notifications" title="Notifications">
          <NotificationList rows={notifications} markRead={actions.markRead} />
        </Section>
      </div>
    </div>
  );
}
