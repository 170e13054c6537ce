// Layout of a virtualised <table> body: the rows the virtualiser chose to
// render, with spacer rows standing in for the heights of the rows it left
// out, so the scrollbar and the rows' positions match the whole page. Real
// table rows (not absolutely positioned divs) keep the table's semantics and
// its columns aligned with the header.

export interface MeasuredRow {
  index: number;
  start: number; // px from the top of the body
  end: number;
}

export type BodySlot = { kind: "row"; index: number } | { kind: "spacer"; key: string; height: number };

// `rows` sorted by index, as the virtualiser returns them; `totalHeight` is
// the height of every row of the page, rendered or not. The rendered rows
// need not be contiguous (a focused row is kept, see keepIndex), so a spacer
// can also sit between two runs of rows.
export function bodySlots(rows: readonly MeasuredRow[], totalHeight: number): BodySlot[] {
  const slots: BodySlot[] = [];
  let at = 0;
  for (const row of rows) {
    if (row.start > at) slots.push({ kind: "spacer", key: `before-${row.index}`, height: row.start - at });
    slots.push({ kind: "row", index: row.index });
    at = Math.max(at, row.end);
  }
  if (totalHeight > at) slots.push({ kind: "spacer", key: "end", height: totalHeight - at });
  return slots;
}

// The indexes to render: the virtualiser's window plus one row that must
// stay in the document, the one holding keyboard focus. If it were dropped
// when its row scrolls out of view, focus would fall back to the page and the
// next Tab would start again from the top.
export function keepIndex(indexes: readonly number[], keep: number | null, count: number): number[] {
  if (keep === null || keep < 0 || keep >= count || indexes.includes(keep)) return [...indexes];
  return [...indexes, keep].sort((a, b) => a - b);
}
