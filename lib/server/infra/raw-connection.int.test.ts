import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { rawConnection, type RawConnection } from "./db";

const providers = await providersUnderTest();

// What the import's bulk writes rely on: the driver connection found for a
// transaction is the transaction's own, so its writes commit or roll back
// with it.
describe.each(providers)("the driver connection under a %s transaction", (provider) => {
  let test: TestDatabase;
  beforeAll(async () => {
    test = await createTestDatabase(provider);
  });
  afterAll(async () => {
    await test?.drop();
  });

  const insertLevel = async (connection: RawConnection | null, code: string) => {
    if (!connection) throw new Error("no driver connection found for the transaction");
    const sql = `INSERT INTO "Level" ("code", "name", "rank", "kind") VALUES ('${code}', 'Raw ${code}', ${code === "RAW1" ? 901 : 902}, 'ic')`;
    if (connection.provider === "sqlite") connection.database.prepare(sql).run();
    else await connection.client.query(sql);
  };

  it("writes inside the transaction: seen by it, rolled back with it", async () => {
    await expect(
      test.db.$transaction(async (tx) => {
        await insertLevel(await rawConnection(test.db, tx), "RAW1");
        expect(await tx.level.count({ where: { code: "RAW1" } })).toBe(1);
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    expect(await test.db.level.count({ where: { code: "RAW1" } })).toBe(0);
  });

  it("commits with the transaction", async () => {
    await test.db.$transaction(async (tx) => insertLevel(await rawConnection(test.db, tx), "RAW2"));
    expect(await test.db.level.count({ where: { code: "RAW2" } })).toBe(1);
  });
});
