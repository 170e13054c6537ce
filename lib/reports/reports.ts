import type { Snapshot } from "@/lib/domain";

// The three reports of SPEC §7, each a view of one snapshot.
export const REPORT_KINDS = ["gaps", "heatmap", "pipeline"] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

export function reportRows(snapshot: Snapshot, kind: ReportKind): object[] {
  switch (kind) {
    case "gaps":
      return snapshot.positions;
    case "heatmap":
      return snapshot.heatmap;
    case "pipeline":
      return snapshot.pipeline;
  }
}
