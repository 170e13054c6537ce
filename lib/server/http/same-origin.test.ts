import { describe, expect, it } from "vitest";
import { isSameOrigin, originVerdict } from "./same-origin";

const headers = (values: Record<string, string>) => new Headers(values);

describe("originVerdict", () => {
  it("accepts a request from the app's own origin, behind a proxy too", () => {
    expect(isSameOrigin(headers({ origin: "http://127.0.0.1:3000", host: "127.0.0.1:3000" }))).toBe(true);
    expect(isSameOrigin(headers({ origin: "https://baton.acme.com", host: "10.0.0.5:3000", "x-forwarded-host": "baton.acme.com" }))).toBe(true);
  });

  it("refuses another origin, a sibling subdomain, another port and an opaque origin", () => {
    for (const origin of ["https://evil.example", "https://wiki.acme.com", "http://baton.acme.com:8080", "null", "not a url"]) {
      expect(originVerdict(headers({ origin, host: "baton.acme.com" })), origin).toBe("cross-origin");
    }
  });

  it("falls back to Sec-Fetch-Site, then Referer, in that order", () => {
    expect(originVerdict(headers({ host: "b.example", "sec-fetch-site": "same-origin" }))).toBe("same-origin");
    for (const site of ["same-site", "cross-site", "none"]) {
      expect(originVerdict(headers({ host: "b.example", "sec-fetch-site": site, referer: "http://b.example/x" })), site).toBe("cross-origin");
    }
    expect(originVerdict(headers({ host: "b.example", referer: "http://b.example/people" }))).toBe("same-origin");
    expect(originVerdict(headers({ host: "b.example", referer: "http://evil.example/b.example" }))).toBe("cross-origin");
    // Origin wins over a same-origin Sec-Fetch-Site.
    expect(originVerdict(headers({ host: "b.example", origin: "http://evil.example", "sec-fetch-site": "same-origin" }))).toBe("cross-origin");
  });

  it("calls a request with none of the three unknown (refused by the proxy)", () => {
    expect(originVerdict(headers({ host: "baton.acme.com" }))).toBe("unknown");
    expect(isSameOrigin(headers({ host: "baton.acme.com" }))).toBe(false);
  });
});
