import { MAIL_KEYS } from "@/lib/server/infra/env";
import type { MailStatus } from "@/lib/server/operations/mail-outbox";

const VARIABLES: Record<(typeof MAIL_KEYS)[number], string> = {
  BATON_SMTP_URL: "the mail server, e.g. smtps://user:password@mail.example.com:465",
  BATON_MAIL_FROM: "the sender, e.g. Baton <baton@example.com>",
  BATON_BASE_URL: "Baton's public address, which links in messages open, e.g. https://baton.example.com",
};

// Whether Baton sends e-mail, through which server and as whom; the
// password stays in the environment (docs/notifications.md).
export function MailSection({ status }: { status: MailStatus }) {
  const { server, outbox } = status;
  return (
    <section aria-labelledby="mail-heading" className="rounded-lg border border-slate-200 bg-white p-5">
      <h2 id="mail-heading" className="text-base font-semibold text-slate-900">
        E-mail notifications
      </h2>
      {server ? (
        <>
          <p className="mt-1 text-sm text-slate-700">Baton e-mails decisions, proposals to decide and assessments due, as each user chose on their account page.</p>
          <dl className="mt-3 grid grid-cols-[10rem_1fr] gap-x-4 gap-y-1 text-sm">
            <dt className="text-slate-600">Mail server</dt>
            <dd className="text-slate-900">
              {server.host}:{server.port}, {server.secure ? "TLS" : "STARTTLS when offered"}
              {server.user ? `, signed in as ${server.user}` : ", without sign-in"}
            </dd>
            <dt className="text-slate-600">Sender</dt>
            <dd className="text-slate-900">{server.from}</dd>
            <dt className="text-slate-600">Links open</dt>
            <dd className="text-slate-900">{server.baseUrl}</dd>
            <dt className="text-slate-600">Waiting to be sent</dt>
            <dd className="text-slate-900">
              {outbox.waiting === 0 ? "nothing" : `${outbox.waiting} message${outbox.waiting === 1 ? "" : "s"}`}
              {outbox.failing > 0 ? `, ${outbox.failing} after a failed attempt` : ""}
            </dd>
            {outbox.failing > 0 && outbox.lastError ? (
              <>
                <dt className="text-slate-600">Last error</dt>
                <dd className="break-words text-red-800">{outbox.lastError}</dd>
              </>
            ) : null}
          </dl>
        </>
      ) : (
        <>
          <p className="mt-1 text-sm text-slate-700">
            E-mail is not configured: Baton sends no messages, and everyone finds their notices in Baton (the count beside Nominations). To turn it on, set these
            three variables in the server&apos;s environment and restart it:
          </p>
          <dl className="mt-3 grid gap-y-1 text-sm">
            {MAIL_KEYS.map((key) => (
              <div key={key}>
                <dt className="inline font-mono text-slate-900">{key}</dt>
                <dd className="inline text-slate-700"> — {VARIABLES[key]}</dd>
              </div>
            ))}
          </dl>
        </>
      )}
    </section>
  );
}
