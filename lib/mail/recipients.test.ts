import { describe, expect, it } from "vitest";
import { assessmentsDueRecipients, decisionRecipients, deliveryOf, kindsFor, proposalRecipients, type Account } from "./recipients";

const accounts: Account[] = [
  { id: 1, role: "hr", personId: null, active: true },
  { id: 2, role: "admin", personId: null, active: true },
  { id: 3, role: "hr", personId: null, active: false },
  { id: 4, role: "manager", personId: "D1", active: true },
  { id: 5, role: "manager", personId: "M1", active: true },
  { id: 6, role: "executive", personId: "CEO", active: true },
  { id: 7, role: "hr", personId: "H1", active: true },
];

describe("who gets e-mail", () => {
  it("sends each kind alone, in the digest, or not at all, as the user chose", () => {
    expect(deliveryOf(null, "decision")).toBe("now");
    expect(deliveryOf({ decisions: true, proposals: true, assessmentsDue: true, digest: true }, "proposal")).toBe("digest");
    expect(deliveryOf({ decisions: false, proposals: true, assessmentsDue: true, digest: true }, "decision")).toBeNull();
    expect(deliveryOf({ decisions: true, proposals: true, assessmentsDue: false, digest: false }, "assessments_due")).toBeNull();
  });

  it("tells every active HR account of a proposal but the proposer's own", () => {
    expect(proposalRecipients(accounts, 4)).toEqual([1, 2, 7]);
    expect(proposalRecipients(accounts, 1)).toEqual([2, 7]);
  });

  it("tells the nominator's accounts and the proposing user of a decision, active ones only", () => {
    expect(decisionRecipients(accounts, { nominatedById: "D1", proposerUserId: 4 })).toEqual([4]);
    expect(decisionRecipients(accounts, { nominatedById: null, proposerUserId: 1 })).toEqual([1]);
    expect(decisionRecipients(accounts, { nominatedById: "M1", proposerUserId: 3 })).toEqual([5]);
    expect(decisionRecipients(accounts, { nominatedById: null, proposerUserId: null })).toEqual([]);
  });

  it("tells each account that may assess and has direct reports due, with their count; never an executive", () => {
    const due = new Map([["D1", 2], ["CEO", 2], ["H1", 1], ["X9", 4]]);
    expect(assessmentsDueRecipients(accounts, due)).toEqual([{ userId: 4, due: 2 }, { userId: 7, due: 1 }]);
  });

  it("offers each role the kinds it can receive", () => {
    expect(kindsFor("executive")).toEqual([]);
    expect(kindsFor("manager")).toEqual(["decision", "assessments_due"]);
    expect(kindsFor("admin")).toEqual(["decision", "proposal", "assessments_due"]);
  });
});
