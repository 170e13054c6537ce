import { readdirSync, existsSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { Role } from "@/lib/schemas/auth";
import type { Access } from "@/lib/server/access/permissions";
import { NAV_PAGES, navFor } from "./navigation";

const access = (role: Role): Access =>
  role === "manager"
    ? { user: { role, personId: "D1" }, scope: { kind: "subtree", managerId: "D1", orgUnitId: "Co", employeeIds: new Set(["D1"]), selfId: "D1" } }
    : { user: { role, personId: null }, scope: { kind: "organization", sensitive: role !== "executive", selfId: null } };

const hrefs = (role: Role) => navFor(access(role)).map((l) => l.href);

describe("navigation", () => {
  it("links each role to exactly the pages that answer it (e2e/authz/matrix.ts)", () => {
    const everyone = ["/", "/gaps", "/heatmap", "/org-chart", "/summary", "/snapshots", "/account"];
    const organizationWide = ["/scenarios"];
    const hrOnly = ["/review", "/audit", "/import", "/settings"];
    expect(new Set(hrefs("hr"))).toEqual(new Set([...everyone, ...organizationWide, "/people", "/nominations", "/team", ...hrOnly]));
    expect(new Set(hrefs("admin"))).toEqual(new Set([...hrefs("hr"), "/admin/users"]));
    expect(new Set(hrefs("manager"))).toEqual(new Set([...everyone, "/people", "/nominations", "/team"]));
    expect(new Set(hrefs("executive"))).toEqual(new Set([...everyone, ...organizationWide]));
  });

  it("puts the unread count on the nominations link only", () => {
    expect(navFor(access("hr")).filter((l) => l.showsUnread).map((l) => l.href)).toEqual(["/nominations"]);
  });

  it("has an entry for every top-level page of the dashboard", () => {
    const dashboard = path.join(import.meta.dirname, "../app/(dashboard)");
    const pages = readdirSync(dashboard, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith("[") && existsSync(path.join(dashboard, entry.name, "page.tsx")))
      .map((entry) => `/${entry.name}`);
    // Pages grouped under a folder without a page of its own (/admin/users) count too.
    const grouped = NAV_PAGES.map((p) => p.href).filter((href) => href.split("/").length > 2);
    for (const href of grouped) expect(existsSync(path.join(dashboard, href, "page.tsx")), href).toBe(true);
    expect(new Set(NAV_PAGES.map((p) => p.href))).toEqual(new Set(["/", ...pages, ...grouped]));
  });
});
