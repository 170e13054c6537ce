import { describe, expect, it } from "vitest";
import { passwordProblem } from "./password-policy";

const EMAIL = "ada.lovelace@co.example";

describe("passwordProblem", () => {
  it("refuses the passwords of issue 11 and other weak ones, each with a reason", () => {
    expect(passwordProblem("password", EMAIL)).toMatch(/12 characters/);
    expect(passwordProblem("11111111", EMAIL)).toMatch(/12 characters/);
    expect(passwordProblem("111111111111", EMAIL)).toMatch(/different characters/);
    expect(passwordProblem(EMAIL, EMAIL)).toMatch(/email/);
    expect(passwordProblem("ADA.LOVELACE@CO.EXAMPLE!", EMAIL)).toMatch(/email/);
    expect(passwordProblem("adalovelace.", "adalovelace@co.example")).toMatch(/email/);
    expect(passwordProblem("password1234", EMAIL)).toMatch(/common/);
    expect(passwordProblem("QAZWSXEDCRFV", EMAIL)).toMatch(/common/);
    expect(passwordProblem("x".repeat(201), EMAIL)).toMatch(/at most/);
  });

  it("accepts a long passphrase and a generated password", () => {
    expect(passwordProblem("correct horse battery staple", EMAIL)).toBeNull();
    expect(passwordProblem("Xq7-vR2p-LmN8", EMAIL)).toBeNull();
  });
});
