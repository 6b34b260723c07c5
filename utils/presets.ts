// Workload presets as the user keeps them: their schema, the import/export file, and the list operations.
import * as z from 'zod/mini';
import type { Translate } from './i18n';
import { migratePresetsV1ToV2 } from './migrations';
import { defaultPresets, validateWorkload, workloadSchema, type WorkloadPreset, type WorkloadProblem } from './workloads';
import { userPricesSchema, type UserPrices } from './user-prices';

/** Message keys of the default presets: their ids in camel case (extension message names allow no hyphens). */
type DefaultPresetKey = 'chat' | 'reasoningHeavy' | 'agent' | 'longContextRag' | 'batchClassification' | 'dataAnalysis';
const messageKey = (id: string) => id.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as DefaultPresetKey;

/** Largest preset file an import reads, in bytes (a few hundred presets fit in far less). */
export const MAX_IMPORT_BYTES = 1_000_000;
export const MAX_PRESETS = 100;

export const presetSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'an id is lower-case letters, digits and hyphens (at most 64)')),
  name: z.string().check(z.trim(), z.minLength(1, 'a preset needs a name'), z.maxLength(80, 'a name is at most 80 characters')),
  description: z.string().check(z.maxLength(400, 'a description is at most 400 characters')),
  workload: workloadSchema,
});

export const presetListSchema = z.array(presetSchema).check(
  z.maxLength(MAX_PRESETS, `at most ${MAX_PRESETS} presets`),
  z.refine((presets) => new Set(presets.map((p) => p.id)).size === presets.length, 'two presets share an id'),
);

/**
 * The version of the presets file this build writes; it reads this one and every older one (1: presets
 * with `batch`; 2: workloads carry `serviceTier`, and the file may carry your own prices).
 */
export const PRESETS_FILE_VERSION = 2;

/** The file `Export presets` writes and `Import presets` reads (older versions are migrated first). */
export const presetsFileSchema = z.strictObject({
  format: z.literal('tokentag-presets'),
  version: z.union([z.literal(1), z.literal(PRESETS_FILE_VERSION)]),
  exportedAt: z.optional(z.string()),
  presets: presetListSchema,
  /** The user's own prices (version 2 on); an older file has none, and imports as before. */
  userPrices: z.optional(userPricesSchema),
});

export type PresetsFile = z.infer<typeof presetsFileSchema>;

export interface ImportProblem {
  /** Where in the file: `presets[2].workload.inputTokens`, or empty for the file as a whole. */
  path: string;
  /** In English; `code` and `workload` let a UI say it in its own language. */
  message: string;
  code?: 'tooLarge' | 'notJson' | 'notPresetsFile' | 'newerFile';
  /** The file's size in MB (`tooLarge`), or where the JSON breaks (`notJson`). */
  detail?: string;
  workload?: WorkloadProblem;
}

function pathText(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === 'number' ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    '',
  );
}

/** The line and column of a character offset, for a JSON syntax error. */
function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

/**
 * Reads a presets file. Every problem is reported with where it is; nothing is returned unless the
 * whole file is valid, so that a failed import changes nothing.
 */
