import { createTestDatabase } from "@/lib/testing/test-databases";
async function main() {
  for (const p of ["sqlite", "postgresql"] as const) {
    const t = await createTestDatabase(p);
    await t.db.orgUnit.create({ data: { id: "A", name: "A", depth: 0 } });
    await t.db.person.create({ data: { employeeId: "E1", name: "n", email: "e", title: "t", orgUnitId: "A", levelCode: "L1", birthYear: 1970 } });
    await t.db.position.create({ data: { positionId: "P1", title: "t", orgUnitId: "A", levelCode: "L1", incumbentId: "E1", critical: true } });
    console.log(p, await t.db.$queryRawUnsafe(`SELECT "employeeId","birthYear","active","hireDate","managerId" FROM "Person"`), await t.db.$queryRawUnsafe(`SELECT "positionId","critical","incumbentId" FROM "Position"`));
    await t.drop();
  }
}
main();
