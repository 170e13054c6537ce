import { describe, expect, it } from "vitest";
import { retirementWave } from "./retirement-wave";

describe("retirementWave", () => {
  it("counts incumbents retiring per year for five years, against covered seats", () => {
    const spec = retirementWave({
      asOf: "2026-11-23",
      seats: [
        { retirementDate: "2026-01-01", readyNow: 0 },
        { retirementDate: "2026-12-31", readyNow: 2 },
        { retirementDate: "2028-06-30", readyNow: 1 },
        { retirementDate: "2028-07-01", readyNow: 0 },
        { retirementDate: "2030-12-31", readyNow: 0 },
        { retirementDate: "2031-01-01", readyNow: 3 }, // beyond five years
        { retirementDate: null, readyNow: 1 },
      ],
    });
    expect(spec.labels).toEqual(["2026", "2027", "2028", "2029", "2030"]);
    expect(spec.series[0]?.values).toEqual([2, 0, 2, 0, 1]);
    // A seat with two ready-now names is one covered seat.
    expect(spec.series[1]?.values).toEqual([1, 0, 1, 0, 0]);
  });

  it("shows people already past retirement in their own first column", () => {
    const spec = retirementWave({
      asOf: "2027-03-01",
      seats: [
        { retirementDate: "2024-05-01", readyNow: 1 },
        { retirementDate: "2026-12-31", readyNow: 0 },
        { retirementDate: "2027-01-01", readyNow: 0 },
      ],
    });
    expect(spec.labels).toEqual(["Before 2027", "2027", "2028", "2029", "2030", "2031"]);
    expect(spec.series[0]?.values).toEqual([2, 1, 0, 0, 0, 0]);
    expect(spec.series[1]?.values).toEqual([1, 0, 0, 0, 0, 0]);
  });

  it("never shows more covered seats than retiring ones", () => {
    const seats = Array.from({ length: 50 }, (_, i) => ({ retirementDate: `${2025 + (i % 8)}-0${1 + (i % 9)}-15`, readyNow: i % 3 }));
    const spec = retirementWave({ asOf: "2026-01-01", seats });
    spec.labels.forEach((_, i) => expect(spec.series[1]!.values[i]!).toBeLessThanOrEqual(spec.series[0]!.values[i]!));
  });
});
