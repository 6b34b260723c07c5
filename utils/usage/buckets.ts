// The time-bucket shape both vendors' usage APIs answer with: `data[]` buckets, each holding `results[]`.
import type { RecordSink, UsageRecord } from './record';
import { errorText, objectOf } from './text';

/**
 * Turns every result of every bucket into a record (its day read from the bucket); a bucket without
 * results, or a result that cannot be read, is skipped with where it stands and why.
 */
export function readBucketResults(
  doc: Record<string, unknown>,
  sink: RecordSink,
  dayOf: (bucket: Record<string, unknown>) => string,
  toRecord: (day: string, result: Record<string, unknown>) => UsageRecord,
): void {
  (doc.data as unknown[]).forEach((bucket, b) => {
    const fields = objectOf(bucket);
    const results = fields?.results;
    if (!fields || !Array.isArray(results)) {
      sink.skip(0, `data[${b}] has no results`);
      return;
    }
    results.forEach((result, r) => {
      try {
        sink.record(toRecord(dayOf(fields), objectOf(result) ?? {}));
      } catch (error) {
        sink.skip(0, `data[${b}].results[${r}]: ${errorText(error)}`);
      }
    });
  });
}
