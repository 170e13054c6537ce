import { describe, expect, it } from "vitest";
import { fieldErrorsOf, ok, refuse } from "./result";

describe("results", () => {
  it("keeps the first message of each field", () => {
    const issues = [
      { path: ["goal"], message: "Say what the action is for." },
      { path: ["goal"], message: "a second complaint" },
      { path: [], message: "the form as a whole" },
    ];
    expect(fieldErrorsOf(issues)).toEqual({ goal: "Say what the action is for.", form: "the form as a whole" });
  });

  it("lets the caller choose the key or skip an issue", () => {
    const issues = [
      { path: ["levelNames", "L3"], message: "Too long" },
      { path: ["unknown"], message: "skipped" },
    ];
    expect(fieldErrorsOf(issues, (path) => (path[0] === "levelNames" ? `level.${String(path[1])}` : null))).toEqual({ "level.L3": "Too long" });
  });

  it("builds values and refusals", () => {
    expect(ok(3)).toEqual({ ok: true, value: 3 });
    expect(refuse("conflict", "reload")).toEqual({ ok: false, code: "conflict", message: "reload" });
    expect(refuse("bad_request", "look again", { a: "b" })).toEqual({ ok: false, code: "bad_request", message: "look again", fieldErrors: { a: "b" } });
  });
});