export function parsePresetsFile(text: string): { ok: true; file: PresetsFile } | { ok: false; problems: ImportProblem[] } {
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_IMPORT_BYTES) {
    const size = (bytes / 1e6).toFixed(1);
    return {
      ok: false,
      problems: [{ path: '', code: 'tooLarge', detail: size, message: `the file is ${size} MB; a presets file is at most 1 MB` }],
    };
  }
  if (text.trim() === '')
    return { ok: false, problems: [{ path: '', code: 'notJson', detail: 'empty', message: 'not JSON: the file is empty' }] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(message);
    // Engines say where in different ways: a position, or a snippet of the text around the fault.
    const where = position ? ` at ${lineAndColumn(text, Number(position[1]))}` : '';
    return {
      ok: false,
      problems: [{ path: '', code: 'notJson', detail: where.trim() || message, message: `not JSON${where}: ${message}` }],
    };
  }
  if (
    typeof data !== 'object' ||
    data === null ||
    Array.isArray(data) ||
    (data as { format?: unknown }).format !== 'tokentag-presets'
  ) {
    return {
      ok: false,
      problems: [
        { path: '', code: 'notPresetsFile', message: 'not a TokenTag presets file (it has no "format": "tokentag-presets")' },
      ],
    };
  }
  const version = (data as { version?: unknown }).version;
  if (typeof version === 'number' && version > PRESETS_FILE_VERSION) {
    return {
      ok: false,
      problems: [
        {
          path: 'version',
          code: 'newerFile',
          detail: String(version),
          message: `made by a newer TokenTag (file version ${version}); update TokenTag to import it`,
        },
      ],
    };
  }
  // A version 1 file (exported before service tiers) is read as the version it migrates to.
  if (version === 1) {
    const old = data as { presets?: unknown };
    data = { ...old, version: PRESETS_FILE_VERSION, presets: migratePresetsV1ToV2(old.presets) };
  }
  const parsed = presetsFileSchema.safeParse(data);
  if (parsed.success) return { ok: true, file: parsed.data };
  const problems = parsed.error.issues.map((issue) => {
    // Workload problems get the workload's own messages, which name the field.
    const workloadAt = issue.path.indexOf('workload');
    if (workloadAt >= 0) {
      const preset = issue.path.slice(0, workloadAt + 1);
      const workload = preset.reduce<unknown>((node, key) => (node as Record<PropertyKey, unknown>)?.[key], data);
      const check = validateWorkload(workload);
      const field = issue.path[workloadAt + 1];
      const match = !check.ok ? (check.problems.find((p) => p.field === field) ?? check.problems[0]) : undefined;
      if (match) return { path: pathText(issue.path), message: match.message, workload: match };
    }
    const message =
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
        : issue.message;
    return { path: pathText(issue.path), message };
  });
  return { ok: false, problems };
}

