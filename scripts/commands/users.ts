import { parseArgs } from "node:util";
import { ZodError } from "zod";
import { ZRole } from "@/lib/schemas/auth";
import { createApiToken } from "@/lib/server/auth/api-tokens";
import { createUser } from "@/lib/server/auth/users";
import { openCliDatabase } from "./cli-db";

// user add <email> --role admin|hr|manager|executive [--employee-id ID]
export async function runUserAdd(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { role: { type: "string" }, "employee-id": { type: "string" }, name: { type: "string" } },
  });
  const [email] = positionals;
  const role = ZRole.safeParse(values.role);
  if (!email || !role.success) {
    console.error("usage: baton user add <email> --role admin|hr|manager|executive [--employee-id ID] [--name NAME]");
    return 2;
  }
  const db = await openCliDatabase();
  try {
    const { user, generatedPassword } = await createUser({
      db,
      user: { email, role: role.data, employeeId: values["employee-id"], name: values.name, password: process.env.BATON_PASSWORD || undefined },
      actorLabel: "cli",
    });
    console.log(`user ${user.email} (${user.role}${user.personId ? `, person ${user.personId}` : ""}) saved`);
    if (generatedPassword) console.log(`password (shown once): ${generatedPassword}`);
    return 0;
  } catch (error) {
    console.error(`user add failed: ${describe(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

// token create <email> [--name NAME]
export async function runTokenCreate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args, allowPositionals: true, options: { name: { type: "string" } } });
  const [email] = positionals;
  if (!email) {
    console.error("usage: baton token create <email> [--name NAME]");
    return 2;
  }
  const db = await openCliDatabase();
  try {
    const { token, user } = await createApiToken({ db, email, name: values.name ?? "cli", actorLabel: "cli" });
    console.error(`token for ${user.email} (${user.role}); it is shown once, store it now:`);
    console.log(token);
    return 0;
  } catch (error) {
    console.error(`token create failed: ${describe(error)}`);
    return 1;
  } finally {
    await db.$disconnect();
  }
}

function describe(error: unknown): string {
  if (error instanceof ZodError) return error.issues.map((i) => `${i.path.join(".") || "input"}: ${i.message}`).join("; ");
  return error instanceof Error ? error.message : String(error);
}
