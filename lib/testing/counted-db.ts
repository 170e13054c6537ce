import type { Db } from "@/lib/server/infra/db";

// The real client, counting what reaches the database: the data-version
// query and the engine's input reads (both raw SQL), and the most input
// reads in flight at once (a state read runs its eight together).
export function countedDb(db: Db) {
  const counts = { versionQueries: 0, inputReads: 0, inputReadsInFlight: 0, mostInputReadsInFlight: 0 };
  const proxy = new Proxy(db, {
    get(target, key, receiver) {
      const value: unknown = Reflect.get(target, key, receiver);
      if (key !== "$queryRawUnsafe" || typeof value !== "function") return typeof value === "function" ? value.bind(target) : value;
      return async (sql: string, ...args: unknown[]) => {
        if (sql.includes('"DataVersion"')) {
          counts.versionQueries += 1;
          return Reflect.apply(value, target, [sql, ...args]);
        }
        counts.inputReads += 1;
        counts.mostInputReadsInFlight = Math.max(counts.mostInputReadsInFlight, ++counts.inputReadsInFlight);
        try {
          return await Reflect.apply(value, target, [sql, ...args]);
        } finally {
          counts.inputReadsInFlight -= 1;
        }
      };
    },
  });
  return { db: proxy, counts };
}
