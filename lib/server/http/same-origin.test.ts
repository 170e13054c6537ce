import { describe, expect, it } from "vitest";
import { isSameOrigin } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("isSameOrigin", () => {
  it("accepts a POST from the app's own origin, behind a proxy too", () => {
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://baton.acme.com", host: "10.0.0.5:3000", "x-forwarded-host": "baton.acme.com" }))).toBe(true);
  });

  it("refuses another origin, a sibling subdomain, an opaque origin and no origin at all", () => {
    expect(isSameOrigin(headers({ origin: "https://evil.example", host: "baton.acme.com" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "https://wiki.acme.com", host: "baton.acme.com" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "http://baton.acme.com:8080", host: "baton.acme.com" }))).toBe(false);
    expect(isSameOrigin(headers({ origin: "null", host: "baton.acme.com" }))).toBe(false);
    expect(isSameOrigin(headers({ host: "baton.acme.com" }))).toBe(false);
  });
});
