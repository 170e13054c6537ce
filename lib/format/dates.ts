// Every date on screen in one format: the reader's, from their browser's
// language (the Accept-Language header on the server, the same value handed
// to the browser, so server and client render identical text). Pure; the
// server picks the locale once per request (lib/server/http/locale.ts).
export const MISSING_DATE = "—";
export const DEFAULT_LOCALE = "en-GB";

// The first language of an Accept-Language header that Intl can format,
// or the default: "de-CH,de;q=0.9,en;q=0.8" → "de-CH".
export function pickLocale(acceptLanguage: string | null | undefined): string {
  const tags = (acceptLanguage ?? "")
    .split(",")
    .map((part) => {
      const [tag = "", ...params] = part.trim().split(";");
      const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
      return { tag: tag.trim(), q: q === undefined ? 1 : Number(q) };
    })
    .filter((t) => t.tag !== "" && t.tag !== "*" && t.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of tags) {
    try {
      const [supported] = Intl.DateTimeFormat.supportedLocalesOf(tag);
      if (supported) return supported;
    } catch {
      // Not a language tag at all: try the next one.
    }
  }
  return DEFAULT_LOCALE;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(locale: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${withTime}`;
  let f = formatters.get(key);
  if (!f) {
    // UTC both ways: a calendar date is built at UTC midnight below, and
    // timestamps are shown in UTC (labelled), which the server and every
    // browser agree on.
    f = new Intl.DateTimeFormat(locale, {
      day: "numeric",
      month: "short",
      year: "numeric",
      timeZone: "UTC",
      ...(withTime ? { hour: "2-digit", minute: "2-digit", hourCycle: "h23" } : {}),
    });
    formatters.set(key, f);
  }
  return f;
}

// "2027-03-05" → "5 Mar 2027" (en-GB), "Mar 5, 2027" (en-US), "5. März 2027"
// (de). Text that is not an ISO date is shown as it is.
export function formatDate(iso: string | null | undefined, locale: string): string {
  if (!iso) return MISSING_DATE;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? iso : formatter(locale, false).format(date);
}

// A moment (an audit event, a notification) with its time of day, in UTC.
export function formatDateTime(at: Date | string | null | undefined, locale: string): string {
  if (at === null || at === undefined) return MISSING_DATE;
  const date = typeof at === "string" ? new Date(at) : at;
  if (Number.isNaN(date.getTime())) return String(at);
  return `${formatter(locale, true).format(date)} UTC`;
}
