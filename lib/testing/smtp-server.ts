// A real SMTP server in the test process (the smtp-server package) on an
// ephemeral loopback port, which keeps every message it accepts, parsed by
// mailparser as a mail client would read it. `failing` makes it refuse
// messages with a 451, as a mail server that is down for a while does.
import type { AddressInfo } from "node:net";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export interface ReceivedMail {
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
}

export interface TestSmtpServer {
  url: string; // smtp://user:password@127.0.0.1:<port>
  received: ReceivedMail[];
  failing: boolean;
  close(): Promise<void>;
}

export const TEST_SMTP_USER = "baton";
export const TEST_SMTP_PASSWORD = "s3cret-mail";

export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const state: TestSmtpServer = { url: "", received: [], failing: false, close: async () => {} };
  const server = new SMTPServer({
    // Plain SMTP on loopback: no certificate to make, and nodemailer must not try STARTTLS.
    disabledCommands: ["STARTTLS"],
    allowInsecureAuth: true,
    logger: false,
    // A loopback client has no name to look up; the lookup would only wait on DNS.
    disableReverseLookup: true,
    onAuth(auth, _session, callback) {
      if (auth.username === TEST_SMTP_USER && auth.password === TEST_SMTP_PASSWORD) callback(null, { user: auth.username });
      else callback(new Error("Invalid username or password"));
    },
    onData(stream, session, callback) {
      simpleParser(stream).then(
        (parsed) => {
          if (state.failing) {
            callback(Object.assign(new Error("Mailbox unavailable, try again later"), { responseCode: 451 }));
            return;
          }
          state.received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
            to: session.envelope.rcptTo.map((r) => r.address),
            subject: parsed.subject ?? "",
            text: parsed.text ?? "",
            html: typeof parsed.html === "string" ? parsed.html : "",
          });
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  state.url = `smtp://${TEST_SMTP_USER}:${TEST_SMTP_PASSWORD}@127.0.0.1:${port}`;
  state.close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  return state;
}
