import type { IsoDate } from "./types";

// Calendar arithmetic on "YYYY-MM-DD" strings without Date objects: a calendar
// date has no time zone, and going through Date would let the server's zone
// shift a retirement date by a day. ISO strings of this shape also compare
// correctly as plain strings, which the hot loops rely on.

export interface CalendarDate {
  year: number;
  month: number; // 1..12
  day: number; // 1..31
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

function digit(value: string, at: number): number {
  const code = value.charCodeAt(at) - 48;
  return code >= 0 && code <= 9 ? code : NaN;
}

// Hand-rolled rather than a regular expression: it runs for every date of
// every person on each report, and this is several times faster.
export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  if (value == null || value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return null;
  const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
  const month = digit(value, 5) * 10 + digit(value, 6);
  const day = digit(value, 8) * 10 + digit(value, 9);
  // NaN fails every comparison, so a non-digit anywhere lands here too.
  if (!(year >= 0 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month))) return null;
  return { year, month, day };
}

export function isIsoDate(value: string | null | undefined): value is IsoDate {
  return parseIsoDate(value) !== null;
}

export function formatIsoDate(date: CalendarDate): IsoDate {
  const y = String(date.year).padStart(4, "0");
  const m = String(date.month).padStart(2, "0");
  const d = String(date.day).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

// Same rule as date-fns addMonths: 31 January + 1 month is the last day of
// February, not 3 March.
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  const index = date.year * 12 + (date.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  return { year, month, day: Math.min(date.day, daysInMonth(year, month)) };
}

// Whole months elapsed: the largest n with addMonths(start, n) <= end, so a
// role started on 15 January has six full months on 15 July, not on 16 July.
export function fullMonthsBetween(start: CalendarDate, end: CalendarDate): number {
  let months = (end.year - start.year) * 12 + (end.month - start.month);
  // addMonths(start, months) lands in end's month; only its day can differ.
  if (Math.min(start.day, daysInMonth(end.year, end.month)) > end.day) months -= 1;
  return months;
}
