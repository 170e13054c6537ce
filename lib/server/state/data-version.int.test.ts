import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { computeSnapshot, DEFAULT_SETTINGS } from "@/lib/domain";
import { importCsv } from "@/lib/import";
import { MANAGER_NOT_LEADER_ITEMS, seedSmallOrganization } from "@/lib/testing/small-org";
import { createTestDatabase, providersUnderTest, type TestDatabase } from "@/lib/testing/test-databases";
import { recordTestHistory } from "@/lib/testing/test-history";
import { createViewer } from "@/lib/server/access/viewer";
import type { AppUser } from "@/lib/server/auth/users";
import { recordAudit } from "@/lib/server/infra/audit";
import { createDb, type Db } from "@/lib/server/infra/db";
import { saveAssessment } from "@/lib/server/operations/assessments";
import { proposeDevelopmentAction } from "@/lib/server/operations/development-actions";
import { createNomination, decideNomination } from "@/lib/server/operations/nominations";
import type { Result } from "@/lib/server/operations/result";
import { updateSettings } from "@/lib/server/operations/settings";
import { calibratePlacement } from "@/lib/server/operations/talent-review";
import { readDataChanges, readDataVersion } from "./data-version";
import { loadEngineInput } from "./engine-input";
import { today } from "@/lib/server/infra/today";
import { cachedVersion, getOrgState } from "./org-state";

const providers = await providersUnderTest();
// Today's state is the one changed in place; a past date before the change stands.
const AS_OF = today();
const PAST = "2025-06-30";

const answers = {
  performance: "2", potential: "3", mgmtPlanning: "4", mgmtOrganizing: "4", mgmtControlling: "4", mgmtProblemSolving: "4",
  leadDirection: "2", leadAlignment: "2", leadInspiration: "2", leadChange: "2", leadershipTimePct: "30", flightRisk: "medium", notes: "",
};

const value = <T,>(outcome: Result<T>): T => {
  if (!outcome.ok) throw new Error(`expected ok, got ${outcome.code}: ${outcome.message}`);
  return outcome.value;
};

// What a cold instance would compute from the database as it is now.
async function fullComputation(db: Db, asOf = AS_OF) {
  const snapshot = computeSnapshot({ ...(await loadEngineInput(db)), asOf });
  return { positions: snapshot.positions, heatmap: snapshot.heatmap, pipeline: snapshot.pipeline, bench: snapshot.benchStrength };
}

