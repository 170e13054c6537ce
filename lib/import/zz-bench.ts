import { createDb } from "@/lib/server/db";
async function main() {
  const db = createDb({ provider: "sqlite", url: "file:/tmp/gen/x.db", filename: "/tmp/gen/x.db" });
  const cols = ["employeeId","name","email","title","orgUnitId","managerId","levelCode","hireDate","roleStartDate","plannedRetirementDate","retirementEligibilityDate","birthYear","location","active","createdAt","updatedAt"];
  const now = new Date().toISOString().replace("Z", "+00:00");
  const rows = Array.from({ length: 100000 }, (_, i) => [`X${i}`, `n${i}`, `e${i}@x`, "t", "Acme", i === 0 ? null : `X${Math.floor((i - 1) / 7)}`, "L1", "2020-01-01", null, null, null, 1970, "B", true, now, now]);
  await db.$transaction(async (tx) => {
    let t = performance.now();
    for (let s = 0; s < rows.length; s += 10000) {
      const b = rows.slice(s, s + 10000);
      await tx.$executeRawUnsafe(`INSERT INTO "Person" (${cols.map(x => `"${x}"`).join(",")}) SELECT ${cols.map((_, j) => `value ->> ${j}`).join(",")} FROM json_each(?) WHERE true ON CONFLICT ("employeeId") DO UPDATE SET "name" = excluded."name"`, JSON.stringify(b));
    }
    console.log("sqlite json", performance.now() - t, await tx.person.count());
    console.log(await tx.$queryRawUnsafe(`SELECT * FROM "Person" WHERE "employeeId" IN ('X0','X1')`));
    throw new Error("rollback");
  }, { timeout: 600000 }).catch((e) => console.log(String(e).slice(0, 300)));
  const values = (n: number) => Array.from({ length: n }, () => `(${cols.map(() => "?").join(",")})`).join(",");
  const d = new Date();
  const rows2 = Array.from({ length: 100000 }, (_, i) => [`X${i}`, `n${i}`, `e${i}@x`, "t", "Acme", i === 0 ? null : `X${Math.floor((i - 1) / 7)}`, "L1", "2020-01-01", null, null, null, 1970, "B", true, d, d]);
  await db.$transaction(async (tx) => {
    let t = performance.now();
    for (let s = 0; s < rows2.length; s += 1875) {
      const b = rows2.slice(s, s + 1875);
      await tx.$executeRawUnsafe(`INSERT INTO "Person" (${cols.map(x => `"${x}"`).join(",")}) VALUES ${values(b.length)} ON CONFLICT ("employeeId") DO UPDATE SET "name" = excluded."name"`, ...b.flat());
    }
    console.log("sqlite values", performance.now() - t, await tx.person.count());
    throw new Error("rollback");
  }, { timeout: 600000 }).catch((e) => console.log(String(e).slice(0, 300)));
  await db.$disconnect();
}
main();
