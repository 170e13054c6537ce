import type { Metadata } from "next";
import { MailPreferencesForm } from "@/components/account/MailPreferencesForm";
import { MailNotConfigured } from "@/components/account/MailNotConfigured";
import { ROLE_LABELS } from "@/lib/navigation";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findMailPreferences } from "@/lib/server/operations/mail-preferences";
import { saveMailPreferencesAction } from "./actions";

export const metadata: Metadata = { title: "My account" };

export default async function AccountPage() {
  const viewer = await getViewer();
  const view = await findMailPreferences(viewer);
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">My account</h1>
      <p className="mt-1 text-slate-600">
        Signed in as {viewer.user.email} ({ROLE_LABELS[viewer.user.role]}).
      </p>
      <section aria-labelledby="notifications-heading" className="mt-6 rounded-lg border border-slate-200 bg-white p-5">
        <h2 id="notifications-heading" className="text-lg font-semibold text-slate-900">
          Notifications
        </h2>
        <p className="mt-1 text-sm text-slate-600">What Baton e-mails you. Each message links to its page and holds nothing you could not read there.</p>
        {view.mailConfigured ? null : <MailNotConfigured />}
        <div className="mt-4">
          <MailPreferencesForm action={saveMailPreferencesAction} preferences={view.preferences} kinds={view.kinds} email={view.email} />
        </div>
      </section>
    </div>
  );
}
