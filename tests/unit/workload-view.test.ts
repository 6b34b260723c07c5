// The workload behind the numbers: key figures, the sentence a monthly cost means, in-place edits and their problems.
import { describe, expect, it } from 'vitest';
import { catalog } from '../../pricing-data/index';
import { findModel, priceAt } from '../../utils/catalog';
import { createTranslator } from '../../utils/i18n';
import { DEFAULT_REFERENCE_MODELS, previewModelIds } from '../../utils/presets';
import { describeWorkloadProblem, editWorkload, keyFigures, workloadSentence } from '../../utils/workload-view';
import { defaultPresets } from '../../utils/workloads';

const t = createTranslator('en');
const chat = defaultPresets.find((p) => p.id === 'chat')!;
const agent = defaultPresets.find((p) => p.id === 'agent')!;

describe('keyFigures and workloadSentence', () => {
  it('lists tasks per month, tokens in and out, reasoning and tool calls, in the UI language', () => {
    const figures = keyFigures({ ...chat.workload, tasksPerMonth: 30_000, inputTokens: 3_000, outputTokens: 400 }, t, 'en');
    expect(figures.map((f) => [f.label, f.value])).toEqual([
      ['Tasks per month', '30,000'],
      ['Tokens in', '3,000'],
      ['Tokens out', '400'],
      ['Reasoning tokens', '0'],
      ['Tool calls', '0'],
    ]);
  });

  it('says what a monthly cost means in one sentence, with plural forms', () => {
    const w = { ...chat.workload, tasksPerMonth: 30_000, inputTokens: 3_000, outputTokens: 400 };
    expect(workloadSentence(w, t, 'en')).toBe(
      '30,000 tasks a month, each 3,000 tokens in and 400 out, no reasoning tokens, no tool calls',
    );
    expect(workloadSentence({ ...w, toolCalls: 1, reasoningTokens: 800 }, t, 'en')).toContain(
      '800 reasoning tokens, 1 tool call',
    );
    expect(workloadSentence({ ...w, toolCalls: 12 }, t, 'en')).toContain('12 tool calls');
    expect(workloadSentence(w, createTranslator('zh_CN'), 'zh-CN')).toContain('每月 30,000 个任务');
  });
});

describe('editWorkload', () => {
  it('changes one figure and keeps the rest', () => {
    const edit = editWorkload(chat, 'tasksPerMonth', ' 12000 ');
    expect(edit.ok && edit.preset.workload).toEqual({ ...chat.workload, tasksPerMonth: 12_000 });
    expect(edit.ok && edit.preset.id).toBe('chat');
  });

  it('brings the static prefix down with a smaller input, which it is part of', () => {
    const edit = editWorkload(agent, 'inputTokens', '2000');
    expect(edit.ok && edit.preset.workload.inputTokens).toBe(2000);
    expect(edit.ok && edit.preset.workload.staticPrefixTokens).toBe(Math.min(agent.workload.staticPrefixTokens, 2000));
  });

  it.each([
    ['', 'Input tokens is required.'],
    ['abc', 'Input tokens must be a whole number.'],
    ['-5', 'Input tokens must be 0 or more.'],
    ['100000001', 'Input tokens must be at most 100,000,000.'],
    ['2.5', 'Input tokens must be a whole number.'],
  ])('refuses %j with one clear message', (typed, message) => {
    const edit = editWorkload(chat, 'inputTokens', typed);
    expect(edit.ok).toBe(false);
    if (!edit.ok) expect(describeWorkloadProblem(edit.problem, t)).toBe(message);
  });

  it('says the problem in Chinese', () => {
    const edit = editWorkload(chat, 'outputTokens', '-1');
    expect(!edit.ok && describeWorkloadProblem(edit.problem, createTranslator('zh_CN'), 'zh-CN')).toMatch(/输出 token/);
  });
});

describe('preset previews', () => {
  it('price on reference models the bundled catalog has and prices today', () => {
    for (const id of DEFAULT_REFERENCE_MODELS) {
      const model = findModel(catalog, id);
      expect(model, id).toBeDefined();
      expect(priceAt(model!, new Date()), id).toBeDefined();
    }
  });

  it('use the first three compared models when there are any', () => {
    expect(previewModelIds([])).toEqual(DEFAULT_REFERENCE_MODELS);
    expect(previewModelIds(['a', 'b', 'c', 'd'])).toEqual(['a', 'b', 'c']);
  });
});
