// Reads a CSV export row by row after its header, by column name, so that any column order works.
import type { LineReader, RecordSink, UsageRecord } from './record';
import { csvFields, errorText, opensQuote } from './text';

/** A row as column name → value (names lower-cased). */
export type CsvRow = (column: string) => string | undefined;

/** A CSV reader: `toRecord` turns one row into a record, or throws with the reason it cannot. */
export function csvReader(
  columns: readonly string[],
  sink: RecordSink,
  toRecord: (row: CsvRow) => UsageRecord | undefined,
): LineReader {
  const index = new Map(columns.map((name, i) => [name, i]));
  let pending = '';
  let pendingLine = 0;
  return {
    line(text, lineNumber) {
      if (pending === '' && text.trim() === '') return;
      if (pending === '') pendingLine = lineNumber;
      pending = pending === '' ? text : `${pending}\n${text}`;
      if (opensQuote(pending)) return;
      const fields = csvFields(pending);
      pending = '';
      if (fields.length !== columns.length) {
        sink.skip(pendingLine, `${fields.length} fields where the header has ${columns.length}`);
        return;
      }
      try {
        const record = toRecord((column) => {
          const i = index.get(column);
          return i === undefined ? undefined : fields[i];
        });
        if (record) sink.record(record);
      } catch (error) {
        sink.skip(pendingLine, errorText(error));
      }
    },
    end() {
      if (pending !== '') throw new Error(`truncated: a quoted field opened on line ${pendingLine} never closes`);
    },
  };
}
