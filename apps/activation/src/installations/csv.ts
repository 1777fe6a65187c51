/**
 * CSV for spreadsheets (RFC 4180), safe against formula injection: a text cell starting with
 * = + - @ tab or carriage return is prefixed with ' so that Excel, LibreOffice and Google Sheets
 * show it as text instead of evaluating it (OWASP's recommendation). Numbers and booleans we
 * produce ourselves are written as they are.
 *
 * The same rules exist in SQL (`csvTextCellSql`), so that a large export is formatted by Postgres
 * and streamed as ready lines. Both use the very same patterns below, which are written in the
 * syntax that JavaScript and Postgres' regular expressions (AREs) read alike.
 */
const FORMULA_START_SOURCE = '^[=+\\-@\\t\\r]';
/** JavaScript's `\s` (white space and line terminators), spelled out: Postgres' `\s` is another set. */
const SPACE = '[\\t\\n\\v\\f\\r \\u00a0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000\\ufeff]';
const NEEDS_QUOTES_SOURCE = `[",\\r\\n]|^${SPACE}|${SPACE}$`;
const FORMULA_START = new RegExp(FORMULA_START_SOURCE);
const NEEDS_QUOTES = new RegExp(NEEDS_QUOTES_SOURCE);

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

/** A SQL string literal (standard_conforming_strings, Postgres' default: backslashes are literal). */
export const sqlText = (value: string): string => `'${value.replace(/'/g, "''")}'`;

/**
 * `csvCell` of a text expression, in SQL (NULL gives an empty cell). The expression is repeated
 * in the result: pass a column or a cheap expression.
 */
export function csvTextCellSql(expr: string): string {
  const v = `(${expr})`;
  const quoted = (text: string) => `CASE WHEN (${text}) ~ ${sqlText(NEEDS_QUOTES_SOURCE)} THEN '"' || replace(${text}, '"', '""') || '"' ELSE ${text} END`;
  return `(CASE WHEN ${v} IS NULL THEN '' WHEN ${v} ~ ${sqlText(FORMULA_START_SOURCE)} THEN ${quoted(`'''' || ${v}`)} ELSE ${quoted(v)} END)`;
}

/**
 * `csvCell` of an integer or boolean expression, in SQL: Postgres writes them as `String()` does.
 * Also for text of our own making that `csvCell` leaves as it is (a uuid, an ISO timestamp, a fixed word).
 */
export function csvValueCellSql(expr: string): string {
  return `coalesce((${expr})::text, '')`;
}

/** `csvRow` of cells made by the two functions above, in SQL: one text value per row. */
export function csvRowSql(cells: string[]): string {
  return `${cells.join(` || ',' || `)} || E'\\r\\n'`;
}
