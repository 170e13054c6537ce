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

// The positions of `rows` in the order `compare` gives, as an index array:
// 4 bytes a row, where a sorted copy of the rows would take 8.
export function sortedIndex<T>(rows: readonly T[], compare: (a: T, b: T) => number): Int32Array {
  const index = new Int32Array(rows.length);
  for (let i = 0; i < index.length; i++) index[i] = i;
  return index.sort((a, b) => compare(rows[a] as T, rows[b] as T));
}

// sortedIndex after the rows at `changed` were replaced (same positions):
// the others keep their relative order, so each changed row is taken out and
// put back where a binary search says, a few comparisons per changed row
// instead of a sort of them all.
export function repairSortedIndex<T>(index: Int32Array, rows: readonly T[], changed: ReadonlySet<number>, compare: (a: T, b: T) => number): Int32Array {
  if (changed.size === 0) return index;
  const row = (i: number) => rows[i] as T;
  const kept = index.filter((i) => !changed.has(i));
  const moved = [...changed].sort((a, b) => compare(row(a), row(b)));
  const result = new Int32Array(index.length);
  let from = 0;
  let to = 0;
  for (const i of moved) {
    let low = from;
    let high = kept.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (compare(row(kept[mid] as number), row(i)) <= 0) low = mid + 1;
      else high = mid;
    }
    result.set(kept.subarray(from, low), to);
    to += low - from;
    from = low;
    result[to++] = i;
  }
  result.set(kept.subarray(from), to);
  return result;
}
