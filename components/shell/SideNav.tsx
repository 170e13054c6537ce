"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { NavLink } from "@/lib/navigation";

export function SideNav({ items, unreadNotifications }: { items: NavLink[]; unreadNotifications: number }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-1">
      {items.map((item) => {
        const active = item.href === "/" ? pathname === "/" : pathname.startsWith(item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className={`flex items-center justify-between rounded-md px-3 py-2 text-sm font-medium ${
              active ? "bg-white/15 text-white" : "text-brand-100 hover:bg-white/10 hover:text-white"
            }`}
          >
            {item.label}
            {item.showsUnread && unreadNotifications > 0 ? (
              <span data-testid="unread-notifications" className="rounded-full bg-amber-300 px-2 text-xs font-bold text-slate-900">
                {unreadNotifications}
                <span className="sr-only"> unread notifications</span>
              </span>
            ) : null}
          </Link>
        );
      })}
    </nav>
  );
}
