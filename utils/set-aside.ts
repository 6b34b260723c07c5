// The file a set-aside stored value downloads as, and how Import recognises it (so that nothing set aside is lost for good).
import * as z from 'zod/mini';

/** The version of the set-aside file this build writes and reads. */
export const SET_ASIDE_FILE_VERSION = 1;

/** The stored values that can be set aside. */
export const storedKeys = ['settings', 'presets', 'comparison', 'userPrices'] as const;
export type StoredKey = (typeof storedKeys)[number];

export const setAsideFileSchema = z.object({
  format: z.literal('tokentag-set-aside'),
  version: z.literal(SET_ASIDE_FILE_VERSION),
  /** Which stored value it was. */
  key: z.enum(storedKeys),
  /** The version of that stored value's format (storage.ts `storageVersions`) it was stored as. */
  storedVersion: z.int().check(z.positive()),
  /** Why it was set aside (English). */
  reason: z.string(),
  /** When it was set aside (ISO time). */
  at: z.string(),
  /** The value as it was stored, whole. */
  value: z.unknown(),
});
export type SetAsideFile = z.infer<typeof setAsideFileSchema>;

/** The text of a set-aside file. */
export function setAsideFileText(entry: Omit<SetAsideFile, 'format' | 'version'>): string {
  const file: SetAsideFile = { format: 'tokentag-set-aside', version: SET_ASIDE_FILE_VERSION, ...entry };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Whether parsed JSON is meant as a set-aside file (then `parseSetAsideFile` says whether it is a good one). */
export function isSetAsideFile(data: unknown): boolean {
  return typeof data === 'object' && data !== null && (data as { format?: unknown }).format === 'tokentag-set-aside';
}

/**
 * Reads a set-aside file. `knownVersions` are the stored-value versions this build reads: a file of a
 * newer one is refused with `newer`, so that the user is told to update rather than shown a schema error.
 */
export function parseSetAsideFile(
  data: unknown,
  knownVersions: Record<StoredKey, number>,
): { ok: true; file: SetAsideFile } | { ok: false; newer: boolean; message: string } {
  const version = (data as { version?: unknown }).version;
  const parsed = setAsideFileSchema.safeParse(data);
  if (typeof version === 'number' && version > SET_ASIDE_FILE_VERSION)
    return { ok: false, newer: true, message: `made by a newer TokenTag (file version ${version})` };
  if (!parsed.success)
    return {
      ok: false,
      newer: false,
      message: parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; '),
    };
  if (parsed.data.storedVersion > knownVersions[parsed.data.key])
    return {
      ok: false,
      newer: true,
      message: `made by a newer TokenTag (${parsed.data.key} version ${parsed.data.storedVersion})`,
    };
  return { ok: true, file: parsed.data };
}
