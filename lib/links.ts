// The addresses screens link to, built in one place so every seat title
// opens the same page (the seat's succession slate), and every name the
// person's profile.
export const slateHref = (positionId: string): string => `/positions/${encodeURIComponent(positionId)}`;
export const profileHref = (employeeId: string): string => `/people/${encodeURIComponent(employeeId)}`;
export const nominationsHref = "/nominations";
export const teamHref = "/team";
export const accountHref = "/account";

// An address for a message read outside the browser (e-mail): Baton's public
// base URL (BATON_BASE_URL) and one of the paths above. Appended, not
// resolved: Baton may live under a path (https://intranet.example/baton).
export const absoluteUrl = (baseUrl: string, href: string): string => new URL(`${baseUrl.replace(/\/+$/, "")}${href.startsWith("/") ? href : `/${href}`}`).toString();
