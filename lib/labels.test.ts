import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GAP_FLAGS } from "@/lib/domain";
import { NOMINATION_STATUSES } from "@/lib/schemas/nominations";
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS, auditActionLabel, BENCH_LABELS, FLAG_DESCRIPTIONS, FLAG_LABELS, FLAG_TONES, readinessLabel, statusLabel } from "./labels";

describe("gap flag labels", () => {
  it("gives every flag a human label, a description and a tone", () => {
    for (const flag of GAP_FLAGS) {
      expect(FLAG_LABELS[flag]).toMatch(/^[A-Z][a-z]/);
      expect(FLAG_DESCRIPTIONS[flag].length).toBeGreaterThan(20);
      expect(FLAG_TONES[flag]).toBeDefined();
    }
  });

  it("uses the words HR uses, not the codes", () => {
    expect(FLAG_LABELS["single-point"]).toBe("Single point of failure");
    expect(FLAG_LABELS["stuck-incumbent"]).toBe("Stuck in management");
  });
});

describe("one word per code", () => {
  it("says the bench the same way everywhere, as a phrase that stands alone", () => {
    expect(BENCH_LABELS).toEqual({ none: "No bench", weak: "Weak bench", moderate: "Moderate bench", strong: "Strong bench" });
  });

  it("names every nomination status and readiness, and shows an unknown code as itself", () => {
    expect(NOMINATION_STATUSES.map(statusLabel)).toEqual(["Proposed", "Approved", "Declined", "Withdrawn", "Succeeded"]);
    expect(readinessLabel("1_2_years")).toBe("Ready in 1–2 years");
    expect(statusLabel("archived")).toBe("archived");
  });
});

describe("audit action labels", () => {
  // Every action and entity Baton writes to the audit log, found in the code that writes it.
  const entities = new Set<string>();
  const written = (() => {
    const found = new Set<string>();
    const walk = (dir: string) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const file = path.join(dir, entry.name);
        if (entry.isDirectory()) {
          if (entry.name !== "generated" && entry.name !== "node_modules") walk(file);
        } else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name)) {
          const code = readFileSync(file, "utf8");
          for (const m of code.matchAll(/\b(?:action|outcome): "([a-z_]+)"/g)) found.add(m[1]!);
          for (const m of code.matchAll(/(?:recordAudit\(|auditEvent\.create(?:Many)?\()[\s\S]{0,600}?\bentity: "([a-z_]+)"/g)) entities.add(m[1]!);
        }
      }
    };
    for (const dir of ["lib/server", "lib/import", "scripts", "app"]) walk(path.resolve(__dirname, "..", dir));
    return found;
  })();

  it("reads every action the code writes in words", () => {
    expect(written.size).toBeGreaterThan(10);
    for (const action of written) expect(AUDIT_ACTION_LABELS[action], action).toMatch(/^[A-Z]/);
    expect(auditActionLabel("approve")).toBe("Approved");
    expect(auditActionLabel("some_new_thing")).toBe("some new thing");
  });

  it("names every kind of record the code writes an event for", () => {
    expect(entities.size).toBeGreaterThan(5);
    for (const entity of entities) expect(AUDIT_ENTITY_LABELS[entity], entity).toMatch(/^[A-Z]/);
  });
});
