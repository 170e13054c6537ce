// The addresses screens link to, built in one place so every seat title
// opens the same page: the seat's succession slate.
export const slateHref = (positionId: string): string => `/positions/${encodeURIComponent(positionId)}`;
