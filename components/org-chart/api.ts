import type { OrgChartPath, OrgChildrenPage, OrgSearchMatch } from "@/lib/server/views/org-chart";

// The browser side of the org chart's three route handlers
// (app/(dashboard)/org-chart/{children,search,path}). Types only come from
// lib/server; no server code reaches the bundle.

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url, { headers: { accept: "application/json" } });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `the server answered ${response.status}`);
  }
  return (await response.json()) as T;
}

const query = (params: Record<string, string | number>) =>
  new URLSearchParams(Object.entries(params).map(([k, v]) => [k, String(v)])).toString();

export const fetchChildren = (parent: string, asOf: string, offset: number) =>
  getJson<OrgChildrenPage>(`/org-chart/children?${query({ parent, asOf, offset })}`);

export const fetchSearch = (q: string, asOf: string) => getJson<{ matches: OrgSearchMatch[]; total: number }>(`/org-chart/search?${query({ q, asOf })}`);

export const fetchPath = (to: string, asOf: string) => getJson<OrgChartPath>(`/org-chart/path?${query({ to, asOf })}`);
