// A workload in words and figures: the key numbers behind a cost, in-place edits checked by the schema, and problems in the user's language.
import type { Translate } from './i18n';
import { validateWorkload, type Workload, type WorkloadPreset, type WorkloadProblem } from './workloads';

/** The figures the popup shows beside a cost, in this order. */
export const keyFigureFields = ['tasksPerMonth', 'inputTokens', 'outputTokens', 'reasoningTokens', 'toolCalls'] as const;
export type KeyFigureField = (typeof keyFigureFields)[number];

/** The figures the popup lets the user change in place (the rest are edited on the options page). */
export const quickEditFields = ['tasksPerMonth', 'inputTokens', 'outputTokens'] as const;
export type QuickEditField = (typeof quickEditFields)[number];

export interface KeyFigure {
  field: KeyFigureField;
  label: string;
  /** The number in the UI language ("30,000"). */
  value: string;
}

/** The workload's key figures, labelled: tasks per month, tokens in and out, reasoning, tool calls. */
export function keyFigures(workload: Workload, t: Translate, locale: string): KeyFigure[] {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  return keyFigureFields.map((field) => ({
    field,
    label: t(`popup.workloadFigures.${field}`),
    value: numbers.format(workload[field]),
  }));
}

/** "30,000 tasks a month, each 3,000 tokens in and 400 out, no reasoning, no tool calls": what a monthly cost means. */
export function workloadSentence(workload: Workload, t: Translate, locale: string): string {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const n = (value: number) => numbers.format(value);
  return t('popup.workloadSentence', [
    n(workload.tasksPerMonth),
    n(workload.inputTokens),
    n(workload.outputTokens),
    workload.reasoningTokens > 0 ? t('popup.workloadReasoning', [n(workload.reasoningTokens)]) : t('popup.workloadNoReasoning'),
    t('popup.workloadToolCalls', workload.toolCalls, [n(workload.toolCalls)]),
  ]);
}

/**
 * A preset with one figure changed from what the user typed, checked by the workload schema. The
 * static prefix follows a smaller input down (it is part of the input), so that lowering the input in
 * the popup does not fail on a field the popup does not show.
 */
export function editWorkload(
  preset: WorkloadPreset,
  field: QuickEditField,
  typed: string,
): { ok: true; preset: WorkloadPreset } | { ok: false; problem: WorkloadProblem } {
  const text = typed.trim();
  const candidate: Record<string, unknown> = { ...preset.workload };
  if (text === '') delete candidate[field];
  else candidate[field] = Number(text);
  if (field === 'inputTokens' && typeof candidate.inputTokens === 'number' && Number.isFinite(candidate.inputTokens)) {
    candidate.staticPrefixTokens = Math.min(preset.workload.staticPrefixTokens, Math.max(0, candidate.inputTokens));
  }
  const check = validateWorkload(candidate);
  if (!check.ok) return { ok: false, problem: check.problems.find((p) => p.field === field) ?? check.problems[0]! };
  return { ok: true, preset: { ...preset, workload: check.workload } };
}

/** A workload problem in the user's language: "Input tokens must be at most 100,000,000." */
export function describeWorkloadProblem(problem: WorkloadProblem, t: Translate, locale = 'en'): string {
  const label = problem.field ? t(`options.fields.${problem.field}.label`) : '';
  switch (problem.code) {
    case 'min':
    case 'max':
      return t(`options.problems.${problem.code}`, [label, (problem.limit ?? 0).toLocaleString(locale)]);
    case 'unknownField':
      return t('options.problems.unknownField', [(problem.keys ?? []).join(', ')]);
    default:
      return t(`options.problems.${problem.code}`, [label]);
  }
}
