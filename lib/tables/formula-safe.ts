// OWASP's CSV injection advice: a text cell that a spreadsheet would read as
// a formula (=, +, -, @, or a tab or carriage return before one) is written
// with a leading apostrophe, which spreadsheets show as text. One function
// for every writer of cells: the CSV writer and the XLSX writer.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
