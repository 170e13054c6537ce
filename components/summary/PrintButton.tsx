"use client";

// The browser's print dialog also offers "Save as PDF": no PDF library needed.
export function PrintButton() {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded-md bg-brand-700 px-4 py-2 text-sm font-medium text-white hover:bg-brand-900 print:hidden"
    >
      Print or save as PDF
    </button>
  );
}
