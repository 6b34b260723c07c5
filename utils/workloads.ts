// The workload schema (what one task sends, receives and calls) and the default presets.
import * as z from 'zod/mini';
import en from '../locales/en.json';

/** No request holds more than this many tokens; a larger count is a typo, not a workload. */
export const MAX_TOKENS = 100_000_000;
/** A ceiling for per-task counts of tool calls and searches. */
export const MAX_CALLS = 10_000;
export const MAX_TASKS_PER_MONTH = 1_000_000_000_000;

type Check = z.core.$ZodCheck<number>;

/** A number field whose every rejection names the field and its range, so a form or an import can point at it. */
function numberField(field: string, { whole, max }: { whole: boolean; max: number }, ...extra: Check[]) {
  const kind = whole ? 'a whole number' : 'a number';
  const error = (issue: { input?: unknown }) => (issue.input === undefined ? `${field} is required` : `${field} must be ${kind}`);
  // The range first and wholeness after (z.int would first refuse 1e99 as past 2^53, which is not the limit that matters).
  return z
    .number({ error })
    .check(
      z.minimum(0, { error: `${field} must be 0 or more`, abort: true }),
      z.maximum(max, { error: `${field} must be at most ${max.toLocaleString('en-US')}`, abort: true }),
      ...(whole ? [z.refine<number>(Number.isInteger, { error: `${field} must be a whole number`, abort: true })] : []),
      ...extra,
    );
}

/**
 * How the work is bought: `standard` rates, the `batch` API (its discount), or the `flex` and
 * `priority` service tiers at the seller's own rates for them. A tier the seller does not sell is
 * reported as not offered, never priced at standard.
 */
export const serviceTiers = ['standard', 'batch', 'flex', 'priority'] as const;
export type ServiceTier = (typeof serviceTiers)[number];

/** The request option a per-request fee can depend on (Perplexity's search context size). */
export const searchContexts = ['low', 'medium', 'high'] as const;
export type SearchContext = (typeof searchContexts)[number];

const tokens = (field: string) => numberField(field, { whole: true, max: MAX_TOKENS });
const perTask = (field: string) => numberField(field, { whole: false, max: MAX_CALLS });

/** The largest value each number field takes (all take 0 and more), for a form to state. */
export const workloadMaximums = {
  tasksPerMonth: MAX_TASKS_PER_MONTH,
  inputTokens: MAX_TOKENS,
  staticPrefixTokens: MAX_TOKENS,
  cacheHitRate: 1,
  outputTokens: MAX_TOKENS,
  reasoningTokens: MAX_TOKENS,
  toolCalls: MAX_CALLS,
  toolCallTokens: MAX_TOKENS,
  toolResultTokens: MAX_TOKENS,
  webSearches: MAX_CALLS,
  fileSearches: MAX_CALLS,
  codeSessions: MAX_CALLS,
} as const;

