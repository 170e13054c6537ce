import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyChangesToInput, applyEngineChanges, buildEngineState, changedSeats, type EngineChange } from "./engine-state";
import { computeSnapshot, type Snapshot } from "./snapshot";
import { arbInput, drawnAssessment, FLIGHT, READINESS, STATUS } from "./test-arbitraries";
import type { AssessmentInput, EngineInput } from "./types";

// Maps become entry lists, so their iteration order is compared too.
const canonical = (s: Snapshot) => JSON.stringify({ ...s, people: [...s.people], positionIndex: [...s.positionIndex] });

// A change drawn against the current input: ids and people are picked by
// number, modulo what exists, with room for unknown ones.
const arbChange = fc.oneof(
  fc.record({
    kind: fc.constant("nomination" as const),
    id: fc.nat({ max: 60 }),
    remove: fc.boolean(),
    position: fc.nat(),
    candidate: fc.nat(),
    readiness: fc.constantFrom(...READINESS),
    status: fc.constantFrom(...STATUS),
    emergency: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant("assessments" as const),
    person: fc.nat(),
    rows: fc.array(
      fc.record({
        cycle: fc.integer({ min: 1, max: 4 }), // 4: a cycle the engine does not know
        items: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 8, maxLength: 8 }),
        performance: fc.integer({ min: 1, max: 3 }),
        potential: fc.integer({ min: 1, max: 3 }),
        time: fc.integer({ min: 0, max: 100 }),
        flight: fc.constantFrom(...FLIGHT),
      }),
      { maxLength: 3 },
    ),
  }),
);
type DrawnChange = typeof arbChange extends fc.Arbitrary<infer T> ? T : never;

function toChange(input: EngineInput, drawn: DrawnChange): EngineChange {
  const personId = (n: number) => `E${n % (input.people.length + 2)}`;
  if (drawn.kind === "nomination") {
    const existing = input.nominations.find((n) => n.id === drawn.id);
    if (drawn.remove) return { kind: "nomination", id: drawn.id, row: null };
    // A nomination keeps its seat and candidate; only a new one picks them.
    return {
      kind: "nomination",
      id: drawn.id,
      row: {
        id: drawn.id,
        positionId: existing?.positionId ?? `P${drawn.position % (input.positions.length + 1)}`,
        candidateId: existing?.candidateId ?? personId(drawn.candidate),
        readiness: drawn.readiness,
        emergency: drawn.emergency,
        status: drawn.status,
      },
    };
  }
  const id = personId(drawn.person);
  const byCycle = new Map<number, AssessmentInput>();
  for (const r of drawn.rows) byCycle.set(r.cycle, drawnAssessment(id, r));
  return { kind: "assessments", personId: id, rows: [...byCycle.values()] };
}

describe("incremental engine", () => {
  it("equals a full computation after any sequence of changes", () => {
    fc.assert(
      fc.property(
        arbInput,
        fc.array(fc.array(arbChange, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 8 }),
        (base, batches) => {
          let state = buildEngineState(base);
          expect(canonical(state.snapshot)).toBe(canonical(computeSnapshot(base)));
          for (const batch of batches) {
            const changes = batch.map((drawn) => toChange(state.input, drawn));
            const input = applyChangesToInput(state.input, changes);
            const before = state.snapshot;
            const frozen = canonical(before);
            state = applyEngineChanges(state, input, changes);
            expect(canonical(state.snapshot)).toBe(canonical(computeSnapshot(input)));
            // The old snapshot is still the old organization.
            expect(canonical(before)).toBe(frozen);
            for (const seat of changedSeats(before, state.snapshot)) expect(state.snapshot.positions[seat]).not.toBe(before.positions[seat]);
          }
        },
      ),
      { numRuns: 600 },
    );
  });

  it("refuses to change one state twice", () => {
    const state = buildEngineState(fc.sample(arbInput, { numRuns: 1, seed: 1 })[0]!);
    applyEngineChanges(state, state.input, []);
    expect(() => applyEngineChanges(state, state.input, [])).toThrow(/already been changed/);
  });
});
