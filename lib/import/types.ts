import type { DatabaseTarget } from "@/lib/server/infra/database-url";

export type Provider = DatabaseTarget["provider"];

// A row of the file with the line it came from.
export interface Located<T> {
  row: number;
  data: T;
}
