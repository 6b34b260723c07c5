// The workload schema (what one task sends, receives and calls) and the default presets.
import * as z from 'zod/mini';

/** No request holds more than this many tokens; a larger count is a typo, not a workload. */
export const MAX_TOKENS = 100_000_000;
/** A ceiling for per-task counts of tool calls and searches. */
export const MAX_CALLS = 10_000;
export const MAX_TASKS_PER_MONTH = 1_000_000_000_000;

type Check = z.core.$ZodCheck<number>;

/** A number field whose every rejection names the field, so a form or an import can point at it. */
function numberField(field: string, { whole, max }: { whole: boolean; max: number }, ...extra: Check[]) {
  const kind = whole ? 'a whole number' : 'a number';
  const base = whole
    ? z.int({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be ${kind}`) })
    : z.number({ error: (issue) => (issue.input === undefined ? `${field} is required` : `${field} must be ${kind}`) });
  return base.check(
    z.minimum(0, { error: `${field} must be 0 or more` }),
    z.maximum(max, { error: `${field} must be at most ${max.toLocaleString('en-US')}` }),
    ...extra,
  );
}

const tokens = (field: string) => numberField(field, { whole: true, max: MAX_TOKENS });
const perTask = (field: string) => numberField(field, { whole: false, max: MAX_CALLS });

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
    /** Run through the vendor's batch API (asynchronous, discounted where offered). */
    batch: z.boolean({ error: 'batch must be true or false' }),
  })
  .check(
    z.refine((w) => w.staticPrefixTokens <= w.inputTokens, {
      message: 'staticPrefixTokens cannot exceed inputTokens',
      path: ['staticPrefixTokens'],
    }),
  );

export type Workload = z.infer<typeof workloadSchema>;
export type WorkloadField = keyof Workload;

export const workloadFields = Object.keys(workloadSchema.def.shape) as WorkloadField[];

export interface WorkloadProblem {
  field: WorkloadField | undefined;
  message: string;
}

/** Validates a workload; every problem names its field. */
export function validateWorkload(input: unknown): { ok: true; workload: Workload } | { ok: false; problems: WorkloadProblem[] } {
  const result = workloadSchema.safeParse(input);
  if (result.success) return { ok: true, workload: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((issue) => {
      const field = issue.path[0];
      const known = typeof field === 'string' && (workloadFields as string[]).includes(field);
      const message =
        issue.code === 'unrecognized_keys'
          ? `unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}`
          : issue.message;
      return { field: known ? (field as WorkloadField) : undefined, message };
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
  batch: false,
} satisfies Partial<Workload>;

/**
 * The presets a new user starts with. The numbers are typical of each kind of job as the vendors'
 * own usage guides describe them; a user tunes them to their traffic in the options page.
 */
export const defaultPresets: readonly WorkloadPreset[] = [
  {
    id: 'chat',
    name: 'Chat assistant',
    description:
      'A support or Q&A chat turn: a 1,200-token system prompt plus recent history, a short answer, no tools. About 1,000 conversations a day.',
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
    name: 'Reasoning-heavy',
    description:
      'Hard analysis or maths: a modest prompt, a long hidden chain of thought (8,000 reasoning tokens) and a 1,000-token answer.',
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
    name: 'Tool-call-heavy agent',
    description:
      'An agent loop of 12 tool calls: every round trip re-sends the growing context (10,000-token instructions and tool schemas, 1,500-token tool results), with 2 web searches per task.',
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
    name: 'Long-context RAG',
    description:
      'Retrieval-augmented answers over large documents: 120,000 prompt tokens of retrieved text, little of it repeated, a 700-token answer.',
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
    name: 'Batch classification',
    description:
      'A million short items a month labelled overnight through the batch API: a 400-token instruction, a 200-token item, a one-word label.',
    workload: {
      ...none,
      tasksPerMonth: 1_000_000,
      inputTokens: 600,
      staticPrefixTokens: 400,
      cacheHitRate: 0,
      outputTokens: 10,
      reasoningTokens: 0,
      batch: true,
    },
  },
  {
    id: 'data-analysis',
    name: 'Data analysis with code',
    description:
      'A question answered by running code: 4 tool round trips, one hosted code-execution session, moderate reasoning.',
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