export const workloadSchema = z
  .strictObject({
    /** Tasks per month; the monthly cost is the task cost times this. May be fractional (an average). */
    tasksPerMonth: numberField('tasksPerMonth', { whole: false, max: MAX_TASKS_PER_MONTH }),
    /** Prompt tokens of the task's first request (system prompt, history, documents, question). */
    inputTokens: tokens('inputTokens'),
    /** The part of `inputTokens` that is identical across tasks (system prompt, tool schemas): cacheable. */
    staticPrefixTokens: tokens('staticPrefixTokens'),
    /** Share (0–1) of previously sent tokens that the vendor's prompt cache serves. */
    cacheHitRate: numberField('cacheHitRate', { whole: false, max: 1 }),
    /** Visible output tokens of the final answer. */
    outputTokens: tokens('outputTokens'),
    /** Hidden reasoning tokens per task, over all its requests. */
    reasoningTokens: tokens('reasoningTokens'),
    /** Tool-call round trips per task: a task of k tool calls is k+1 requests. */
    toolCalls: numberField('toolCalls', { whole: true, max: MAX_CALLS }),
    /** Output tokens of each tool call the model emits. */
    toolCallTokens: tokens('toolCallTokens'),
    /** Tokens of each tool result sent back to the model. */
    toolResultTokens: tokens('toolResultTokens'),
    /** Vendor-hosted web searches per task (average). */
    webSearches: perTask('webSearches'),
    /** Vendor-hosted file/vector-store searches per task (average). */
    fileSearches: perTask('fileSearches'),
    /** Vendor-hosted code-execution sessions per task (average). */
    codeSessions: perTask('codeSessions'),
    /** The service tier the work runs at (see `serviceTiers`). */
    serviceTier: z.enum(serviceTiers, { error: `serviceTier must be one of ${serviceTiers.join(', ')}` }),
    /** The search context size of requests that pay a per-request fee by it; absent: the cheapest option. */
    searchContext: z.optional(z.enum(searchContexts, { error: `searchContext must be one of ${searchContexts.join(', ')}` })),
  })
  .check(
    z.refine((w) => w.staticPrefixTokens <= w.inputTokens, {
      message: 'staticPrefixTokens cannot exceed inputTokens',
      path: ['staticPrefixTokens'],
    }),
  );

export type Workload = z.infer<typeof workloadSchema>;

/** Fields that count whole things (tokens, round trips); the others may hold averages or shares. */
export const wholeNumberFields: ReadonlySet<string> = new Set([
  'inputTokens',
  'staticPrefixTokens',
  'outputTokens',
  'reasoningTokens',
  'toolCalls',
  'toolCallTokens',
  'toolResultTokens',
]);
export type WorkloadField = keyof Workload;

export const workloadFields = Object.keys(workloadSchema.def.shape) as WorkloadField[];

/** The fields that hold numbers (every field but the choices). */
export type WorkloadNumberField = Exclude<WorkloadField, 'serviceTier' | 'searchContext'>;
export const workloadNumberFields = workloadFields.filter(
  (f): f is WorkloadNumberField => f !== 'serviceTier' && f !== 'searchContext',
);

/** Why a value was refused, for a UI to say in its own language (`message` is the English). */
export type WorkloadProblemCode =
  'required' | 'number' | 'whole' | 'choice' | 'min' | 'max' | 'prefixExceedsInput' | 'unknownField' | 'notObject';

export interface WorkloadProblem {
  field: WorkloadField | undefined;
  code: WorkloadProblemCode;
  /** The bound that was crossed, for `min` and `max`. */
  limit?: number;
  /** The fields that are not part of a workload, for `unknownField`. */
  keys?: string[];
  message: string;
}

/** Validates a workload; every problem names its field. */
export function validateWorkload(input: unknown): { ok: true; workload: Workload } | { ok: false; problems: WorkloadProblem[] } {
  const result = workloadSchema.safeParse(input);
  if (result.success) return { ok: true, workload: result.data };
  const values = typeof input === 'object' && input !== null ? (input as Record<string, unknown>) : undefined;
  // One problem per field: a field that is wrong in two ways is still one field to fix.
  const issues = result.error.issues.filter(
    (issue, i, all) => issue.path.length === 0 || all.findIndex((other) => other.path[0] === issue.path[0]) === i,
  );
  return {
    ok: false,
    problems: issues.map((issue): WorkloadProblem => {
      const name = issue.path[0];
      const field = typeof name === 'string' && (workloadFields as string[]).includes(name) ? (name as WorkloadField) : undefined;
      if (issue.code === 'unrecognized_keys') {
        return {
          field: undefined,
          code: 'unknownField',
          keys: issue.keys,
          message: `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`,
        };
      }
      if (!values) return { field: undefined, code: 'notObject', message: 'a workload must be an object of numbers' };
      if (issue.code === 'too_small') return { field, code: 'min', limit: Number(issue.minimum), message: issue.message };
      if (issue.code === 'too_big') return { field, code: 'max', limit: Number(issue.maximum), message: issue.message };
      if (issue.code === 'custom' && field === 'staticPrefixTokens' && issue.message.includes('cannot exceed'))
        return { field, code: 'prefixExceedsInput', message: issue.message };
      if (field !== undefined && values[field] === undefined) return { field, code: 'required', message: issue.message };
      if (field === 'serviceTier' || field === 'searchContext') return { field, code: 'choice', message: issue.message };
      return { field, code: field !== undefined && wholeNumberFields.has(field) ? 'whole' : 'number', message: issue.message };
    }),
  };
}

