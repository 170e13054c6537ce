import { describe, expect, it } from "vitest";
import { assessmentsDueMail, decisionMail, digestMail, escapeHtml, proposalMail } from "./messages";

const BASE = "https://baton.acme.example/";
const seat = { positionId: "P 7/ops", seatTitle: "Head of <Ops>", candidateId: "E1", candidateName: "Ana \"Ops\" O'Neil" };

describe("e-mail messages", () => {
  it("escape every name in the HTML part and keep the text part plain", () => {
    const mail = decisionMail({ ...seat, decision: "approved", baseUrl: BASE });
    expect(mail.html).toContain("Head of &lt;Ops&gt;");
    expect(mail.html).toContain("Ana &quot;Ops&quot; O&#39;Neil");
    expect(mail.html).not.toMatch(/<Ops>/);
    expect(mail.text).toContain('HR approved your nomination of Ana "Ops" O\'Neil (E1) as a successor for Head of <Ops> (P 7/ops).');
    expect(escapeHtml(`<a href="x">&'`)).toBe("&lt;a href=&quot;x&quot;&gt;&amp;&#39;");
  });

  it("link to the page the message is about, as an absolute address under the base URL", () => {
    const mail = decisionMail({ ...seat, decision: "declined", baseUrl: BASE });
    expect(mail.link).toBe("https://baton.acme.example/positions/P%207%2Fops");
    expect(mail.text).toContain(`Open the seat's succession slate: ${mail.link}`);
    expect(mail.html).toContain(`href="${mail.link}"`);
    expect(mail.text).toContain("https://baton.acme.example/account");
    expect(proposalMail({ ...seat, readiness: "ready_now", proposedBy: "hr@acme.example", baseUrl: "https://acme.example/baton" }).link).toBe("https://acme.example/baton/nominations");
    expect(assessmentsDueMail({ cycleName: "2027 H1", due: 3, baseUrl: BASE }).link).toBe("https://baton.acme.example/team");
  });

  it("say what was decided without HR's reason, and what awaits HR with the readiness in words", () => {
    expect(decisionMail({ ...seat, decision: "declined", baseUrl: BASE }).subject).toBe("Nomination declined: Ana \"Ops\" O'Neil for Head of <Ops>");
    const proposal = proposalMail({ ...seat, readiness: "3_plus_years", proposedBy: "Dana Lee", baseUrl: BASE });
    expect(proposal.subject).toBe("Nomination to decide: Ana \"Ops\" O'Neil for Head of <Ops>");
    expect(proposal.line).toBe("To decide: Ana \"Ops\" O'Neil (E1) for Head of <Ops> (P 7/ops), ready in 3+ years, proposed by Dana Lee.");
    expect(proposal.text).not.toContain("3_plus_years");
  });

  it("never let a name from a file break the subject into two header lines", () => {
    const mail = decisionMail({ ...seat, candidateName: "Eve\r\nBcc: everyone@acme.example", decision: "approved", baseUrl: BASE });
    expect(mail.subject).toBe("Nomination approved: Eve Bcc: everyone@acme.example for Head of <Ops>");
    expect(mail.line).not.toMatch(/[\r\n]/);
  });

  it("count the people due, one and many", () => {
    expect(assessmentsDueMail({ cycleName: "2027 H1", due: 1, baseUrl: BASE }).subject).toBe("Talent review 2027 H1: 1 person in your team to assess");
    expect(assessmentsDueMail({ cycleName: "2027 H1", due: 4, baseUrl: BASE }).text).toContain("4 people reporting to you are not yet assessed.");
  });

  it("put every item of a day in one digest, the reminder last, and say nothing when there is nothing", () => {
    const a = decisionMail({ ...seat, decision: "approved", baseUrl: BASE });
    const b = proposalMail({ ...seat, readiness: "ready_now", proposedBy: "Dana", baseUrl: BASE });
    const digest = digestMail({ items: [a, b], reminder: { cycleName: "2027 H1", due: 2 }, baseUrl: BASE })!;
    expect(digest.subject).toBe("Baton: 3 updates for you");
    const lines = digest.text.split("\n").filter((l) => l.startsWith("- "));
    expect(lines).toEqual([`- ${a.line}`, `- ${b.line}`, "- Talent review 2027 H1: 2 people reporting to you still to assess."]);
    expect(digest.text).toContain(a.link);
    expect(digest.html).toContain("Head of &lt;Ops&gt;");
    expect(digestMail({ items: [a], reminder: null, baseUrl: BASE })!.subject).toBe(`Baton: ${a.line}`);
    expect(digestMail({ items: [], reminder: { cycleName: "2027 H1", due: 0 }, baseUrl: BASE })).toBeNull();
  });
});
