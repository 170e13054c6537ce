import { createTestDatabase } from "@/lib/testing/test-databases";
async function main() {
  for (const p of ["postgresql"] as const) {
    const t = await createTestDatabase(p);
    const ph = p === "sqlite" ? (i: number) => "?" : (i: number) => `$${i}`;
    const now = new Date();
    await t.db.$executeRawUnsafe(`INSERT INTO "OrgUnit" ("id","name","parentId","depth") VALUES (${ph(1)},${ph(2)},${ph(3)},${ph(4)})`, "A", "A", null, 0);
    const n = await t.db.$executeRawUnsafe(
      `INSERT INTO "Person" ("employeeId","name","email","title","orgUnitId","managerId","levelCode","birthYear","active","createdAt","updatedAt") VALUES (${[1,2,3,4,5,6,7,8,9,10,11].map(ph).join(",")}),(${[12,13,14,15,16,17,18,19,20,21,22].map(ph).join(",")}) ON CONFLICT ("employeeId") DO UPDATE SET "name" = excluded."name", "updatedAt" = excluded."updatedAt"`,
      "E1", "Ann", "a@x.io", "T", "A", null, "L1", 1970, true, now, now,
      "E2", "Bob", "b@x.io", "T", "A", "E1", "L1", null, false, now, now);
    console.log(p, n, await t.db.person.findMany());
    console.log(await t.db.$queryRawUnsafe(`SELECT "employeeId", "active", "createdAt", "birthYear" FROM "Person"`));
    const up = await t.db.$executeRawUnsafe(`UPDATE "Person" SET "active" = ${ph(1)}, "updatedAt" = ${ph(2)} WHERE "employeeId" IN (${ph(3)})`, true, new Date(), "E2");
    console.log("update", up);
    await t.drop();
  }
}
main();
