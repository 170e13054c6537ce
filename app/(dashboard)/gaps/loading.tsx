import { TableSkeleton } from "@/components/tables/TableSkeleton";

export default function Loading() {
  return <TableSkeleton title="Pipeline gaps" tiles={4} />;
}
