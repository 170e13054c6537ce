import "server-only";
import nodemailer from "nodemailer";
import type { MailSettings } from "./env";

// The one way Baton hands a message to the mail server (SMTP, nodemailer).
// A pooled connection per server address: the outbox sends many messages in
// a row after a cycle opens, and one TLS handshake each would be slow.

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html: string;
}

// Connections per mail server, and so messages in flight at once.
export const MAIL_CONNECTIONS = 4;

type Transport = ReturnType<typeof nodemailer.createTransport>;
const transports = new Map<string, Transport>();

function transportFor(settings: MailSettings): Transport {
  let transport = transports.get(settings.url);
  if (!transport) {
    transport = nodemailer.createTransport({
      url: settings.url,
      pool: true,
      maxConnections: MAIL_CONNECTIONS,
      // A server that does not answer fails the attempt (retried later)
      // instead of holding a delivery run for nodemailer's default minutes.
      connectionTimeout: 15_000,
      greetingTimeout: 15_000,
      socketTimeout: 60_000,
    } as Parameters<typeof nodemailer.createTransport>[0]);
    transports.set(settings.url, transport);
  }
  return transport;
}

export async function sendMail(settings: MailSettings, mail: OutgoingMail): Promise<void> {
  await transportFor(settings).sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, html: mail.html });
}

// The command line and tests end their process: close the pooled connections.
export function closeMailTransports(): void {
  for (const transport of transports.values()) transport.close();
  transports.clear();
}
