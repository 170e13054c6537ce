import { z } from "zod";

// Cell-level parsers for CSV imports (SPEC §6). Every cell arrives as trimmed
// text; an empty cell means "no value". Optional cells give `null` when empty;
// the row schemas add `.optional()` so that a column missing from the header
// gives `undefined`, which the importers read as "keep what is stored".
//
// Messages are written to be shown after "row N, column X:", so they name the
// offending value and say what would be accepted.

function issue(ctx: z.RefinementCtx, message: string): typeof z.NEVER {
  ctx.addIssue({ code: "custom", message });
  return z.NEVER;
}

const EMPTY = "the cell is empty; a value is required";

type Reader<T> = (value: string, ctx: z.RefinementCtx) => T;

const requiredCell = <T>(read: Reader<T>) =>
  z.string().transform((value, ctx): T => (value === "" ? issue(ctx, EMPTY) : read(value, ctx)));
const optionalCell = <T>(read: Reader<T>) =>
  z.string().transform((value, ctx): T | null => (value === "" ? null : read(value, ctx)));

function textReader(max: number): Reader<string> {
  return (value, ctx) =>
    value.length > max ? issue(ctx, `is ${value.length} characters long; at most ${max} are allowed`) : value;
}

export const requiredText = (max = 200) => requiredCell(textReader(max));
export const optionalText = (max = 200) => optionalCell(textReader(max));

function integerReader(min: number, max: number): Reader<number> {
  return (value, ctx) => {
    const n = /^[+-]?\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!Number.isInteger(n) || n < min || n > max) {
      return issue(ctx, `must be a whole number from ${min} to ${max} (got "${value}")`);
    }
    return n;
  };
}

export const requiredInteger = (min: number, max: number) =>
  requiredCell(integerReader(min, max));
export const optionalInteger = (min: number, max: number) => optionalCell(integerReader(min, max));

const TRUE_WORDS = new Set(["true", "yes", "1"]);
const FALSE_WORDS = new Set(["false", "no", "0"]);

export const optionalBoolean = () =>
  optionalCell((value, ctx) => {
    const word = value.toLowerCase();
    if (TRUE_WORDS.has(word)) return true;
    if (FALSE_WORDS.has(word)) return false;
    return issue(ctx, `must be true/false, yes/no or 1/0 (got "${value}")`);
  });

// z.iso.date() checks the calendar too (2026-02-30 and 2023-02-29 fail), so a
// separate message for "right shape, impossible day" is all we add.
const isoDate = z.iso.date();

function dateReader(value: string, ctx: z.RefinementCtx): string {
  if (isoDate.safeParse(value).success) return value;
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return issue(ctx, `"${value}" is not a real calendar date`);
  return issue(ctx, `must be a date written YYYY-MM-DD (got "${value}")`);
}

export const optionalDate = () => optionalCell(dateReader);

const email = z.email();

export const requiredEmail = () =>
  requiredCell((value, ctx) =>
    email.safeParse(value).success ? value : issue(ctx, `"${value}" is not a valid email address`),
  );

function listWords(words: readonly string[]): string {
  return words.length < 2 ? words.join("") : `${words.slice(0, -1).join(", ")} or ${words.at(-1)}`;
}

// Codes are matched case-insensitively ("High" is high) and stored lower-case.
function choiceReader<const T extends string>(choices: readonly T[], noun: string): Reader<T> {
  return (value, ctx) => {
    const found = choices.find((choice) => choice === value.toLowerCase());
    return found ?? issue(ctx, `unknown ${noun} "${value}" (expected ${listWords(choices)})`);
  };
}

export const requiredChoice = <const T extends string>(choices: readonly T[], noun: string) =>
  requiredCell(choiceReader(choices, noun));
export const optionalChoice = <const T extends string>(choices: readonly T[], noun: string) =>
  optionalCell(choiceReader(choices, noun));

// "Division/Department/Team": segments are trimmed; an empty segment ("A//B",
// a leading or trailing "/") is an error rather than silently dropped, since it
// usually means a missing name.
export const requiredOrgPath = () =>
  requiredCell((value, ctx) => {
    const segments = value.split("/").map((segment) => segment.trim());
    if (segments.some((segment) => segment === "")) {
      return issue(ctx, `"${value}" has an empty part; write the path as Division/Department/Team`);
    }
    if (segments.some((segment) => segment.length > 100)) return issue(ctx, "a part of the path is longer than 100 characters");
    return segments.join("/");
  });
