// Baton's command line: npm run baton -- <command> …
// Reports print only the report on stdout; progress and errors go to stderr,
// so output can be piped. Bad input exits non-zero with a one-line reason.
import { runTokenCreate, runTokenList, runTokenRevoke, runUserUnlock } from "./commands/tokens";
import { runUserAdd } from "./commands/users";

const USAGE = `usage: npm run baton -- <command>
  import people|positions|assessments|nominations <file> [--dry-run]
  report gaps|heatmap|pipeline [--as-of YYYY-MM-DD] [--format json|csv]
  user add <email> --role admin|hr|manager|executive [--employee-id ID] [--name NAME]
  user unlock <email|client address>
  token create <email> [--name NAME] [--expires DAYS|never]
  token list <email>
  token revoke <id>
  mail deliver
  mail send-digest`;

type Command = (args: string[]) => Promise<number>;

const COMMANDS: Record<string, Command> = {
  import: async (args) => (await import("./commands/import")).runImport(args),
  report: async (args) => (await import("./commands/report")).runReport(args),
  "user add": runUserAdd,
  "user unlock": runUserUnlock,
  "token create": runTokenCreate,
  "token list": runTokenList,
  "token revoke": runTokenRevoke,
  "mail deliver": async (args) => (await import("./commands/mail")).runMailDeliver(args),
  "mail send-digest": async (args) => (await import("./commands/mail")).runMailDigest(args),
};

async function main(argv: string[]): Promise<number> {
  const [first, second, ...rest] = argv;
  const two = `${first} ${second}`;
  if (first && COMMANDS[two]) return COMMANDS[two](rest);
  if (first && COMMANDS[first]) return COMMANDS[first](argv.slice(1));
  console.error(first ? `unknown command "${argv.join(" ")}"\n${USAGE}` : USAGE);
  return 2;
}

// `baton report gaps | head` closes the pipe early; that is not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
