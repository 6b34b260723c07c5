// Text helpers the usage readers share: lines from chunks, CSV rows, numbers, booleans, days.

/** Splits streamed text into lines (LF or CRLF) without holding more than one partial line. */
export class LineSplitter {
  private rest = '';
  private count = 0;

  constructor(private readonly onLine: (text: string, lineNumber: number) => void) {}

  push(chunk: string): void {
    const text = this.rest + chunk;
    let start = 0;
    for (let end = text.indexOf('\n', start); end !== -1; end = text.indexOf('\n', start)) {
      this.emit(text.slice(start, end));
      start = end + 1;
    }
    this.rest = text.slice(start);
  }

  end(): void {
    if (this.rest !== '') this.emit(this.rest);
    this.rest = '';
  }

  private emit(line: string): void {
    this.count += 1;
    this.onLine(line.endsWith('\r') ? line.slice(0, -1) : line, this.count);
  }
}

/** Whether a CSV line leaves a quoted field open (a field with a line break in it continues). */
export function opensQuote(line: string): boolean {
  let open = false;
  for (let i = 0; i < line.length; i++) if (line[i] === '"') open = !open;
  return open;
}

/** The fields of one CSV row (RFC 4180 quoting: `""` is a quote inside a quoted field). */
export function csvFields(row: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < row.length; i++) {
    const c = row[i]!;
    if (quoted) {
      if (c === '"' && row[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      fields.push(field);
      field = '';
    } else field += c;
  }
  fields.push(field);
  return fields;
}

/** A CSV header's column names, lower-cased and trimmed (a BOM removed), by position. */
export function headerColumns(row: string): string[] {
  return csvFields(row.replace(/^\uFEFF/, '')).map((name) => name.trim().toLowerCase());
}

/** A field's value as text for parsing or a message: strings and numbers as they are, anything else as JSON. */
export function scalarText(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
    ? String(value)
    : JSON.stringify(value);
}

/** Whether text holds control characters or undecodable bytes (U+FFFD): a binary file, not a text export. */
export function looksBinary(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0xfffd) return true;
  }
  return false;
}

/** A token count or other whole number; empty means 0, anything else not a number throws. */
export function count(value: unknown, field: string): number {
  if (value === undefined || value === null || value === '') return 0;
  const n = typeof value === 'number' ? value : Number(scalarText(value).trim());
  if (!Number.isFinite(n) || n < 0) throw new Error(`${field} is not a count: ${JSON.stringify(value)}`);
  return n;
}

/** A USD amount; empty means absent. */
export function usd(value: unknown, field: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : Number(scalarText(value).trim().replace(/^\$/, ''));
  if (!Number.isFinite(n)) throw new Error(`${field} is not an amount: ${JSON.stringify(value)}`);
  return n;
}

const TRUE = new Set(['true', 't', 'yes', 'y', '1']);
const FALSE = new Set(['false', 'f', 'no', 'n', '0', '']);

/** The usual spellings of a boolean (`true`, `TRUE`, `1`, `yes`…); anything else throws. */
export function bool(value: unknown, field: string): boolean {
  if (typeof value === 'boolean') return value;
  if (value === undefined || value === null) return false;
  const text = scalarText(value).trim().toLowerCase();
  if (TRUE.has(text)) return true;
  if (FALSE.has(text)) return false;
  throw new Error(`${field} is not true or false: ${JSON.stringify(value)}`);
}

/** The UTC day of a Unix time in seconds. */
export function dayOfUnixSeconds(value: unknown, field: string): string {
  const seconds = Number(value);
  if (value === '' || value === null || !Number.isFinite(seconds))
    throw new Error(`${field} is not a Unix time: ${JSON.stringify(value)}`);
  return new Date(seconds * 1000).toISOString().slice(0, 10);
}

/** The UTC day of an ISO date or date-time (`2025-09-01`, `2025-09-01T12:00:00Z`, `2025-09-01 12:00:00`). */
export function dayOfIso(value: unknown, field: string): string {
  const text = scalarText(value).trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return text;
  const time = Date.parse(
    text.includes('T') || !text.includes(' ') ? text : `${text.replace(' ', 'T')}${/[zZ]|[+-]\d\d:?\d\d$/.test(text) ? '' : 'Z'}`,
  );
  if (Number.isNaN(time)) throw new Error(`${field} is not a date: ${JSON.stringify(value)}`);
  return new Date(time).toISOString().slice(0, 10);
}

/** A plain object, or undefined. */
export function objectOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The service tier as the pricing knows it: `default`/`auto` → standard, `flex-tier` → flex. */
export function normaliseTier(value: unknown, batch = false): string {
  if (batch) return 'batch';
  const text = scalarText(value).trim().toLowerCase();
  if (text === '' || text === 'default' || text === 'auto' || text === 'standard' || text === 'standard_only') return 'standard';
  const bare = text.replace(/[-_]tier$/, '');
  if (bare === 'flex' || bare === 'priority' || bare === 'batch' || bare === 'fast') return bare;
  return text;
}

/** The message of anything thrown (the one definition is utils/log's). */
export { errorMessage as errorText } from '../log';
import { errorMessage } from '../log';

/**
 * One line of a JSON Lines log as an object: undefined for a blank line, and for a line that is not
 * a JSON object, which is counted as skipped with its number and why.
 */
export function jsonLineObject(
  text: string,
  lineNumber: number,
  skip: (line: number, reason: string) => void,
): Record<string, unknown> | undefined {
  if (text.trim() === '') return undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    skip(lineNumber, `not JSON: ${errorMessage(error)}`);
    return undefined;
  }
  const line = objectOf(parsed);
  if (!line) skip(lineNumber, 'not a JSON object');
  return line;
}
