// Every output is ordered by key (code-unit order, as the database sorts ISO
// text and ids), never by input order, so shuffled input gives equal output.

export function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// Rows read by primary key often arrive sorted already; checking is one cheap
// pass, sorting 100,000 rows is not.
export function sortedByKey<T>(rows: readonly T[], key: (row: T) => string): readonly T[] {
  let sorted = true;
  for (let i = 1; i < rows.length && sorted; i++) {
    sorted = key(rows[i - 1] as T) <= key(rows[i] as T);
  }
  return sorted ? rows : [...rows].sort((a, b) => compareKeys(key(a), key(b)));
}
