import { describe, expect, it } from "vitest";
import { BODY_LIMIT, guardRequest, IMPORT_BODY_LIMIT } from "./request-guard";

const HOST = "baton.example";
const ask = (method: string, pathname: string, values: Record<string, string>) =>
  guardRequest({ method, pathname, headers: new Headers({ host: HOST, ...values }) })?.status ?? "allowed";
const json = { "content-type": "application/json", "content-length": "20" };

describe("guardRequest", () => {
  it("lets every read through, whatever its origin", () => {
    expect(ask("GET", "/api/v1/positions", { origin: "http://evil.example" })).toBe("allowed");
    expect(ask("HEAD", "/people", {})).toBe("allowed");
  });

  it("refuses a cookie-borne write from another origin, or from nowhere", () => {
    expect(ask("POST", "/api/v1/nominations", { ...json, origin: "http://evil.example" })).toBe(403);
    expect(ask("POST", "/api/v1/nominations", json)).toBe(403);
    expect(ask("POST", "/nominations", { "next-action": "abc", "sec-fetch-site": "cross-site", "content-length": "9" })).toBe(403);
    expect(ask("POST", "/api/auth/signout", { referer: "http://evil.example/" })).toBe(403);
    expect(ask("POST", "/api/v1/nominations", { ...json, origin: `http://${HOST}` })).toBe("allowed");
  });

  it("lets a bearer-token write through from anywhere: a browser never adds one by itself", () => {
    expect(ask("POST", "/api/v1/nominations", { ...json, authorization: "Bearer baton_x" })).toBe("allowed");
    expect(ask("PATCH", "/api/v1/nominations/1", { ...json, authorization: "Bearer baton_x", origin: "http://evil.example" })).toBe("allowed");
    expect(ask("POST", "/api/v1/nominations", { ...json, authorization: "Basic eDp5" })).toBe(403);
  });

  it("wants JSON on API writes: a text/plain or form body is refused with 415", () => {
    const same = { origin: `http://${HOST}`, "content-length": "20" };
    expect(ask("POST", "/api/v1/nominations", { ...same, "content-type": "text/plain" })).toBe(415);
    expect(ask("PATCH", "/api/v1/nominations/3", { ...same, "content-type": "application/x-www-form-urlencoded" })).toBe(415);
    expect(ask("POST", "/api/v1/nominations", same)).toBe(415);
    expect(ask("POST", "/api/v1/nominations", { ...same, "content-type": "application/json; charset=utf-8" })).toBe("allowed");
    // Pages' forms and server actions are not JSON endpoints.
    expect(ask("POST", "/settings", { ...same, "content-type": "text/plain;charset=UTF-8" })).toBe("allowed");
  });

  it("caps bodies: 1 MB everywhere, the import upload its 50 MB", () => {
    const same = { origin: `http://${HOST}`, "content-type": "multipart/form-data; boundary=x" };
    expect(ask("POST", "/settings", { ...same, "content-length": String(BODY_LIMIT + 1) })).toBe(413);
    expect(ask("POST", "/import/run", { ...same, "content-length": String(BODY_LIMIT + 1) })).toBe("allowed");
    expect(ask("POST", "/import/run", { ...same, "content-length": String(IMPORT_BODY_LIMIT + 1) })).toBe(413);
    expect(ask("POST", "/settings", { ...same, "transfer-encoding": "chunked" })).toBe(411);
  });

  it("lets the HRIS push carry a CSV or XLSX file up to the import's 50 MB; the route checks the type", () => {
    const push = { authorization: "Bearer t0ken", "content-type": "text/csv" };
    expect(ask("POST", "/api/v1/imports/people", { ...push, "content-length": String(BODY_LIMIT + 1) })).toBe("allowed");
    expect(ask("POST", "/api/v1/imports/people", { ...push, "content-length": String(IMPORT_BODY_LIMIT + 1) })).toBe(413);
    expect(ask("POST", "/api/v1/imports/people", { origin: "https://elsewhere.example", "content-type": "text/csv", "content-length": "20" })).toBe(403);
  });
});
