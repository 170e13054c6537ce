import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { initialSettingsState } from "@/components/settings/form-state";
import { MailSection } from "@/components/settings/MailSection";
import { SettingsForm } from "@/components/settings/SettingsForm";
import { getViewer } from "@/lib/server/access/request-viewer";
import { findMailStatus } from "@/lib/server/operations/mail-outbox";
import { findSettings } from "@/lib/server/operations/settings";
import { saveSettingsAction } from "./actions";

export const metadata: Metadata = { title: "Settings" };

export default async function SettingsPage() {
  const viewer = await getViewer();
  const [view, mail] = await Promise.all([findSettings(viewer), findMailStatus(viewer)]);
  // Not HR or admin: the same answer as a page that does not exist.
  if (!view || !mail) notFound();
  const levelNames = Object.fromEntries(view.levels.map((l) => [l.code, l.name]));
  return (
    <div className="max-w-3xl">
      <h1 className="text-2xl font-bold text-slate-900">Settings</h1>
      <p className="mt-1 text-slate-600">The thresholds behind every score, flag and pipeline count. Each save is recorded in the audit log.</p>
      <div className="mt-6">
        <SettingsForm action={saveSettingsAction} initial={initialSettingsState(view.settings, levelNames)} levels={view.levels} />
      </div>
      <div className="mt-6">
        <MailSection status={mail} />
      </div>
    </div>
  );
}
