import type { Role } from "@/lib/schemas/auth";
import { canAdminister, canBrowsePeople, canManageUsers, canNominate, canOpenTeam, canPlayScenarios, canReadSnapshots, type Access } from "@/lib/server/access/permissions";

// A link in the side navigation, as the layout hands it to the browser.
export interface NavLink {
  href: string;
  label: string;
  // Where a user reads their notifications: the link shows the unread count.
  showsUnread: boolean;
}

interface NavPage {
  href: string;
  label: string;
  // The same predicate the page (and its data) asks before answering, so a
  // link exists exactly when the page opens for the viewer.
  opens: (access: Access) => boolean;
}

const everyone = () => true;

// Every top-level page, in the order of the side navigation. A new page is
// one entry here, with the predicate from lib/server/access/permissions.ts its
// page answers by (navigation.test.ts fails for a page without an entry).
export const NAV_PAGES: readonly NavPage[] = [
  { href: "/", label: "Overview", opens: everyone },
  { href: "/gaps", label: "Pipeline gaps", opens: everyone },
  { href: "/people", label: "People", opens: canBrowsePeople },
  { href: "/heatmap", label: "Risk heatmap", opens: everyone },
  { href: "/org-chart", label: "Org chart", opens: everyone },
  { href: "/summary", label: "Executive summary", opens: everyone },
  { href: "/scenarios", label: "What-if scenarios", opens: canPlayScenarios },
  { href: "/snapshots", label: "Plan snapshots", opens: canReadSnapshots },
  { href: "/review", label: "Talent review", opens: canAdminister },
  { href: "/nominations", label: "Nominations", opens: canNominate },
  { href: "/team", label: "My team", opens: canOpenTeam },
  { href: "/audit", label: "Audit log", opens: canAdminister },
  { href: "/import", label: "Import", opens: canAdminister },
  { href: "/settings", label: "Settings", opens: canAdminister },
  { href: "/admin/users", label: "Users", opens: canManageUsers },
  { href: "/account", label: "My account", opens: everyone },
];

const NOTIFICATIONS_HREF = "/nominations";

export function navFor(access: Access): NavLink[] {
  return NAV_PAGES.filter((page) => page.opens(access)).map(({ href, label }) => ({ href, label, showsUnread: href === NOTIFICATIONS_HREF }));
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  hr: "HR",
  manager: "Manager",
  executive: "Executive",
};
