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

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

export function parseIsoDate(value: string | null | undefined): CalendarDate | null {
  if (value == null) return null;
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
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
  const landing = addMonths(start, months);
  if (landing.day > end.day) months -= 1;
  return months;
}
