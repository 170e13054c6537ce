import { z } from "zod";

// Plan snapshots (SPEC §8): the API's and the pages' inputs.
export const ZNewSnapshot = z.strictObject({
  name: z.string({ error: "give the snapshot a name" }).trim().min(1, "give the snapshot a name").max(100, "keep the name under 100 characters"),
});

export const ZSnapshotId = z.coerce.number({ error: "a snapshot id is a number" }).int().positive("a snapshot id is a positive number");

export const ZCompareQuery = z.object({
  from: ZSnapshotId,
  to: z.union([z.literal("now"), ZSnapshotId], { error: 'to is a snapshot id or "now"' }),
});
export type CompareQuery = z.infer<typeof ZCompareQuery>;