export interface WorkloadPreset {
  /** Stable id; default presets keep theirs so that upgrades can tell them from user presets. */
  id: string;
  name: string;
  description: string;
  workload: Workload;
}

const none = {
  toolCalls: 0,
  toolCallTokens: 0,
  toolResultTokens: 0,
  webSearches: 0,
  fileSearches: 0,
  codeSessions: 0,
  serviceTier: 'standard',
} satisfies Partial<Workload>;

/**
 * The presets a new user starts with (named in locales/en.json, where their translations sit too). The numbers are typical of each kind of job as the vendors'
 * own usage guides describe them; a user tunes them to their traffic in the options page.
 */
export const defaultPresets: readonly WorkloadPreset[] = [
  {
    id: 'chat',
    name: en.presets.chat.name,
    description: en.presets.chat.description,
    workload: {
      ...none,
      tasksPerMonth: 30_000,
      inputTokens: 3_000,
      staticPrefixTokens: 1_200,
      cacheHitRate: 0.8,
      outputTokens: 400,
      reasoningTokens: 0,
    },
  },
  {
    id: 'reasoning-heavy',
    name: en.presets.reasoningHeavy.name,
    description: en.presets.reasoningHeavy.description,
    workload: {
      ...none,
      tasksPerMonth: 3_000,
      inputTokens: 4_000,
      staticPrefixTokens: 1_000,
      cacheHitRate: 0.5,
      outputTokens: 1_000,
      reasoningTokens: 8_000,
    },
  },
  {
    id: 'agent',
    name: en.presets.agent.name,
    description: en.presets.agent.description,
    workload: {
      ...none,
      tasksPerMonth: 2_000,
      inputTokens: 12_000,
      staticPrefixTokens: 10_000,
      cacheHitRate: 0.9,
      outputTokens: 800,
      reasoningTokens: 3_000,
      toolCalls: 12,
      toolCallTokens: 150,
      toolResultTokens: 1_500,
      webSearches: 2,
    },
  },
  {
    id: 'long-context-rag',
    name: en.presets.longContextRag.name,
    description: en.presets.longContextRag.description,
    workload: {
      ...none,
      tasksPerMonth: 5_000,
      inputTokens: 120_000,
      staticPrefixTokens: 2_000,
      cacheHitRate: 0.2,
      outputTokens: 700,
      reasoningTokens: 0,
      fileSearches: 1,
    },
  },
  {
    id: 'batch-classification',
    name: en.presets.batchClassification.name,
    description: en.presets.batchClassification.description,
    workload: {
      ...none,
      tasksPerMonth: 1_000_000,
      inputTokens: 600,
      staticPrefixTokens: 400,
      cacheHitRate: 0,
      outputTokens: 10,
      reasoningTokens: 0,
      serviceTier: 'batch',
    },
  },
  {
    id: 'data-analysis',
    name: en.presets.dataAnalysis.name,
    description: en.presets.dataAnalysis.description,
    workload: {
      ...none,
      tasksPerMonth: 1_500,
      inputTokens: 6_000,
      staticPrefixTokens: 2_000,
      cacheHitRate: 0.5,
      outputTokens: 1_500,
      reasoningTokens: 4_000,
      toolCalls: 4,
      toolCallTokens: 300,
      toolResultTokens: 800,
      codeSessions: 1,
    },
  },
];
