"use client";

import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, formatDate, formatDateTime } from "@/lib/format/dates";

// The locale every date on screen is written in, set once by the root layout
// from the request (lib/server/http/locale.ts). Server and client components
// both print dates through these, so one page never mixes formats.
const LocaleContext = createContext(DEFAULT_LOCALE);

export function LocaleProvider({ locale, children }: { locale: string; children: ReactNode }) {
  return <LocaleContext value={locale}>{children}</LocaleContext>;
}

export const useLocale = () => useContext(LocaleContext);

// A calendar date ("2026-12-02"), machine-readable in the markup.
export function DateText({ value, className }: { value: string | null | undefined; className?: string }) {
  const locale = useLocale();
  const text = formatDate(value, locale);
  return value ? (
    <time dateTime={value} className={className}>
      {text}
    </time>
  ) : (
    <span className={className}>{text}</span>
  );
}

// A moment with its time, in UTC; `missing` words an absent one ("Never").
export function DateTimeText({ value, className, missing }: { value: Date | string | null | undefined; className?: string; missing?: string }) {
  const locale = useLocale();
  if ((value === null || value === undefined) && missing !== undefined) return <span className={className}>{missing}</span>;
  const iso = value instanceof Date ? value.toISOString() : (value ?? undefined);
  return (
    <time dateTime={iso} className={className}>
      {formatDateTime(value, locale)}
    </time>
  );
}
