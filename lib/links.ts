// The addresses screens link to, built in one place so every seat title
// opens the same page (the seat's succession slate), and every name the
// person's profile.
export const slateHref = (positionId: string): string => `/positions/${encodeURIComponent(positionId)}`;
export const profileHref = (employeeId: string): string => `/people/${encodeURIComponent(employeeId)}`;
