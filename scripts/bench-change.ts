// The first /api/v1/positions-equivalent read after one nomination is
// approved, on the instance that wrote it and on another one (its own client
// and cache on the same database), against a cold full build on a fresh
// instance. Run in-process through the Viewer and findPositions, which is
// all the route does besides authenticating and serialising. Part of
// `npm run bench` (scripts/bench.ts); figures, not pass/fail tests.
import { isDeepStrictEqual } from "node:util";
import { computeSnapshot } from "@/lib/domain";
import { ZPositionsQuery } from "@/lib/schemas/api";
import { createViewer } from "@/lib/server/access/viewer";
import { findActiveUser } from "@/lib/server/auth/users";
import { createDb, type Db } from "@/lib/server/infra/db";
import type { DatabaseTarget } from "@/lib/server/infra/database-url";
import { decideNomination } from "@/lib/server/operations/nominations";
import { loadEngineInput } from "@/lib/server/state/engine-input";
import { cachedVersion } from "@/lib/server/state/org-state";
import { readDataVersion } from "@/lib/server/state/data-version";
import { findPositions } from "@/lib/server/views/positions";

export interface ChangeFigures {
  coldBuild: number; // a fresh instance's first read: version, input, engine, sort
  warm: number; // median of warm reads
  afterChangeOther: number[]; // first read on the other instance after each approval
  afterChangeWriter: number[]; // and on the instance that approved it
  coherent: boolean; // the other instance shows every approval, equal to a full computation
}

const ROUNDS = 3;
const QUERY = ZPositionsQuery.parse({});

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchChangeAfterApproval(target: DatabaseTarget): Promise<ChangeFigures> {
  const writer = createDb(target);
  const other = createDb(target);
  try {
    const hr = await findActiveUser({ db: writer, email: "hr@baton.example" });
    if (!hr) throw new Error("the bench organization has no hr@baton.example (scripts/seed.ts makes it)");
    // What a request does: a viewer (today's date), then the positions page.
    const read = async (db: Db) => findPositions(await createViewer({ db, user: hr }), QUERY);
    for (const db of [writer, other]) await readDataVersion(db); // connections open, not timed

    const [coldBuild] = await timed(() => read(other));
    await read(writer);
    const warmTimes: number[] = [];
    for (let i = 0; i < 5; i++) warmTimes.push((await timed(() => read(other)))[0]);

    const proposed = await writer.nomination.findMany({ where: { status: "proposed" }, take: ROUNDS, orderBy: { id: "asc" } });
    if (proposed.length < ROUNDS) throw new Error(`the bench organization has ${proposed.length} proposed nominations; ${ROUNDS} are approved`);
    const afterChangeOther: number[] = [];
    const afterChangeWriter: number[] = [];
    let coherent = true;
    for (const nomination of proposed) {
      const decided = await decideNomination(await createViewer({ db: writer, user: hr }), {
        id: nomination.id,
        decision: "approve",
        version: nomination.version,
      });
      if (!decided.ok) throw new Error(`approving nomination ${nomination.id}: ${decided.message}`);
      afterChangeOther.push((await timed(() => read(other)))[0]);
      afterChangeWriter.push((await timed(() => read(writer)))[0]);
      const state = await (await createViewer({ db: other, user: hr })).state();
      coherent &&= state.input.nominations.find((n) => n.id === nomination.id)?.status === "approved";
      coherent &&= cachedVersion(other) === (await readDataVersion(writer));
    }
    // After all rounds: the incrementally kept state is the one a cold instance computes.
    const viewer = await createViewer({ db: other, user: hr });
    const state = await viewer.state();
    const full = computeSnapshot({ ...(await loadEngineInput(writer)), asOf: viewer.asOf });
    coherent &&= isDeepStrictEqual(state.snapshot.positions, full.positions) && isDeepStrictEqual(state.snapshot.heatmap, full.heatmap);
    return { coldBuild, warm: median(warmTimes), afterChangeOther, afterChangeWriter, coherent };
  } finally {
    await writer.$disconnect();
    await other.$disconnect();
  }
}