/** The presets (and the user's own prices, when given) as the file `Export` writes. */
export function exportPresetsFile(presets: readonly WorkloadPreset[], exportedAt: Date, userPrices?: UserPrices): string {
  const file: PresetsFile = {
    format: 'tokentag-presets',
    version: PRESETS_FILE_VERSION,
    exportedAt: exportedAt.toISOString(),
    presets: [...presets],
    ...(userPrices ? { userPrices } : {}),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** A preset an import or a read left out, and why (in English). */
export interface SkippedPreset {
  /** The preset's name or id when it has one, else its place in the list (`#3`). */
  label: string;
  reason: string;
}

/**
 * Adds imported presets: one with an id already present replaces it, the rest are appended while
 * there is room (MAX_PRESETS); every one that is not kept is counted and said.
 */
export function mergePresets(
  existing: readonly WorkloadPreset[],
  imported: readonly WorkloadPreset[],
): { presets: WorkloadPreset[]; added: number; replaced: number; skipped: SkippedPreset[] } {
  const byId = new Map(imported.map((p) => [p.id, p]));
  const presets = existing.map((p) => byId.get(p.id) ?? p);
  const replaced = existing.filter((p) => byId.has(p.id)).length;
  const fresh = imported.filter((p) => !existing.some((e) => e.id === p.id));
  const room = Math.max(0, MAX_PRESETS - presets.length);
  const skipped = fresh.slice(room).map((p) => ({ label: p.name, reason: `at most ${MAX_PRESETS} presets` }));
  return { presets: [...presets, ...fresh.slice(0, room)], added: Math.min(room, fresh.length), replaced, skipped };
}

/** What reading a stored preset list found: the valid presets, and the ones left out with why. */
export interface SalvagedPresets {
  value: WorkloadPreset[];
  problems: string[];
  /** The presets left out, exactly as they were stored. */
  rejected: unknown[];
  /** The valid presets alone (`value` falls back to the defaults when there are none). */
  valid: WorkloadPreset[];
}

/**
 * Reads a stored preset list item by item: every valid preset is kept, each invalid one (or a second
 * one with an id already taken, or one past MAX_PRESETS) is left out alone. An empty result falls
 * back to the default presets, as every estimate needs one.
 */
export function salvagePresets(raw: unknown): SalvagedPresets {
  if (!Array.isArray(raw))
    return {
      value: defaultPresets.map((p) => structuredClone(p)),
      problems: ['presets: not a list of presets'],
      rejected: [raw],
      valid: [],
    };
  const value: WorkloadPreset[] = [];
  const problems: string[] = [];
  const rejected: unknown[] = [];
  raw.forEach((item, index) => {
    const parsed = presetSchema.safeParse(item);
    const problem = !parsed.success
      ? parsed.error.issues.map((i) => `${pathText([index, ...i.path])}: ${i.message}`).join('; ')
      : value.some((p) => p.id === parsed.data.id)
        ? `[${index}].id: two presets share the id "${parsed.data.id}"`
        : value.length >= MAX_PRESETS
          ? `[${index}]: at most ${MAX_PRESETS} presets`
          : undefined;
    if (problem === undefined && parsed.success) value.push(parsed.data);
    else {
      problems.push(`presets${problem}`);
      rejected.push(item);
    }
  });
  const fallback = value.length === 0 ? defaultPresets.map((p) => structuredClone(p)) : value;
  return { value: fallback, problems, rejected, valid: value };
}

/** An id like `base`, `base-2`, `base-3`… that no preset has yet. */
export function uniqueId(base: string, presets: readonly WorkloadPreset[]): string {
  const slug =
    base
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'preset';
  const taken = new Set(presets.map((p) => p.id));
  if (!taken.has(slug)) return slug;
  for (let n = 2; ; n++) if (!taken.has(`${slug}-${n}`)) return `${slug}-${n}`;
}

/** A copy of a preset under a new id and the given name. */
export function duplicatePreset(presets: readonly WorkloadPreset[], source: WorkloadPreset, name: string): WorkloadPreset {
  return { ...source, id: uniqueId(name, presets), name, workload: { ...source.workload } };
}

/** Puts every default preset back as it ships, keeping the user's own presets after them. */
export function restoreDefaultPresets(presets: readonly WorkloadPreset[]): WorkloadPreset[] {
  const defaultIds = new Set(defaultPresets.map((p) => p.id));
  return [...defaultPresets.map((p) => ({ ...p, workload: { ...p.workload } })), ...presets.filter((p) => !defaultIds.has(p.id))];
}

/**
 * Models a preset preview prices on when the user compares none: one current flagship of each of
 * the three largest vendors (catalog ids; a test checks that the bundled catalog prices each).
 */
export const DEFAULT_REFERENCE_MODELS: readonly string[] = ['gpt-5.2', 'claude-sonnet-4-5', 'gemini-2.5-flash'];

/** The models a preset preview prices on: the first three compared, else the defaults. */
export function previewModelIds(compared: readonly string[]): readonly string[] {
  return compared.length > 0 ? compared.slice(0, 3) : DEFAULT_REFERENCE_MODELS;
}

/** The preset estimates use: the chosen one, else the first (the list is never empty). */
export function activePreset(presets: readonly WorkloadPreset[], activeId: string): WorkloadPreset {
  return presets.find((p) => p.id === activeId) ?? presets[0]!;
}

/** Whether a preset is a default one exactly as it ships (so the UI may show its translated name). */
export function isPristineDefault(preset: WorkloadPreset): boolean {
  const original = defaultPresets.find((p) => p.id === preset.id);
  return original !== undefined && original.name === preset.name && original.description === preset.description;
}

/** A preset's name as shown: a default preset the user has not renamed speaks the UI's language. */
export function presetDisplayName(preset: WorkloadPreset, t: Translate): string {
  return isPristineDefault(preset) ? t(`presets.${messageKey(preset.id)}.name`) : preset.name;
}

/** A preset's description as shown, likewise. */
export function presetDisplayDescription(preset: WorkloadPreset, t: Translate): string {
  return isPristineDefault(preset) ? t(`presets.${messageKey(preset.id)}.description`) : preset.description;
}

/** A new preset with the chat preset's numbers, under an id no preset has; not stored until saved. */
export function blankPreset(name: string, presets: readonly WorkloadPreset[]): WorkloadPreset {
  const template = defaultPresets[0]!;
  return { id: uniqueId(name, presets), name, description: '', workload: { ...template.workload } };
}

/** The default presets the user changed: what "Restore default presets" would overwrite. */
export function editedDefaults(presets: readonly WorkloadPreset[]): WorkloadPreset[] {
  return presets.filter((preset) => {
    const original = defaultPresets.find((p) => p.id === preset.id);
    return original !== undefined && !samePreset(original, preset);
  });
}

/** Whether two presets hold the same values (key order aside). */
export function samePreset(a: WorkloadPreset | undefined, b: WorkloadPreset | undefined): boolean {
  if (!a || !b) return a === b;
  const fields = Object.keys(a.workload).sort();
  return (
    a.id === b.id &&
    a.name === b.name &&
    a.description === b.description &&
    fields.length === Object.keys(b.workload).length &&
    fields.every((f) => a.workload[f as keyof typeof a.workload] === b.workload[f as keyof typeof b.workload])
  );
}