describe.each(providers)("data version on %s", (provider) => {
  let t: TestDatabase;
  // A second app instance: its own client, pool and cache on the same database.
  let other: Db;
  const users: Record<string, AppUser> = {};
  let cycleId = 0;

  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedSmallOrganization(t.db, { isCritical: (level) => level === "L5" || level === "L4" });
    cycleId = (await t.db.cycle.create({ data: { name: "2026 H2", cycleDate: "2026-10-01" } })).id;
    await t.db.assessment.create({
      data: { personId: "M1", cycleId, performance: 3, potential: 3, ...MANAGER_NOT_LEADER_ITEMS, leadershipTimePct: 50, flightRisk: "low" },
    });
    for (const [key, role, personId] of [["hr", "hr", null], ["hr2", "hr", null], ["managerD1", "manager", "D1"]] as const) {
      const row = await t.db.user.create({ data: { email: `${key}@co.example`, role, personId } });
      users[key] = { id: row.id, email: row.email, name: null, role, personId };
    }
    // The organization as built stood since 2020, so a past date reads it from history.
    await recordTestHistory(t.db);
    other = createDb(t.target);
  });
  afterAll(async () => {
    await other?.$disconnect();
    await t?.drop();
  });

  const as = (key: string, db: Db = t.db) => createViewer({ db, user: users[key]! });

  it("moves by one with every write path, logs what changed, and never moves for a refused or unchanged write", async () => {
    const steps: [string, () => Promise<unknown>, string | null][] = [
      ["nominate", async () => createNomination(await as("managerD1"), { positionId: "P-D1", candidateId: "M1", readiness: "ready_now", emergency: false }), "nomination"],
      ["nominate yourself (refused)", async () => createNomination(await as("managerD1"), { positionId: "P-CEO", candidateId: "D1", readiness: "ready_now", emergency: false }), null],
      ["assess", async () => saveAssessment(await as("managerD1"), { employeeId: "I1", values: answers, submit: true }), "assessment"],
      ["plan development", async () => proposeDevelopmentAction(await as("managerD1"), { employeeId: "I1", values: { kind: "mentoring", goal: "lead" } }), "development_action"],
      ["calibrate", async () => {
        const id = (await t.db.assessment.findFirstOrThrow({ where: { personId: "M1" } })).id;
        return calibratePlacement(await as("hr"), { assessmentId: String(id), performance: "2", potential: "2", reason: "Calibrated down" });
      }, "assessment"],
      ["settings", async () => updateSettings(await as("hr"), { settings: { ...DEFAULT_SETTINGS, readyScoreMin: 55 }, levelNames: {} }), "setting"],
      ["unchanged settings", async () => updateSettings(await as("hr"), { settings: { ...DEFAULT_SETTINGS, readyScoreMin: 55 }, levelNames: {} }), null],
      ["import", async () => importCsv({
        db: t.db, provider, kind: "positions", fileName: "seats.csv", actor: { label: "test" },
        content: "position_id,title,org_unit_path,level,incumbent_employee_id,critical,impact_of_loss\nP-NEW,New seat,Co/Sell,L2,,false,low\n",
      }), "import"],
    ];
    for (const [name, step, entity] of steps) {
      const before = await readDataVersion(t.db);
      const outcome = (await step()) as { ok?: boolean; changed?: boolean; applied?: boolean };
      const after = await readDataVersion(t.db);
      expect(after, name).toBe(entity === null ? before : before + 1);
      if (entity !== null) {
        expect(outcome.ok, name).not.toBe(false);
        expect((await readDataChanges(t.db, before, after))?.map((c) => c.entity), name).toEqual([entity]);
      }
    }
  });

  it("follows a change made on another instance on its next read, without recomputing, equal to a full computation", async () => {
    const before = await getOrgState({ db: other, asOf: AS_OF });
    const pastBefore = await getOrgState({ db: other, asOf: PAST });
    expect(before.snapshot.positions.find((r) => r.positionId === "P-CEO")?.successors.readyNow).toBe(0);
    const nomination = value(await createNomination(await as("hr"), { positionId: "P-CEO", candidateId: "D2", readiness: "ready_now", emergency: false }));
    value(await decideNomination(await as("hr2"), { id: nomination.id, decision: "approve", version: nomination.version }));

    const after = await getOrgState({ db: other, asOf: AS_OF });
    expect(cachedVersion(other)).toBe(await readDataVersion(t.db));
    expect(after.snapshot.positions.find((r) => r.positionId === "P-CEO")?.successors.readyNow).toBe(1);
    // Incremental: the input arrays nobody changed are the very same objects.
    expect(after.input.people).toBe(before.input.people);
    expect(after.input.positions).toBe(before.input.positions);
    // and a seat the approval does not touch keeps its row.
    const untouched = before.snapshot.positionIndex.get("P-I2")!;
    expect(after.snapshot.positions[untouched]).toBe(before.snapshot.positions[untouched]);
    const { positions, heatmap, pipeline, benchStrength } = after.snapshot;
    expect({ positions, heatmap, pipeline, bench: benchStrength }).toEqual(await fullComputation(t.db));
    // And sorted views follow the change.
    const byRisk = [...after.sorted("-risk", (a, b) => b.risk - a.risk || a.positionId.localeCompare(b.positionId))];
    expect(byRisk.map((r) => r.risk)).toEqual([...positions].map((r) => r.risk).sort((a, b) => b - a));
    // The approval took effect today, after the past date: that state is
    // kept as it was (not read from history again), and it still equals a
    // cold read of that day, which knows nothing of today's approval.
    const past = await getOrgState({ db: other, asOf: PAST });
    expect(past).toBe(pastBefore);
    expect(past.snapshot.positions.length).toBeGreaterThan(0);
    const cold = createDb(t.target);
    try {
      const coldPast = await getOrgState({ db: cold, asOf: PAST });
      expect(coldPast).not.toBe(past);
      expect(coldPast.snapshot.positions).toEqual(past.snapshot.positions);
    } finally {
      await cold.$disconnect();
    }
  });

  // Several instances means PostgreSQL (docs/scaling.md): two processes
  // writing one SQLite file wait on each other's locks instead.
  it.runIf(provider === "postgresql")("gives one of two concurrent approvals on two instances the conflict", async () => {
    const nomination = value(await createNomination(await as("managerD1"), { positionId: "V-BUILD", candidateId: "I1", readiness: "1_2_years", emergency: false }));
    const decide = async (db: Db, key: string) =>
      decideNomination(await as(key, db), { id: nomination.id, decision: "approve", version: nomination.version });
    const outcomes = await Promise.all([decide(t.db, "hr"), decide(other, "hr2")]);
    expect(outcomes.map((o) => (o.ok ? "ok" : o.code)).sort()).toEqual(["conflict", "ok"]);
    for (const db of [t.db, other]) {
      const state = await getOrgState({ db, asOf: AS_OF });
      expect(state.snapshot.positions.find((r) => r.positionId === "V-BUILD")?.successors.readyIn1to2Years).toBe(1);
    }
  });

  it.runIf(provider === "postgresql")("cannot be skipped by a transaction that commits after a later one started", async () => {
    // Transaction A bumps the version and waits; B starts after it. With audit
    // ids as the version, B could commit first with the higher number and a
    // reader would stamp a state without A's change under B's number.
    let releaseA!: () => void;
    const gateA = new Promise<void>((resolve) => (releaseA = resolve));
    let aBumped!: () => void;
    const bumpedA = new Promise<void>((resolve) => (aBumped = resolve));
    const writer = createDb(t.target);
    try {
      const a = writer.$transaction(async (tx) => {
        await tx.position.update({ where: { positionId: "P-I2" }, data: { impactOfLoss: "high" } });
        await recordAudit(tx, { user: users.hr!, action: "update", entity: "import", entityId: "A", before: null, after: null });
        aBumped();
        await gateA;
      });
      await bumpedA;
      const start = await readDataVersion(t.db);
      let bDone = false;
      const b = t.db
        .$transaction(async (tx) => {
          await tx.position.update({ where: { positionId: "V-SELL" }, data: { impactOfLoss: "high" } });
          await recordAudit(tx, { user: users.hr!, action: "update", entity: "import", entityId: "B", before: null, after: null });
        })
        .then(() => (bDone = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // B waits for A's bump to commit: it cannot take a number and commit before it.
      expect(bDone).toBe(false);
      const whileOpen = await getOrgState({ db: other, asOf: AS_OF });
      expect(cachedVersion(other)).toBe(start);
      expect(whileOpen.input.positions.find((p) => p.positionId === "P-I2")?.impactOfLoss).not.toBe("high");
      releaseA();
      await Promise.all([a, b]);
      const changes = await readDataChanges(t.db, start, await readDataVersion(t.db));
      expect(changes?.map((c) => c.entityId)).toEqual(["A", "B"]);
      const after = await getOrgState({ db: other, asOf: AS_OF });
      expect(after.input.positions.filter((p) => p.impactOfLoss === "high").map((p) => p.positionId).sort()).toEqual(["P-I2", "V-SELL"]);
    } finally {
      releaseA();
      await writer.$disconnect();
    }
  });
});
