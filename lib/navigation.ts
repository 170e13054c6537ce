import type { Role } from "@/lib/schemas/auth";

export interface NavItem {
  href: string;
  label: string;
  roles: readonly Role[];
}

// One list for the whole app: each workspace says which roles it is for.
// Hiding a link is convenience only; pages and the data layer check access.
export const NAV_ITEMS: readonly NavItem[] = [
  { href: "/", label: "Overview", roles: ["admin", "hr", "manager", "executive"] },
  { href: "/gaps", label: "Pipeline gaps", roles: ["hr", "admin", "manager", "executive"] },
  { href: "/people", label: "People", roles: ["hr", "admin", "manager"] },
  { href: "/heatmap", label: "Risk heatmap", roles: ["executive", "hr", "admin", "manager"] },
  { href: "/org-chart", label: "Org chart", roles: ["executive", "hr", "admin"] },
  { href: "/summary", label: "Executive summary", roles: ["executive", "hr", "admin"] },
  { href: "/snapshots", label: "Plan snapshots", roles: ["executive", "hr", "admin", "manager"] },
  { href: "/review", label: "Talent review", roles: ["admin", "hr"] },
  { href: "/nominations", label: "Nominations", roles: ["admin", "hr", "manager"] },
  { href: "/team", label: "My team", roles: ["manager", "hr", "admin"] },
  { href: "/audit", label: "Audit log", roles: ["admin", "hr"] },
  { href: "/import", label: "Import", roles: ["admin", "hr"] },
  { href: "/settings", label: "Settings", roles: ["admin", "hr"] },
];

// Where a user reads their notifications; the nav shows the unread count there.
export const NOTIFICATIONS_HREF = "/nominations";

export function navFor(role: Role): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles.includes(role));
}

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  hr: "HR",
  manager: "Manager",
  executive: "Executive",
};
