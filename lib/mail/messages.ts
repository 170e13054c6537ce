import { readinessLabel } from "@/lib/labels";
import { absoluteUrl, accountHref, nominationsHref, slateHref, teamHref } from "@/lib/links";

// What Baton e-mails, composed from what the recipient may read and nothing
// more (docs/notifications.md, "What is not in a message"). Pure: the outbox
// stores the result, so a message reads as it did when the change was made.

export type MailKind = "decision" | "proposal" | "assessments_due";

export interface MailContent {
  subject: string;
  text: string;
  html: string;
  // The item as one line of a daily digest, with its link beside it.
  line: string;
  link: string;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);

// Names come from HR's files: a line break in one must not start a new
// header line in the subject, nor a paragraph that looks like Baton's own.
const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

const WHY: Record<MailKind, string> = {
  decision: "You get this because you proposed this nomination.",
  proposal: "You get this because you decide nominations in Baton.",
  assessments_due: "You get this because people reporting to you are due for assessment.",
};

interface Body {
  kind: MailKind;
  subject: string;
  paragraphs: string[];
  action: { label: string; href: string };
  baseUrl: string;
}

function footer(baseUrl: string, why: string): { text: string; html: string } {
  const settings = absoluteUrl(baseUrl, accountHref);
  return {
    text: `--\n${why}\nChoose what Baton e-mails you: ${settings}`,
    html: `<p style="margin-top:24px;color:#64748b;font-size:12px">${escapeHtml(why)}<br><a href="${escapeHtml(settings)}" style="color:#64748b">Choose what Baton e-mails you</a></p>`,
  };
}

function render(body: Body, line: string): MailContent {
  const link = absoluteUrl(body.baseUrl, body.action.href);
  const end = footer(body.baseUrl, WHY[body.kind]);
  const text = [...body.paragraphs, `${body.action.label}: ${link}`, end.text].join("\n\n") + "\n";
  const html = [
    '<div style="font-family:system-ui,sans-serif;font-size:14px;line-height:1.5;color:#0f172a">',
    ...body.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(link)}" style="color:#1d4ed8">${escapeHtml(body.action.label)}</a></p>`,
    end.html,
    "</div>",
  ].join("\n");
  return { subject: oneLine(body.subject), text, html, line: oneLine(line), link };
}

export interface SeatAndCandidate {
  positionId: string;
  seatTitle: string;
  candidateId: string;
  candidateName: string;
}

const candidateOf = (m: SeatAndCandidate) => `${oneLine(m.candidateName)} (${m.candidateId})`;
const seatOf = (m: SeatAndCandidate) => `${oneLine(m.seatTitle)} (${m.positionId})`;

// To the nominator. It names the seat and the candidate they proposed; it
// does not carry HR's reason, even though the nominator may read it in
// Baton: a reason is words about a person, and a mail leaves Baton's access
// control (forwarding, shared mailboxes, archives). The link opens it.
export function decisionMail(m: SeatAndCandidate & { decision: "approved" | "declined"; baseUrl: string }): MailContent {
  const verb = m.decision === "approved" ? "approved" : "declined";
  const paragraphs = [
    `HR ${verb} your nomination of ${candidateOf(m)} as a successor for ${seatOf(m)}.`,
    m.decision === "approved"
      ? "The candidate now counts on the seat's succession slate."
      : "HR's reason is on the seat's page in Baton.",
  ];
  return render(
    {
      kind: "decision",
      subject: `Nomination ${verb}: ${oneLine(m.candidateName)} for ${oneLine(m.seatTitle)}`,
      paragraphs,
      action: { label: "Open the seat's succession slate", href: slateHref(m.positionId) },
      baseUrl: m.baseUrl,
    },
    `HR ${verb} your nomination of ${candidateOf(m)} for ${seatOf(m)}.`,
  );
}

// To HR, who read every slate entry: the seat, the candidate, the proposed
// readiness and who proposed it. The rationale stays in Baton.
export function proposalMail(m: SeatAndCandidate & { readiness: string; proposedBy: string; baseUrl: string }): MailContent {
  const readiness = readinessLabel(m.readiness);
  return render(
    {
      kind: "proposal",
      subject: `Nomination to decide: ${oneLine(m.candidateName)} for ${oneLine(m.seatTitle)}`,
      paragraphs: [`${oneLine(m.proposedBy)} proposed ${candidateOf(m)} as a successor for ${seatOf(m)}, ${readiness.toLowerCase()}.`, "It waits for an HR decision."],
      action: { label: "Open the nominations inbox", href: nominationsHref },
      baseUrl: m.baseUrl,
    },
    `To decide: ${candidateOf(m)} for ${seatOf(m)}, ${readiness.toLowerCase()}, proposed by ${oneLine(m.proposedBy)}.`,
  );
}

const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);

// To a manager: how many of their direct reports the cycle still waits for.
// A count, not names or scores: the list is on My team.
export function assessmentsDueMail(m: { cycleName: string; due: number; baseUrl: string }): MailContent {
  const cycle = oneLine(m.cycleName);
  return render(
    {
      kind: "assessments_due",
      subject: `Talent review ${cycle}: ${people(m.due)} in your team to assess`,
      paragraphs: [`The talent-review cycle ${cycle} is open. ${people(m.due)} reporting to you ${m.due === 1 ? "is" : "are"} not yet assessed.`],
      action: { label: "Open My team", href: teamHref },
      baseUrl: m.baseUrl,
    },
    `Talent review ${cycle}: ${people(m.due)} reporting to you still to assess.`,
  );
}

export interface DigestItem {
  line: string;
  link: string;
}

// One message a day: every item since the last digest, and the reminder of
// assessments still due. null when there is nothing to say.
export function digestMail(m: { items: readonly DigestItem[]; reminder: { cycleName: string; due: number } | null; baseUrl: string }): MailContent | null {
  const items = [...m.items];
  if (m.reminder && m.reminder.due > 0) items.push(assessmentsDueMail({ ...m.reminder, baseUrl: m.baseUrl }));
  if (items.length === 0) return null;
  const subject = items.length === 1 ? `Baton: ${items[0]!.line}` : `Baton: ${items.length} updates for you`;
  const end = footer(m.baseUrl, "You get this once a day because you chose a daily digest.");
  const text = ["Since your last digest:", ...items.map((item) => `- ${item.line}\n  ${item.link}`), end.text].join("\n\n") + "\n";
  const html = [
    '<div style="font-family:system-ui,sans-serif;font-size:14px;line-height:1.5;color:#0f172a">',
    "<p>Since your last digest:</p>",
    "<ul>",
    ...items.map((item) => `<li style="margin-bottom:8px">${escapeHtml(item.line)}<br><a href="${escapeHtml(item.link)}" style="color:#1d4ed8">${escapeHtml(item.link)}</a></li>`),
    "</ul>",
    end.html,
    "</div>",
  ].join("\n");
  return { subject: oneLine(subject), text, html, line: oneLine(subject), link: absoluteUrl(m.baseUrl, "/") };
}
