import { describe, expect, it } from "vitest";
import { endsSessions, removesLastAdmin } from "./accounts";

const admin = { role: "admin", active: true };

describe("removesLastAdmin", () => {
  it("refuses demoting or deactivating the only active administrator", () => {
    expect(removesLastAdmin(admin, { role: "hr", active: true }, 0)).toBe(true);
    expect(removesLastAdmin(admin, { role: "admin", active: false }, 0)).toBe(true);
  });

  it("allows it when another active administrator remains, or when nothing is lost", () => {
    expect(removesLastAdmin(admin, { role: "hr", active: true }, 1)).toBe(false);
    expect(removesLastAdmin(admin, admin, 0)).toBe(false);
    expect(removesLastAdmin({ role: "admin", active: false }, { role: "hr", active: false }, 0)).toBe(false);
    expect(removesLastAdmin({ role: "hr", active: true }, { role: "hr", active: false }, 0)).toBe(false);
  });
});

describe("endsSessions", () => {
  const manager = { role: "manager", active: true, personId: "E1" };
  it("ends sessions on a role, link or activation change, not otherwise", () => {
    expect(endsSessions(manager, { ...manager, role: "hr", personId: null })).toBe(true);
    expect(endsSessions(manager, { ...manager, personId: "E2" })).toBe(true);
    expect(endsSessions(manager, { ...manager, active: false })).toBe(true);
    expect(endsSessions(manager, { ...manager })).toBe(false);
  });
});
