import type { ReactNode } from "react";
import { SideNav } from "@/components/shell/SideNav";
import { navFor, ROLE_LABELS } from "@/lib/navigation";
import { signOut } from "@/lib/server/auth/auth";
import { getViewer } from "@/lib/server/access/request-viewer";
import { countUnreadNotifications } from "@/lib/server/operations/notifications";
import "./print.css";

async function signOutAction() {
  "use server";
  await signOut({ redirectTo: "/login" });
}

export default async function DashboardLayout({ children }: { children: ReactNode }) {
  const viewer = await getViewer();
  const { user } = viewer;
  const unread = await countUnreadNotifications(viewer);
  return (
    <div className="flex min-h-screen">
      <aside className="flex w-60 shrink-0 flex-col justify-between bg-brand-900 px-4 py-6 text-white">
        <div>
          <p className="mb-8 px-3 text-xl font-bold tracking-tight">Baton</p>
          <SideNav items={navFor(viewer)} unreadNotifications={unread} />
        </div>
        <div className="border-t border-white/15 px-3 pt-4 text-sm">
          <p className="font-medium" data-testid="signed-in-as">
            {user.name ?? user.email}
          </p>
          <p className="text-brand-100">{ROLE_LABELS[user.role]}</p>
          <form action={signOutAction} className="mt-3">
            <button type="submit" className="text-brand-100 underline hover:text-white">
              Sign out
            </button>
          </form>
        </div>
      </aside>
      <main className="flex-1 px-10 py-8">{children}</main>
    </div>
  );
}
