/**
 * CSV for spreadsheets (RFC 4180), safe against formula injection: a text cell starting with
 * = + - @ tab or carriage return is prefixed with ' so that Excel, LibreOffice and Google Sheets
 * show it as text instead of evaluating it (OWASP's recommendation). Numbers and booleans we
 * produce ourselves are written as they are.
 */
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/** Excel reads UTF-8 correctly only with a byte-order mark. */
export const CSV_BOM = '\uFEFF';
