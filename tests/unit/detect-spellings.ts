// Real model-name spellings and traps from vendor pages, with what the detector must find in each.
export interface SpellingCase {
  /** The text as it appears on the page (a cell, an id, a short fragment). */
  text: string;
  /** Every mention the detector must return, in order: [the mention's exact text, catalog id] — or [text, null] for a model-shaped name the catalog lacks (known: false). Empty for a trap. */
  expected: [mention: string, modelId: string | null][];
  /** The page (URL) where this spelling is used. */
  page: string;
}

export const spellingCases: SpellingCase[] = [
  // ===== OpenAI =====

  // --- openai.com/api/pricing and developers.openai.com/api/docs/pricing: table cells ---
  { text: 'GPT-5.2 Pro', expected: [['GPT-5.2 Pro', 'gpt-5.2-pro']], page: 'https://openai.com/api/pricing/' },
  { text: 'GPT-5.2', expected: [['GPT-5.2', 'gpt-5.2']], page: 'https://openai.com/api/pricing/' },
  { text: 'GPT\u20115.2 Pro', expected: [['GPT\u20115.2 Pro', 'gpt-5.2-pro']], page: 'https://openai.com/api/pricing/' },
  { text: 'GPT\u20115 mini', expected: [['GPT\u20115 mini', 'gpt-5-mini']], page: 'https://openai.com/api/pricing/' },
  {
    text: 'GPT-5.4\u00a0nano',
    expected: [['GPT-5.4\u00a0nano', 'gpt-5.4-nano']],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  { text: 'GPT-5.5 pro', expected: [['GPT-5.5 pro', 'gpt-5.5-pro']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-5.4 pro', expected: [['GPT-5.4 pro', 'gpt-5.4-pro']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-5.4', expected: [['GPT-5.4', 'gpt-5.4']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-5.6 Sol', expected: [['GPT-5.6 Sol', 'gpt-5.6-sol']], page: 'https://developers.openai.com/api/docs/pricing' },
  {
    text: 'GPT-5.6 Terra',
    expected: [['GPT-5.6 Terra', 'gpt-5.6-terra']],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  { text: 'GPT-5.6 Luna', expected: [['GPT-5.6 Luna', 'gpt-5.6-luna']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'gpt-5.6', expected: [['gpt-5.6', 'gpt-5.6-sol']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-6 Astra', expected: [['GPT-6 Astra', 'gpt-6-astra']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-6 Sol', expected: [['GPT-6 Sol', 'gpt-6-sol']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-6.1 Sol', expected: [['GPT-6.1 Sol', 'gpt-6.1-sol']], page: 'https://developers.openai.com/api/docs/pricing' },
  {
    text: 'GPT-6.1 Terra',
    expected: [['GPT-6.1 Terra', 'gpt-6.1-terra']],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  { text: 'gpt-6-luna', expected: [['gpt-6-luna', 'gpt-6-luna']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-4o mini', expected: [['GPT-4o mini', 'gpt-4o-mini']], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'GPT-4.1 mini', expected: [['GPT-4.1 mini', 'gpt-4.1-mini']], page: 'https://developers.openai.com/api/docs/pricing' },
  // Table rows as innerText: prices next to the name, and cells glued without spaces.
  { text: 'GPT-5.2 $1.75 $0.175 $14.00', expected: [['GPT-5.2', 'gpt-5.2']], page: 'https://openai.com/api/pricing/' },
  {
    text: 'GPT-5.2Input$1.75Cached input$0.175Output$14.00',
    expected: [['GPT-5.2', 'gpt-5.2']],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  {
    text: 'GPT-5.2 proInput$21.00Output$168.00',
    expected: [['GPT-5.2 pro', 'gpt-5.2-pro']],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  {
    text: 'o3-proInput$20.00Output$80.00',
    expected: [['o3-pro', 'o3-pro']],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  {
    text: 'GPT-5.4 miniInput$0.75Cached input$0.075',
    expected: [['GPT-5.4 mini', 'gpt-5.4-mini']],
    page: 'https://developers.openai.com/api/docs/pricing',
  },

  // --- openai.com/api-priority-processing: row labels with a footnote glued to the next line ---
  {
    text: 'GPT-5.5\nexcludes long context1\n$12.50$1.250$75.00',
    expected: [['GPT-5.5', 'gpt-5.5']],
    page: 'https://openai.com/api-priority-processing/',
  },
  {
    text: 'GPT-5.4 mini\nexcludes long context1\n$1.50$0.150$9.00',
    expected: [['GPT-5.4 mini', 'gpt-5.4-mini']],
    page: 'https://openai.com/api-priority-processing/',
  },
  { text: 'GPT-5.1 codex', expected: [['GPT-5.1 codex', 'gpt-5.1-codex']], page: 'https://openai.com/api-priority-processing/' },
  { text: 'GPT-5 codex', expected: [['GPT-5 codex', 'gpt-5-codex']], page: 'https://openai.com/api-priority-processing/' },
  { text: 'GPT-5 mini', expected: [['GPT-5 mini', 'gpt-5-mini']], page: 'https://openai.com/api-priority-processing/' },
  { text: 'GPT-5.1', expected: [['GPT-5.1', 'gpt-5.1']], page: 'https://openai.com/api-priority-processing/' },

  // --- developers.openai.com/api/docs/models/<id>: ids, snapshots, quick-comparison cells ---
  {
    text: 'gpt-5.2-2025-12-11',
    expected: [['gpt-5.2-2025-12-11', 'gpt-5.2']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.2',
  },
  {
    text: 'gpt-5.2-pro-2025-12-11',
    expected: [['gpt-5.2-pro-2025-12-11', 'gpt-5.2-pro']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.2-pro',
  },
  {
    text: 'gpt-5.2-chat-latest',
    expected: [['gpt-5.2-chat-latest', 'gpt-5.2-chat']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.2-chat-latest',
  },
  {
    text: 'gpt-5.3-chat-latest',
    expected: [['gpt-5.3-chat-latest', 'gpt-5.3-chat']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.3-chat-latest',
  },
  {
    text: 'GPT-5.2-Codex is an upgraded GPT-5.2 for agentic coding',
    expected: [
      ['GPT-5.2-Codex', 'gpt-5.2-codex'],
      ['GPT-5.2', 'gpt-5.2'],
    ],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.2-codex',
  },
  {
    text: 'gpt-5.4-2026-03-05',
    expected: [['gpt-5.4-2026-03-05', 'gpt-5.4']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.4',
  },
  {
    text: 'gpt-5.4-mini-2026-03-17',
    expected: [['gpt-5.4-mini-2026-03-17', 'gpt-5.4-mini']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.4-mini',
  },
  {
    text: 'gpt-5.4-nano-2026-03-17',
    expected: [['gpt-5.4-nano-2026-03-17', 'gpt-5.4-nano']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.4-nano',
  },
  {
    text: 'gpt-5.4-pro-2026-03-05',
    expected: [['gpt-5.4-pro-2026-03-05', 'gpt-5.4-pro']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.4-pro',
  },
  {
    text: 'gpt-6-astra',
    expected: [['gpt-6-astra', 'gpt-6-astra']],
    page: 'https://developers.openai.com/api/docs/models/gpt-6-astra',
  },
  {
    text: 'gpt-6.2-astra and gpt-6.2-sol',
    expected: [
      ['gpt-6.2-astra', 'gpt-6.2-astra'],
      ['gpt-6.2-sol', 'gpt-6.2-sol'],
    ],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  {
    text: 'codex-mini-latest\n$1.50\nGPT-5-Codex\n$1.25\nGPT-5\n$1.25',
    expected: [
      ['codex-mini-latest', 'codex-mini-latest'],
      ['GPT-5-Codex', 'gpt-5-codex'],
      ['GPT-5', 'gpt-5'],
    ],
    page: 'https://developers.openai.com/api/docs/models/gpt-5-codex',
  },
  {
    text: 'o4-mini-deep-research\n$2.00\no3\n$2.00\no3-mini\n$1.10',
    expected: [
      ['o4-mini-deep-research', 'o4-mini-deep-research'],
      ['o3', 'o3'],
      ['o3-mini', 'o3-mini'],
    ],
    page: 'https://developers.openai.com/api/docs/models/o4-mini-deep-research',
  },
  {
    text: 'GPT-5.1-Codex-Max',
    expected: [['GPT-5.1-Codex-Max', 'gpt-5.1-codex-max']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.1-codex-max',
  },
  {
    text: 'gpt-5.1-codex-mini',
    expected: [['gpt-5.1-codex-mini', 'gpt-5.1-codex-mini']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5.1-codex-mini',
  },
  {
    text: 'gpt-5-2025-08-07',
    expected: [['gpt-5-2025-08-07', 'gpt-5']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5',
  },
  {
    text: 'gpt-5-mini-2025-08-07',
    expected: [['gpt-5-mini-2025-08-07', 'gpt-5-mini']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5-mini',
  },
  {
    text: 'gpt-5-nano',
    expected: [['gpt-5-nano', 'gpt-5-nano']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5-nano',
  },
  {
    text: 'gpt-5-chat-latest',
    expected: [['gpt-5-chat-latest', 'gpt-5-chat']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5-chat-latest',
  },
  {
    text: 'gpt-5-pro-2025-10-06',
    expected: [['gpt-5-pro-2025-10-06', 'gpt-5-pro']],
    page: 'https://developers.openai.com/api/docs/models/gpt-5-pro',
  },
  {
    text: 'gpt-4.1-2025-04-14',
    expected: [['gpt-4.1-2025-04-14', 'gpt-4.1']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4.1',
  },
  {
    text: 'gpt-4.1-nano-2025-04-14',
    expected: [['gpt-4.1-nano-2025-04-14', 'gpt-4.1-nano']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4.1-nano',
  },
  {
    text: 'GPT-4.5 (preview)',
    expected: [['GPT-4.5 (preview)', 'gpt-4.5-preview']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4.5-preview',
  },
  {
    text: 'gpt-4.5-preview-2025-02-27',
    expected: [['gpt-4.5-preview-2025-02-27', 'gpt-4.5-preview']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4.5-preview',
  },
  {
    text: 'gpt-4o-2024-08-06',
    expected: [['gpt-4o-2024-08-06', 'gpt-4o']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4o',
  },
  {
    text: 'gpt-4o-2024-05-13',
    expected: [['gpt-4o-2024-05-13', 'gpt-4o-2024-05-13']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4o',
  },
  {
    text: 'gpt-4o-mini-2024-07-18',
    expected: [['gpt-4o-mini-2024-07-18', 'gpt-4o-mini']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4o-mini',
  },
  {
    text: 'chatgpt-4o-latest',
    expected: [['chatgpt-4o-latest', 'chatgpt-4o-latest']],
    page: 'https://developers.openai.com/api/docs/models/chatgpt-4o-latest',
  },
  {
    text: 'gpt-4-turbo-2024-04-09',
    expected: [['gpt-4-turbo-2024-04-09', 'gpt-4-turbo']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4-turbo',
  },
  {
    text: 'gpt-4-0125-preview',
    expected: [['gpt-4-0125-preview', 'gpt-4-turbo-preview']],
    page: 'https://developers.openai.com/api/docs/models/gpt-4-turbo-preview',
  },
  { text: 'gpt-4-0613', expected: [['gpt-4-0613', 'gpt-4']], page: 'https://developers.openai.com/api/docs/models/gpt-4' },
  {
    text: 'gpt-3.5-turbo-0125',
    expected: [['gpt-3.5-turbo-0125', 'gpt-3.5-turbo']],
    page: 'https://developers.openai.com/api/docs/models/gpt-3.5-turbo',
  },
  {
    text: 'gpt-3.5-turbo-1106',
    expected: [['gpt-3.5-turbo-1106', 'gpt-3.5-turbo']],
    page: 'https://developers.openai.com/api/docs/models/gpt-3.5-turbo',
  },
  { text: 'o1-2024-12-17', expected: [['o1-2024-12-17', 'o1']], page: 'https://developers.openai.com/api/docs/models/o1' },
  { text: 'o1-pro', expected: [['o1-pro', 'o1-pro']], page: 'https://developers.openai.com/api/docs/models/o1-pro' },
  {
    text: 'o1-preview-2024-09-12',
    expected: [['o1-preview-2024-09-12', 'o1-preview']],
    page: 'https://developers.openai.com/api/docs/models/o1-preview',
  },
  {
    text: 'o3-mini-2025-01-31',
    expected: [['o3-mini-2025-01-31', 'o3-mini']],
    page: 'https://developers.openai.com/api/docs/models/o3-mini',
  },
  {
    text: 'o3-pro-2025-06-10',
    expected: [['o3-pro-2025-06-10', 'o3-pro']],
    page: 'https://developers.openai.com/api/docs/models/o3-pro',
  },
  {
    text: 'o3-deep-research',
    expected: [['o3-deep-research', 'o3-deep-research']],
    page: 'https://developers.openai.com/api/docs/models/o3-deep-research',
  },
  {
    text: 'o4-mini-deep-research-2025-06-26',
    expected: [['o4-mini-deep-research-2025-06-26', 'o4-mini-deep-research']],
    page: 'https://developers.openai.com/api/docs/models/o4-mini-deep-research',
  },
  {
    text: 'o4-mini-2025-04-16',
    expected: [['o4-mini-2025-04-16', 'o4-mini']],
    page: 'https://developers.openai.com/api/docs/models/o4-mini',
  },

  // --- developers.openai.com/codex/models: CLI commands and prose ---
  { text: 'codex -m gpt-5.5', expected: [['gpt-5.5', 'gpt-5.5']], page: 'https://developers.openai.com/codex/models' },
  {
    text: 'codex -m gpt-5.3-codex',
    expected: [['gpt-5.3-codex', 'gpt-5.3-codex']],
    page: 'https://developers.openai.com/codex/models',
  },
  {
    text: 'pairs the coding skill of GPT-5.3-Codex with stronger reasoning',
    expected: [['GPT-5.3-Codex', 'gpt-5.3-codex']],
    page: 'https://developers.openai.com/codex/models',
  },

  // --- other pages that name OpenAI models ---
  {
    text: 'GPT-5.2 vs GPT-5.4 vs GPT-5.4-mini',
    expected: [
      ['GPT-5.2', 'gpt-5.2'],
      ['GPT-5.4', 'gpt-5.4'],
      ['GPT-5.4-mini', 'gpt-5.4-mini'],
    ],
    page: 'https://evolink.ai/blog/gpt-5-2-api-guide-pricing-setup-vs-gpt-5-4',
  },
  {
    text: 'GPT 5.2 Codex model family',
    expected: [['GPT 5.2 Codex', 'gpt-5.2-codex']],
    page: 'https://github.com/numman-ali/opencode-openai-codex-auth/releases/tag/v4.2.0',
  },
  { text: 'GPT 6 Astra', expected: [['GPT 6 Astra', 'gpt-6-astra']], page: 'https://muapi.ai/ko/gpt-6-astra' },
  { text: 'GPT 6.1 Sol', expected: [['GPT 6.1 Sol', 'gpt-6.1-sol']], page: 'https://muapi.ai/ko/gpt-6-astra' },
  {
    text: 'GPT 5.1 Codex Max',
    expected: [['GPT 5.1 Codex Max', 'gpt-5.1-codex-max']],
    page: 'https://vercel.com/ai-gateway/models/gpt-5.1-codex-max/throughput',
  },
  {
    text: 'Supports o3-mini and gpt-4o-mini models',
    expected: [
      ['o3-mini', 'o3-mini'],
      ['gpt-4o-mini', 'gpt-4o-mini'],
    ],
    page: 'https://mcpmarket.com/zh/server/openai',
  },

  // ===== Google =====

  // --- ai.google.dev/gemini-api/docs/models: variant table (display name, then model code) ---
  {
    text: 'Gemini 2.0 Flash-Lite\ngemini-2.0-flash-lite',
    expected: [
      ['Gemini 2.0 Flash-Lite', 'gemini-2.0-flash-lite'],
      ['gemini-2.0-flash-lite', 'gemini-2.0-flash-lite'],
    ],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Gemini 1.5 Flash-8B\ngemini-1.5-flash-8b',
    expected: [
      ['Gemini 1.5 Flash-8B', 'gemini-1.5-flash-8b'],
      ['gemini-1.5-flash-8b', 'gemini-1.5-flash-8b'],
    ],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Gemini 2.5 Flash Preview 04-17\ngemini-2.5-flash-preview-04-17',
    expected: [
      ['Gemini 2.5 Flash Preview 04-17', 'gemini-2.5-flash-preview'],
      ['gemini-2.5-flash-preview-04-17', 'gemini-2.5-flash-preview'],
    ],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Gemini 2.0 Flash\ngemini-2.0-flash',
    expected: [
      ['Gemini 2.0 Flash', 'gemini-2.0-flash'],
      ['gemini-2.0-flash', 'gemini-2.0-flash'],
    ],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Gemini 1.5 Pro',
    expected: [['Gemini 1.5 Pro', 'gemini-1.5-pro']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'gemini-2.5-pro-preview-05-06',
    expected: [['gemini-2.5-pro-preview-05-06', 'gemini-2.5-pro-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'gemini-2.5-flash-lite-preview-09-2025',
    expected: [['gemini-2.5-flash-lite-preview-09-2025', null]],
    page: 'https://ai.google.dev/gemini-api/docs/models/gemini-2.5-flash-lite-preview-09-2025',
  },
  {
    text: 'Gemini 2.5 Flash-Lite Preview 09-2025',
    expected: [['Gemini 2.5 Flash-Lite Preview 09-2025', null]],
    page: 'https://ai.google.dev/gemini-api/docs/models/gemini-2.5-flash-lite-preview-09-2025',
  },
  {
    text: 'gemini-2.5-flash-preview-09-2025',
    expected: [['gemini-2.5-flash-preview-09-2025', null]],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Gemini 2.5 Flash Preview',
    expected: [['Gemini 2.5 Flash Preview', 'gemini-2.5-flash-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'Gemini 2.5 Flash-Lite',
    expected: [['Gemini 2.5 Flash-Lite', 'gemini-2.5-flash-lite']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'Gemini 2.5 Flash\u2013Lite',
    expected: [['Gemini 2.5 Flash\u2013Lite', 'gemini-2.5-flash-lite']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'Gemini 2.0 Flash\u2011Lite',
    expected: [['Gemini 2.0 Flash\u2011Lite', 'gemini-2.0-flash-lite']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'Gemini 3 Pro Preview',
    expected: [['Gemini 3 Pro Preview', 'gemini-3-pro-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'Gemini 3 Flash Preview',
    expected: [['Gemini 3 Flash Preview', 'gemini-3-flash-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'gemini-3-flash-preview',
    expected: [['gemini-3-flash-preview', 'gemini-3-flash-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'gemini-3.1-pro-preview-customtools',
    expected: [['gemini-3.1-pro-preview-customtools', 'gemini-3.1-pro-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'gemini-3.1-flash-lite-preview',
    expected: [['gemini-3.1-flash-lite-preview', 'gemini-3.1-flash-lite-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Gemini 3.1 Flash-Lite Preview',
    expected: [['Gemini 3.1 Flash-Lite Preview', 'gemini-3.1-flash-lite-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'Gemini 3.5 Flash',
    expected: [['Gemini 3.5 Flash', 'gemini-3.5-flash']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'gemini-3.5-flash',
    expected: [['gemini-3.5-flash', 'gemini-3.5-flash']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'gemini-3.6-flash',
    expected: [['gemini-3.6-flash', 'gemini-3.6-flash']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Gemini 3.7 Flash',
    expected: [['Gemini 3.7 Flash', 'gemini-3.7-flash']],
    page: 'https://ai.google.dev/gemini-api/docs/pricing',
  },
  {
    text: 'Gemini 3.5 Flash-Lite and Gemini 3.8 Flash',
    expected: [
      ['Gemini 3.5 Flash-Lite', 'gemini-3.5-flash-lite'],
      ['Gemini 3.8 Flash', 'gemini-3.8-flash'],
    ],
    page: 'https://docs.apiyi.com/en/live/2026-11/gemini-2-5-series-retirement.md',
  },
  {
    text: 'gemini-2.5-pro, gemini-2.5-flash and gemini-2.5-flash-lite no longer work',
    expected: [
      ['gemini-2.5-pro', 'gemini-2.5-pro'],
      ['gemini-2.5-flash', 'gemini-2.5-flash'],
      ['gemini-2.5-flash-lite', 'gemini-2.5-flash-lite'],
    ],
    page: 'https://docs.apiyi.com/en/live/2026-11/gemini-2-5-series-retirement.md',
  },
  {
    text: 'Gemini 2.5 Pro, Flash and Flash-Lite are offline',
    expected: [['Gemini 2.5 Pro', 'gemini-2.5-pro']],
    page: 'https://docs.apiyi.com/en/live/2026-11/gemini-2-5-series-retirement.md',
  },
  {
    text: 'Gemini 4 Argon (gemini-4-argon)',
    expected: [
      ['Gemini 4 Argon', 'gemini-4-argon'],
      ['gemini-4-argon', 'gemini-4-argon'],
    ],
    page: 'https://blog.google/innovation-and-ai/models-and-research/gemini-models/gemini-4-argon/',
  },
  {
    text: 'gemini-3-5-flash-lite',
    expected: [['gemini-3-5-flash-lite', 'gemini-3.5-flash-lite']],
    page: 'https://docs.venice.ai/es/models/gemini-3-5-flash-lite',
  },

  // --- model lists returned by the API (models/ prefix) ---
  {
    text: 'models/gemini-2.5-flash',
    expected: [['gemini-2.5-flash', 'gemini-2.5-flash']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'models/gemini-2.0-flash-lite-preview-02-05',
    expected: [['gemini-2.0-flash-lite-preview-02-05', 'gemini-2.0-flash-lite-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'models/gemini-2.5-pro-preview-03-25',
    expected: [['gemini-2.5-pro-preview-03-25', 'gemini-2.5-pro-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'models/gemini-2.5-flash-lite-preview-06-17',
    expected: [['gemini-2.5-flash-lite-preview-06-17', 'gemini-2.5-flash-lite-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'models/gemini-2.5-flash-preview-05-20',
    expected: [['gemini-2.5-flash-preview-05-20', 'gemini-2.5-flash-preview']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },

  // --- cloud.google.com Vertex AI model versions ---
  {
    text: 'gemini-2.0-flash-001',
    expected: [['gemini-2.0-flash-001', 'gemini-2.0-flash']],
    page: 'https://docs.cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning',
  },
  {
    text: 'gemini-2.0-flash-lite-001 | February 25, 2025 | February 25, 2026',
    expected: [['gemini-2.0-flash-lite-001', 'gemini-2.0-flash-lite']],
    page: 'https://docs.cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning',
  },
  {
    text: 'gemini-1.5-pro-001 is the first stable version of Gemini 1.5 Pro',
    expected: [
      ['gemini-1.5-pro-001', 'gemini-1.5-pro'],
      ['Gemini 1.5 Pro', 'gemini-1.5-pro'],
    ],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning',
  },
  {
    text: 'gemini-1.0-pro-001',
    expected: [['gemini-1.0-pro-001', 'gemini-1.0-pro']],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning',
  },
  {
    text: 'gemini-1.5-pro-002',
    expected: [['gemini-1.5-pro-002', 'gemini-1.5-pro']],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning',
  },
  {
    text: 'gemini-1.5-flash-latest',
    expected: [['gemini-1.5-flash-latest', 'gemini-1.5-flash']],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'gemini-3-pro-preview, then gemini-2.5-pro as fallback',
    expected: [
      ['gemini-3-pro-preview', 'gemini-3-pro-preview'],
      ['gemini-2.5-pro', 'gemini-2.5-pro'],
    ],
    page: 'https://glama.ai/mcp/servers/@kdoooh000h/gemini-daily-mcp-compressed/blob/0628cb97777a84d09b82b6c20449fe2dc36cf91e/MODELS.md',
  },

  // ===== Anthropic =====

  // --- platform.claude.com/docs/en/about-claude/pricing: model column ---
  {
    text: 'Claude Fable 5.1',
    expected: [['Claude Fable 5.1', 'claude-fable-5-1']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Mythos 5.1 (limited availability)',
    expected: [['Claude Mythos 5.1', 'claude-mythos-5-1']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Fable 5',
    expected: [['Claude Fable 5', 'claude-fable-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Mythos 5 (limited availability)',
    expected: [['Claude Mythos 5', 'claude-mythos-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Opus 5',
    expected: [['Claude Opus 5', 'claude-opus-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Opus 4.8',
    expected: [['Claude Opus 4.8', 'claude-opus-4-8']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Opus 4.6',
    expected: [['Claude Opus 4.6', 'claude-opus-4-6']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Opus 4.5',
    expected: [['Claude Opus 4.5', 'claude-opus-4-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Opus 4.1 (retired, except on Bedrock and Google Cloud)',
    expected: [['Claude Opus 4.1', 'claude-opus-4-1']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Opus 4 (retired, except on Google Cloud)',
    expected: [['Claude Opus 4', 'claude-opus-4']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Sonnet 5.5',
    expected: [['Claude Sonnet 5.5', 'claude-sonnet-5-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Haiku 5.5',
    expected: [['Claude Haiku 5.5', 'claude-haiku-5-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Opus 5.5',
    expected: [['Claude Opus 5.5', 'claude-opus-5-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Sonnet 5',
    expected: [['Claude Sonnet 5', 'claude-sonnet-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/pricing',
  },
  {
    text: 'Claude Sonnet 3.7 \u26a0\ufe0f',
    expected: [['Claude Sonnet 3.7', 'claude-3-7-sonnet']],
    page: 'https://platform.claude.com/docs/es/build-with-claude/claude-on-vertex-ai',
  },
  {
    text: 'Claude\u00a0Opus\u00a04.5',
    expected: [['Claude\u00a0Opus\u00a04.5', 'claude-opus-4-5']],
    page: 'https://www.anthropic.com/pricing#api',
  },

  // --- claude.com/pricing: card titles without the "Claude" word ---
  { text: 'Opus 4.5', expected: [['Opus 4.5', 'claude-opus-4-5']], page: 'https://claude.com/pricing#api' },
  { text: 'Sonnet 4.5', expected: [['Sonnet 4.5', 'claude-sonnet-4-5']], page: 'https://claude.com/pricing#api' },
  { text: 'Haiku 4.5', expected: [['Haiku 4.5', 'claude-haiku-4-5']], page: 'https://claude.com/pricing#api' },

  // --- platform.claude.com models overview and model ids pages ---
  {
    text: '| **Claude API ID** | <NextOpusId /> | claude-sonnet-4-6 | claude-haiku-4-5-20251001 |',
    expected: [
      ['claude-sonnet-4-6', 'claude-sonnet-4-6'],
      ['claude-haiku-4-5-20251001', 'claude-haiku-4-5'],
    ],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview.md',
  },
  {
    text: '| **Claude API alias** | <NextOpusId /> | claude-sonnet-4-6 | claude-haiku-4-5 |',
    expected: [
      ['claude-sonnet-4-6', 'claude-sonnet-4-6'],
      ['claude-haiku-4-5', 'claude-haiku-4-5'],
    ],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview.md',
  },
  {
    text: 'claude-opus-4-6 | claude-sonnet-4-5@20250929 | claude-haiku-4-5@20251001',
    expected: [
      ['claude-opus-4-6', 'claude-opus-4-6'],
      ['claude-sonnet-4-5@20250929', 'claude-sonnet-4-5'],
      ['claude-haiku-4-5@20251001', 'claude-haiku-4-5'],
    ],
    page: 'https://platform.claude.com/docs/es/about-claude/models',
  },
  {
    text: 'For example: claude-sonnet-4-6, claude-opus-4-6, and claude-opus-4-7',
    expected: [
      ['claude-sonnet-4-6', 'claude-sonnet-4-6'],
      ['claude-opus-4-6', 'claude-opus-4-6'],
      ['claude-opus-4-7', 'claude-opus-4-7'],
    ],
    page: 'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
  },
  {
    text: 'claude-sonnet-4-5-20250929',
    expected: [['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
  },
  {
    text: 'claude-opus-4-5-20251101',
    expected: [['claude-opus-4-5-20251101', 'claude-opus-4-5']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview',
  },
  {
    text: 'claude-opus-4-1-20250805',
    expected: [['claude-opus-4-1-20250805', 'claude-opus-4-1']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview',
  },
  {
    text: 'claude-3-5-sonnet-latest',
    expected: [['claude-3-5-sonnet-latest', 'claude-3-5-sonnet']],
    page: 'https://platform.claude.com/docs/en/about-claude/model-deprecations',
  },
  {
    text: 'claude-3-5-haiku-latest',
    expected: [['claude-3-5-haiku-latest', 'claude-3-5-haiku']],
    page: 'https://platform.claude.com/docs/en/about-claude/model-deprecations',
  },
  {
    text: 'claude-3-opus-latest',
    expected: [['claude-3-opus-latest', 'claude-3-opus']],
    page: 'https://platform.claude.com/docs/en/about-claude/model-deprecations',
  },
  {
    text: 'claude-opus-4-0',
    expected: [['claude-opus-4-0', 'claude-opus-4']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview',
  },
  {
    text: 'claude-sonnet-4-0',
    expected: [['claude-sonnet-4-0', 'claude-sonnet-4']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview',
  },
  {
    text: 'Claude Mythos Preview (claude-mythos-preview)',
    expected: [
      ['Claude Mythos Preview', 'claude-mythos-preview'],
      ['claude-mythos-preview', 'claude-mythos-preview'],
    ],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview',
  },
  {
    text: 'Claude Sonnet 4.6 balances speed and intelligence',
    expected: [['Claude Sonnet 4.6', 'claude-sonnet-4-6']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview',
  },
  {
    text: 'Claude Opus 4.7',
    expected: [['Claude Opus 4.7', 'claude-opus-4-7']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/overview',
  },

  // --- Vertex AI partner-model pages: "For <name>, use <id>" and name | id tables ---
  {
    text: 'For Claude 3.7 Sonnet, use claude-3-7-sonnet@20250219',
    expected: [
      ['Claude 3.7 Sonnet', 'claude-3-7-sonnet'],
      ['claude-3-7-sonnet@20250219', 'claude-3-7-sonnet'],
    ],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },
  {
    text: 'For Claude 3.5 Sonnet v2, use claude-3-5-sonnet-v2@20241022',
    expected: [
      ['Claude 3.5 Sonnet v2', 'claude-3-5-sonnet'],
      ['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet'],
    ],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },
  {
    text: 'For Claude Haiku 4.5, use claude-haiku-4-5@20251001',
    expected: [
      ['Claude Haiku 4.5', 'claude-haiku-4-5'],
      ['claude-haiku-4-5@20251001', 'claude-haiku-4-5'],
    ],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },
  {
    text: 'For Claude 3.5 Haiku, use claude-3-5-haiku@20241022',
    expected: [
      ['Claude 3.5 Haiku', 'claude-3-5-haiku'],
      ['claude-3-5-haiku@20241022', 'claude-3-5-haiku'],
    ],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },
  {
    text: 'For Claude 3 Opus, use claude-3-opus@20240229',
    expected: [
      ['Claude 3 Opus', 'claude-3-opus'],
      ['claude-3-opus@20240229', 'claude-3-opus'],
    ],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },
  {
    text: 'For Claude 3 Haiku, use claude-3-haiku@20240307',
    expected: [
      ['Claude 3 Haiku', 'claude-3-haiku'],
      ['claude-3-haiku@20240307', 'claude-3-haiku'],
    ],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },
  {
    text: 'Claude Opus 3 (Public Preview) | claude-3-opus@20240229',
    expected: [
      ['Claude Opus 3', 'claude-3-opus'],
      ['claude-3-opus@20240229', 'claude-3-opus'],
    ],
    page: 'https://docs.anthropic.com/en/api/claude-on-vertex-ai',
  },
  {
    text: 'Claude Sonnet 3 | claude-3-sonnet@20240229',
    expected: [
      ['Claude Sonnet 3', 'claude-3-sonnet'],
      ['claude-3-sonnet@20240229', 'claude-3-sonnet'],
    ],
    page: 'https://docs.anthropic.com/en/api/claude-on-vertex-ai',
  },
  {
    text: 'Claude Sonnet 3.5 | claude-3-5-sonnet-v2@20241022',
    expected: [
      ['Claude Sonnet 3.5', 'claude-3-5-sonnet'],
      ['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet'],
    ],
    page: 'https://docs.anthropic.com/en/api/claude-on-vertex-ai',
  },
  {
    text: 'claude-opus-4-1@20250805',
    expected: [['claude-opus-4-1@20250805', 'claude-opus-4-1']],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },
  {
    text: 'claude-sonnet-4@20250514',
    expected: [['claude-sonnet-4@20250514', 'claude-sonnet-4']],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/claude/use-claude',
  },

  // --- other pages that name Claude models ---
  {
    text: 'Use Claude 4.6 Opus, Sonnet, and Claude 4.5 Haiku',
    expected: [
      ['Claude 4.6 Opus', 'claude-opus-4-6'],
      ['Claude 4.5 Haiku', 'claude-haiku-4-5'],
    ],
    page: 'https://docs.orq.ai/docs/integrations/providers/anthropic.md',
  },
  {
    text: 'Claude models (Claude 4.5 Opus, Sonnet, Haiku)',
    expected: [['Claude 4.5 Opus', 'claude-opus-4-5']],
    page: 'https://docs.orq.ai/docs/integrations/providers/anthropic',
  },
  {
    text: 'claude-haiku-5-5 and claude-haiku-5-5[1m] are added',
    expected: [
      ['claude-haiku-5-5', 'claude-haiku-5-5'],
      ['claude-haiku-5-5', 'claude-haiku-5-5'],
    ],
    page: 'https://github.com/kurofune/claudit/releases/tag/v1.9.2',
  },
  {
    text: 'anthropic-vertex/claude-fable-5',
    expected: [['claude-fable-5', 'claude-fable-5']],
    page: 'https://docs.openclaw.ai/hi/plugins/reference/anthropic-vertex.md',
  },
  {
    text: 'vtrix-claude-opus-4.5',
    expected: [['claude-opus-4.5', 'claude-opus-4-5']],
    page: 'https://doc.vtrix.ai/docs/zh-cn/api/anthropic/claude-opus-4-5',
  },

  // ===== xAI =====

  // --- docs.x.ai/developers/models: ids, aliases and display names ---
  {
    text: 'grok-4-1-fast-reasoning',
    expected: [['grok-4-1-fast-reasoning', 'grok-4-1-fast-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'grok-4-1-fast-non-reasoning',
    expected: [['grok-4-1-fast-non-reasoning', 'grok-4-1-fast-non-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'grok-4-1-fast-non-reasoning-latest',
    expected: [['grok-4-1-fast-non-reasoning-latest', 'grok-4-1-fast-non-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'grok-4-1-fast',
    expected: [['grok-4-1-fast', 'grok-4-1-fast-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'Grok 4.1 Fast (Non-Reasoning)',
    expected: [['Grok 4.1 Fast (Non-Reasoning)', 'grok-4-1-fast-non-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'Grok 4.1 Fast (Reasoning)',
    expected: [['Grok 4.1 Fast (Reasoning)', 'grok-4-1-fast-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'Grok 4 Fast (Reasoning)',
    expected: [['Grok 4 Fast (Reasoning)', 'grok-4-fast-reasoning']],
    page: 'https://docs.x.ai/docs/models',
  },
  {
    text: 'Grok 4 Fast (Non-Reasoning)',
    expected: [['Grok 4 Fast (Non-Reasoning)', 'grok-4-fast-non-reasoning']],
    page: 'https://docs.x.ai/docs/models',
  },
  { text: 'grok-4-0709', expected: [['grok-4-0709', 'grok-4']], page: 'https://docs.x.ai/docs/models' },
  { text: 'grok-code-fast-1', expected: [['grok-code-fast-1', 'grok-code-fast-1']], page: 'https://docs.x.ai/docs/models' },
  { text: 'Grok Code Fast 1', expected: [['Grok Code Fast 1', 'grok-code-fast-1']], page: 'https://docs.x.ai/docs/models' },
  {
    text: 'grok-code-fast-1, grok-code-fast, and grok-code-fast-1-0825',
    expected: [
      ['grok-code-fast-1', 'grok-code-fast-1'],
      ['grok-code-fast', 'grok-code-fast-1'],
      ['grok-code-fast-1-0825', 'grok-code-fast-1'],
    ],
    page: 'https://creeta.com/news/llm/grok-build-0-1-model-spec-pricing-2026',
  },
  {
    text: 'grok-4.20-0309-reasoning',
    expected: [['grok-4.20-0309-reasoning', 'grok-4.20']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'grok-4.20-0309-non-reasoning',
    expected: [['grok-4.20-0309-non-reasoning', 'grok-4.20-non-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'grok-4.20-multi-agent-0309',
    expected: [['grok-4.20-multi-agent-0309', 'grok-4.20-multi-agent']],
    page: 'https://docs.x.ai/developers/models/grok-4.20-multi-agent-0309',
  },
  {
    text: 'grok-4.20-multi-agent-beta-0309',
    expected: [['grok-4.20-multi-agent-beta-0309', 'grok-4.20-multi-agent']],
    page: 'https://docs.x.ai/developers/models/grok-4.20-multi-agent-0309',
  },
  {
    text: 'grok-4.20-beta-0309-reasoning',
    expected: [['grok-4.20-beta-0309-reasoning', 'grok-4.20']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'Grok 4.20 Multi-Agent',
    expected: [['Grok 4.20 Multi-Agent', 'grok-4.20-multi-agent']],
    page: 'https://docs.x.ai/developers/models',
  },
  {
    text: 'Grok 4.20 (Non-Reasoning)',
    expected: [['Grok 4.20 (Non-Reasoning)', 'grok-4.20-non-reasoning']],
    page: 'https://docs.x.ai/developers/models',
  },
  { text: 'Grok 4.20', expected: [['Grok 4.20', 'grok-4.20']], page: 'https://docs.x.ai/developers/models' },
  { text: 'grok-4.3', expected: [['grok-4.3', 'grok-4.3']], page: 'https://docs.x.ai/developers/models' },
  { text: 'grok-4.3-latest', expected: [['grok-4.3-latest', 'grok-4.3']], page: 'https://docs.x.ai/developers/models' },
  {
    text: 'grok-build-0.1',
    expected: [['grok-build-0.1', 'grok-build-0.1']],
    page: 'https://docs.x.ai/developers/models/grok-build-0.1',
  },
  { text: 'Grok 4.5', expected: [['Grok 4.5', 'grok-4.5']], page: 'https://docs.x.ai/developers/models' },
  { text: 'grok-4.6', expected: [['grok-4.6', 'grok-4.6']], page: 'https://docs.x.ai/developers/models' },
  { text: 'Grok 4.7', expected: [['Grok 4.7', 'grok-4.7']], page: 'https://docs.x.ai/developers/models' },
  { text: 'grok-3-mini', expected: [['grok-3-mini', 'grok-3-mini']], page: 'https://docs.x.ai/docs/models' },
  { text: 'grok-3-fast-beta', expected: [['grok-3-fast-beta', 'grok-3-fast']], page: 'https://docs.x.ai/docs/models' },
  {
    text: 'grok-3-mini-fast-latest',
    expected: [['grok-3-mini-fast-latest', 'grok-3-mini-fast']],
    page: 'https://docs.x.ai/docs/models',
  },
  { text: 'grok-2-1212', expected: [['grok-2-1212', 'grok-2']], page: 'https://docs.x.ai/docs/models' },
  {
    text: 'xai/grok-4.3 and xai/grok-4.20-multi-agent',
    expected: [
      ['grok-4.3', 'grok-4.3'],
      ['grok-4.20-multi-agent', 'grok-4.20-multi-agent'],
    ],
    page: 'https://llmtr.com/docs/en/gateway/xai-grok/',
  },

  // ===== DeepSeek =====

  // --- api-docs.deepseek.com pricing and news ---
  {
    text: 'deepseek-chat',
    expected: [['deepseek-chat', 'deepseek-chat']],
    page: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  {
    text: 'deepseek-reasoner',
    expected: [['deepseek-reasoner', 'deepseek-reasoner']],
    page: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  {
    text: 'deepseek-v4-flash',
    expected: [['deepseek-v4-flash', 'deepseek-v4-flash']],
    page: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  {
    text: 'deepseek-v4-pro',
    expected: [['deepseek-v4-pro', 'deepseek-v4-pro']],
    page: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  {
    text: 'MODEL deepseek-v4-flash(1)deepseek-v4-pro',
    expected: [
      ['deepseek-v4-flash', 'deepseek-v4-flash'],
      ['deepseek-v4-pro', 'deepseek-v4-pro'],
    ],
    page: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  {
    text: 'DeepSeek-V4-Flash',
    expected: [['DeepSeek-V4-Flash', 'deepseek-v4-flash']],
    page: 'https://api-docs.deepseek.com/news/news260424',
  },
  {
    text: 'DeepSeek-V4-Pro',
    expected: [['DeepSeek-V4-Pro', 'deepseek-v4-pro']],
    page: 'https://api-docs.deepseek.com/news/news260424',
  },
  {
    text: 'DeepSeek V4 Flash',
    expected: [['DeepSeek V4 Flash', 'deepseek-v4-flash']],
    page: 'https://api-docs.deepseek.com/news/news260813',
  },
  {
    text: 'DeepSeek-V4.1-Flash',
    expected: [['DeepSeek-V4.1-Flash', 'deepseek-flash']],
    page: 'https://api-docs.deepseek.com/news/news260910',
  },
  {
    text: 'deepseek-flash',
    expected: [['deepseek-flash', 'deepseek-flash']],
    page: 'https://api-docs.deepseek.com/news/news260910',
  },
  {
    text: 'deepseek-chat maps to DeepSeek-V4-Flash in non-thinking mode',
    expected: [
      ['deepseek-chat', 'deepseek-chat'],
      ['DeepSeek-V4-Flash', 'deepseek-v4-flash'],
    ],
    page: 'https://api-docs.deepseek.com/news/news260424',
  },
  {
    text: 'deepseek-chat and deepseek-reasoner stay as legacy aliases',
    expected: [
      ['deepseek-chat', 'deepseek-chat'],
      ['deepseek-reasoner', 'deepseek-reasoner'],
    ],
    page: 'https://api-docs.deepseek.com/news/news260424',
  },
  {
    text: 'Reasoning Model (deepseek-reasoner)',
    expected: [['deepseek-reasoner', 'deepseek-reasoner']],
    page: 'https://api-docs.deepseek.com/guides/reasoning_model',
  },
  {
    text: 'deepseek-chat corresponds to DeepSeek-V3',
    expected: [
      ['deepseek-chat', 'deepseek-chat'],
      ['DeepSeek-V3', null],
    ],
    page: 'https://api-docs.deepseek.com/quick_start/pricing',
  },
  {
    text: 'deepseek-ai/DeepSeek-V4-Flash-0731',
    expected: [['DeepSeek-V4-Flash-0731', 'deepseek-v4-flash']],
    page: 'https://huggingface.co/xinghanxu/collections',
  },

  // ===== Mistral =====

  // --- docs.mistral.ai models overview: name, API endpoint ---
  {
    text: 'Mistral Medium 3.1 | mistral-medium-2508 | 25.08',
    expected: [
      ['Mistral Medium 3.1', 'mistral-medium-2508'],
      ['mistral-medium-2508', 'mistral-medium-2508'],
    ],
    page: 'https://docs.mistral.ai/guides/model-selection',
  },
  {
    text: 'Magistral Medium 1.2 | magistral-medium-2509 | 25.09',
    expected: [
      ['Magistral Medium 1.2', 'magistral-medium-2509'],
      ['magistral-medium-2509', 'magistral-medium-2509'],
    ],
    page: 'https://docs.mistral.ai/guides/model-selection',
  },
  {
    text: 'Codestral 2508 | codestral-2508',
    expected: [
      ['Codestral 2508', 'codestral-2508'],
      ['codestral-2508', 'codestral-2508'],
    ],
    page: 'https://docs.mistral.ai/guides/model-selection',
  },
  {
    text: 'devstral-medium-2507',
    expected: [['devstral-medium-2507', 'devstral-medium-2507']],
    page: 'https://docs.mistral.ai/guides/model-selection',
  },
  {
    text: 'Devstral Medium 1.0',
    expected: [['Devstral Medium 1.0', 'devstral-medium-2507']],
    page: 'https://docs.mistral.ai/models/devstral-medium-1-0',
  },
  { text: 'Devstral 2', expected: [['Devstral 2', 'devstral-2512']], page: 'https://docs.mistral.ai/models/devstral-2' },
  { text: 'devstral-2512', expected: [['devstral-2512', 'devstral-2512']], page: 'https://docs.mistral.ai/models/devstral-2' },
  {
    text: 'mistral/devstral-medium-latest',
    expected: [['devstral-medium-latest', 'devstral-2512']],
    page: 'https://mastra.ai/models/providers/mistral',
  },
  {
    text: 'mistral/labs-devstral-small-2512',
    expected: [['labs-devstral-small-2512', 'labs-devstral-small-2512']],
    page: 'https://mastra.ai/models/providers/mistral',
  },
  {
    text: 'mistral-large-latest',
    expected: [['mistral-large-latest', 'mistral-large-2512']],
    page: 'https://mistral.ai/pricing#api-pricing',
  },
  {
    text: 'mistral-small-latest',
    expected: [['mistral-small-latest', 'mistral-small-2603']],
    page: 'https://mistral.ai/pricing#api-pricing',
  },
  {
    text: 'Mistral Medium 3.5',
    expected: [['Mistral Medium 3.5', 'mistral-medium-3-5']],
    page: 'https://mistral.ai/pricing#api-pricing',
  },
  {
    text: 'Mistral Small 3.2',
    expected: [['Mistral Small 3.2', 'mistral-small-2506']],
    page: 'https://docs.mistral.ai/models/mistral-small-3-2',
  },
  {
    text: 'magistral-small-2509',
    expected: [['magistral-small-2509', 'magistral-small-2509']],
    page: 'https://docs.mistral.ai/models/magistral-small-1-2',
  },
  {
    text: 'Magistral Small 1.1',
    expected: [['Magistral Small 1.1', 'magistral-small-2507']],
    page: 'https://docs.mistral.ai/models/magistral-small-1-1',
  },
  {
    text: 'Ministral 3 8B',
    expected: [['Ministral 3 8B', 'ministral-8b-2512']],
    page: 'https://docs.mistral.ai/models/ministral-3-8b',
  },
  {
    text: 'Ministral 8B',
    expected: [['Ministral 8B', 'ministral-8b-2410']],
    page: 'https://docs.mistral.ai/models/ministral-8b',
  },
  {
    text: 'Ministral 3 3B',
    expected: [['Ministral 3 3B', 'ministral-3b-2512']],
    page: 'https://docs.mistral.ai/models/ministral-3-3b',
  },
  {
    text: 'Ministral 3B',
    expected: [['Ministral 3B', 'ministral-3b-2410']],
    page: 'https://docs.mistral.ai/models/ministral-3b',
  },
  {
    text: 'mistral/ministral-8b-latest',
    expected: [['ministral-8b-latest', 'ministral-8b-2512']],
    page: 'https://mastra.ai/models/providers/mistral',
  },
  {
    text: 'mistral/pixtral-large-latest',
    expected: [['pixtral-large-latest', 'pixtral-large-2411']],
    page: 'https://mastra.ai/en/models/providers/mistral',
  },
  {
    text: 'mistral/pixtral-12b',
    expected: [['pixtral-12b', 'pixtral-12b-2409']],
    page: 'https://mastra.ai/en/models/providers/mistral',
  },
  {
    text: 'mistral/open-mixtral-8x22b',
    expected: [['open-mixtral-8x22b', 'open-mixtral-8x22b']],
    page: 'https://mastra.ai/en/models/providers/mistral',
  },
  {
    text: 'mistral/codestral-latest',
    expected: [['codestral-latest', 'codestral-2508']],
    page: 'https://mastra.ai/models/providers/mistral',
  },
  {
    text: 'mistral-saba-latest',
    expected: [['mistral-saba-latest', 'mistral-saba-2502']],
    page: 'https://docs.mistral.ai/models/mistral-saba',
  },
  {
    text: 'open-mistral-nemo-2407',
    expected: [['open-mistral-nemo-2407', 'open-mistral-nemo']],
    page: 'https://docs.mistral.ai/models/mistral-nemo-12b',
  },
  {
    text: 'Model ID mistral-medium-3',
    expected: [['mistral-medium-3', 'mistral-medium-2505']],
    page: 'https://cloud.google.com/vertex-ai/generative-ai/docs/partner-models/mistral/mistral-medium-3',
  },

  // --- docs.mistral.ai 2024-02-26 release note: endpoint renames ("aka") ---
  {
    text: 'open-mistral-7b (aka mistral-tiny-2312)',
    expected: [
      ['open-mistral-7b', 'open-mistral-7b'],
      ['mistral-tiny-2312', 'open-mistral-7b'],
    ],
    page: 'https://docs.mistral.ai/resources/release-note/2024-02-26-mistral-large-and-mistral-small-api-endpoints',
  },
  {
    text: 'open-mixtral-8x7B (aka mistral-small-2312)',
    expected: [
      ['open-mixtral-8x7B', 'open-mixtral-8x7b'],
      ['mistral-small-2312', null],
    ],
    page: 'https://docs.mistral.ai/resources/release-note/2024-02-26-mistral-large-and-mistral-small-api-endpoints',
  },
  {
    text: 'mistral-large-latest (aka mistral-large-2402)',
    expected: [
      ['mistral-large-latest', 'mistral-large-2512'],
      ['mistral-large-2402', null],
    ],
    page: 'https://docs.mistral.ai/resources/release-note/2024-02-26-mistral-large-and-mistral-small-api-endpoints',
  },
  {
    text: 'Mistral Large 2 (version mistral-large-2407)',
    expected: [
      ['Mistral Large 2', 'mistral-large-2407'],
      ['mistral-large-2407', 'mistral-large-2407'],
    ],
    page: 'https://openrouter.ai/models/mistralai/mistral-large/status',
  },

  // ===== Resellers: OpenRouter, Vercel, Azure, Bedrock, Vertex, OCI =====

  // --- Amazon Bedrock model ids and cross-Region inference profiles ---
  {
    text: 'us.anthropic.claude-sonnet-4-5-20250929-v1:0',
    expected: [['claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
  },
  {
    text: 'anthropic.claude-opus-4-6-v1',
    expected: [['claude-opus-4-6-v1', 'claude-opus-4-6']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
  },
  {
    text: 'anthropic.claude-sonnet-4-6',
    expected: [['claude-sonnet-4-6', 'claude-sonnet-4-6']],
    page: 'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
  },
  {
    text: 'global.anthropic.claude-opus-4-7',
    expected: [['claude-opus-4-7', 'claude-opus-4-7']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html',
  },
  {
    text: 'anthropic.claude-opus-4-6-v1:0 | anthropic.claude-sonnet-4-5-20250929-v1:0 | anthropic.claude-haiku-4-5-20251001-v1:0',
    expected: [
      ['claude-opus-4-6-v1:0', 'claude-opus-4-6'],
      ['claude-sonnet-4-5-20250929-v1:0', 'claude-sonnet-4-5'],
      ['claude-haiku-4-5-20251001-v1:0', 'claude-haiku-4-5'],
    ],
    page: 'https://platform.claude.com/docs/es/about-claude/models',
  },
  {
    text: 'us.anthropic.claude-3-haiku-20240307-v1:0',
    expected: [['claude-3-haiku-20240307-v1:0', 'claude-3-haiku']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html',
  },
  {
    text: 'eu.anthropic.claude-3-7-sonnet-20250219-v1:0',
    expected: [['claude-3-7-sonnet-20250219-v1:0', 'claude-3-7-sonnet']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html',
  },
  {
    text: 'apac.anthropic.claude-sonnet-4-20250514-v1:0',
    expected: [['claude-sonnet-4-20250514-v1:0', 'claude-sonnet-4']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html',
  },
  {
    text: 'anthropic.claude-3-5-sonnet-20241022-v2:0',
    expected: [['claude-3-5-sonnet-20241022-v2:0', 'claude-3-5-sonnet']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
  },
  {
    text: 'anthropic.claude-3-haiku-20240307-v1:0:200k',
    expected: [['claude-3-haiku-20240307-v1:0', 'claude-3-haiku']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-fine-tuning.html',
  },
  {
    text: 'amazon.nova-pro-v1:0:300k',
    expected: [['nova-pro-v1:0', 'nova-pro']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-fine-tuning.html',
  },
  {
    text: 'amazon.nova-2-lite-v1:0:256k',
    expected: [['nova-2-lite-v1:0', 'nova-2-lite']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-fine-tuning.html',
  },
  {
    text: 'us.amazon.nova-premier-v1:0',
    expected: [['nova-premier-v1:0', 'nova-premier']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/inference-profiles-support.html',
  },
  {
    text: 'amazon.nova-micro-v1:0',
    expected: [['nova-micro-v1:0', 'nova-micro']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
  },
  {
    text: 'cohere.command-r-plus-v1:0',
    expected: [['command-r-plus-v1:0', 'command-r-plus']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
  },
  {
    text: 'mistral.mistral-large-2407-v1:0',
    expected: [['mistral-large-2407-v1:0', 'mistral-large-2407']],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
  },
  {
    text: 'claude-opus-4-6, claude-sonnet-4-6, claude-haiku-4-5',
    expected: [
      ['claude-opus-4-6', 'claude-opus-4-6'],
      ['claude-sonnet-4-6', 'claude-sonnet-4-6'],
      ['claude-haiku-4-5', 'claude-haiku-4-5'],
    ],
    page: 'https://docs.aws.amazon.com/claude-platform/latest/userguide/models.html',
  },

  // --- Vertex AI endpoint paths ---
  {
    text: 'claude-3-5-sonnet-v2@20241022',
    expected: [['claude-3-5-sonnet-v2@20241022', 'claude-3-5-sonnet']],
    page: 'https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai',
  },
  {
    text: 'publishers/google/models/gemini-4-argon:generateContent',
    expected: [['gemini-4-argon', 'gemini-4-argon']],
    page: 'https://documentation.s3ns.fr/gemini-enterprise-agent-platform/models/start/get-started-with-gemini-4?hl=zh-cn',
  },

  // --- OpenRouter and other gateways: vendor/slug forms and titles ---
  {
    text: 'openai/gpt-5.1-codex-max',
    expected: [['gpt-5.1-codex-max', 'gpt-5.1-codex-max']],
    page: 'https://vercel.com/ai-gateway/models/gpt-5.1-codex-max/throughput',
  },
  {
    text: 'openai/gpt-6-astra',
    expected: [['gpt-6-astra', 'gpt-6-astra']],
    page: 'https://vercel.com/ai-gateway/models/gpt-6-astra.md',
  },
  {
    text: 'openai-gpt-6-astra',
    expected: [['gpt-6-astra', 'gpt-6-astra']],
    page: 'https://docs.venice.ai/es/models/gpt-6-astra',
  },
  {
    text: 'OpenAI: o4 Mini Deep Research\nopenai/o4-mini-deep-research',
    expected: [
      ['o4 Mini Deep Research', 'o4-mini-deep-research'],
      ['o4-mini-deep-research', 'o4-mini-deep-research'],
    ],
    page: 'https://openrouter.ai/openai/o4-mini-deep-research',
  },
  {
    text: 'xAI: Grok 4 Fast (nitro)\nx-ai/grok-4-fast:nitro',
    expected: [
      ['Grok 4 Fast', 'grok-4-fast-reasoning'],
      ['grok-4-fast', 'grok-4-fast-reasoning'],
    ],
    page: 'https://openrouter.ai/x-ai/grok-4-fast:nitro/api',
  },
  {
    text: 'x-ai/grok-4-1-fast',
    expected: [['grok-4-1-fast', 'grok-4-1-fast-reasoning']],
    page: 'https://developer.puter.com/ai/x-ai',
  },
  {
    text: 'anthropic/claude-sonnet-4.5',
    expected: [['claude-sonnet-4.5', 'claude-sonnet-4-5']],
    page: 'https://routerai.ru/models/anthropic/claude-sonnet-4.5',
  },
  {
    text: 'aws/anthropic/claude-sonnet-4-5-20250929 and google/anthropic/claude-opus-4-5-20251101',
    expected: [
      ['claude-sonnet-4-5-20250929', 'claude-sonnet-4-5'],
      ['claude-opus-4-5-20251101', 'claude-opus-4-5'],
    ],
    page: 'https://docs.orq.ai/docs/proxy/providers/anthropic/overview',
  },
  {
    text: 'google/gemini-3.1-flash-lite-preview',
    expected: [['gemini-3.1-flash-lite-preview', 'gemini-3.1-flash-lite-preview']],
    page: 'https://www.testkey.ai/en/model-key-routes/gemini-3-1-flash-lite-preview-callable-models',
  },
  {
    text: 'google/gemini-3.1-flash-lite-preview-20260303',
    expected: [['gemini-3.1-flash-lite-preview-20260303', 'gemini-3.1-flash-lite-preview']],
    page: 'https://git.secluded.site/fantasy-mirror/blob/ee77281d17c458af3a7bc9c845be6960a753ba0a/providertests/testdata/TestOpenRouterCommon/gemini/simple_streaming.yaml',
  },
  {
    text: 'deepseek/deepseek-v4-pro',
    expected: [['deepseek-v4-pro', 'deepseek-v4-pro']],
    page: 'https://ourtoken.ai/hi-IN/models/deepseek/deepseek-v4-pro',
  },
  {
    text: 'Mistral: Devstral Small 2505 (free)\nmistralai/devstral-small-2505:free',
    expected: [
      ['Devstral Small 2505', 'devstral-small-2505'],
      ['devstral-small-2505', 'devstral-small-2505'],
    ],
    page: 'https://openrouter.ai/models/mistralai/devstral-small-2505:free',
  },
  {
    text: 'minimax/minimax-m2.7-highspeed',
    expected: [['minimax-m2.7-highspeed', 'minimax-m2.7-highspeed']],
    page: 'https://vercel.com/ai-gateway/models/minimax-m2.7-highspeed.md',
  },
  {
    text: 'zai/glm-4.5-air',
    expected: [['glm-4.5-air', 'glm-4.5-air']],
    page: 'https://vercel.com/ai-gateway/models/glm-4.5-air/playground',
  },

  // --- Azure / Microsoft Foundry model tables ---
  {
    text: '`gpt-5.4-mini`, `gpt-5.4-nano`, `gpt-5.4`, `gpt-5.4-pro`',
    expected: [
      ['gpt-5.4-mini', 'gpt-5.4-mini'],
      ['gpt-5.4-nano', 'gpt-5.4-nano'],
      ['gpt-5.4', 'gpt-5.4'],
      ['gpt-5.4-pro', 'gpt-5.4-pro'],
    ],
    page: 'https://learn.microsoft.com/azure/foundry/foundry-models/concepts/models-sold-directly-by-azure',
  },
  {
    text: '`gpt-5.2-codex`, `gpt-5.2`, `gpt-5.2-chat` **Preview**',
    expected: [
      ['gpt-5.2-codex', 'gpt-5.2-codex'],
      ['gpt-5.2', 'gpt-5.2'],
      ['gpt-5.2-chat', 'gpt-5.2-chat'],
    ],
    page: 'https://learn.microsoft.com/azure/foundry/foundry-models/concepts/models-sold-directly-by-azure',
  },
  {
    text: 'GPT-5.5 series',
    expected: [['GPT-5.5', 'gpt-5.5']],
    page: 'https://learn.microsoft.com/azure/foundry/foundry-models/concepts/models-sold-directly-by-azure',
  },
  {
    text: '`claude-opus-4-6` (Preview)',
    expected: [['claude-opus-4-6', 'claude-opus-4-6']],
    page: 'https://learn.microsoft.com/azure/foundry/foundry-models/concepts/models-from-partners',
  },

  // --- Oracle OCI Generative AI model names ---
  {
    text: 'xai.grok-4-fast-reasoning',
    expected: [['grok-4-fast-reasoning', 'grok-4-fast-reasoning']],
    page: 'https://docs.oracle.com/es-ww/iaas/Content/generative-ai/xai-grok-4-fast.htm',
  },
  {
    text: 'xai.grok-4.1-fast-reasoning',
    expected: [['grok-4.1-fast-reasoning', 'grok-4-1-fast-reasoning']],
    page: 'https://docs.oracle.com/pt-br/iaas/Content/generative-ai/xai-grok-4-1-fast.htm',
  },
  {
    text: 'cohere.command-a-reasoning',
    expected: [['command-a-reasoning', 'command-a-reasoning']],
    page: 'https://docs.oracle.com/ja-jp/iaas/Content/generative-ai/cohere-command-a-reasoning-08-2025.htm',
  },

  // ===== Qwen, Kimi, GLM, MiniMax, Amazon Nova, Cohere =====

  // --- Alibaba Cloud Model Studio ---
  {
    text: 'Qwen3-Max',
    expected: [['Qwen3-Max', 'qwen3-max']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/model-pricing',
  },
  {
    text: 'qwen3-max-2025-09-23',
    expected: [['qwen3-max-2025-09-23', 'qwen3-max']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/models',
  },
  {
    text: 'qwen-max-2025-01-25',
    expected: [['qwen-max-2025-01-25', 'qwen-max']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/models',
  },
  {
    text: 'qwen-plus-latest',
    expected: [['qwen-plus-latest', 'qwen-plus']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/models',
  },
  {
    text: 'qwen-flash',
    expected: [['qwen-flash', 'qwen-flash']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/model-pricing',
  },
  {
    text: 'qwen3.5-plus',
    expected: [['qwen3.5-plus', 'qwen3.5-plus']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/models',
  },
  { text: 'qwen3.6-plus', expected: [['qwen3.6-plus', 'qwen3.6-plus']], page: 'https://docs.laozhang.ai/en/models.md' },
  {
    text: 'Qwen3.7 Plus',
    expected: [['Qwen3.7 Plus', 'qwen3.7-plus']],
    page: 'https://github.com/Kilo-Org/cloud/pull/3655/files',
  },
  {
    text: 'qwen3.7-max',
    expected: [['qwen3.7-max', 'qwen3.7-max']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/models',
  },
  {
    text: 'Qwen3-Coder-Plus',
    expected: [['Qwen3-Coder-Plus', 'qwen3-coder-plus']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/model-pricing',
  },
  {
    text: 'qwen3-coder-flash-2025-07-28',
    expected: [['qwen3-coder-flash-2025-07-28', 'qwen3-coder-flash']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/models',
  },
  {
    text: 'QwQ-Plus',
    expected: [['QwQ-Plus', 'qwq-plus']],
    page: 'https://www.alibabacloud.com/help/en/model-studio/model-pricing',
  },
  {
    text: 'qwen3-max - Qwen 3 Max',
    expected: [
      ['qwen3-max', 'qwen3-max'],
      ['Qwen 3 Max', 'qwen3-max'],
    ],
    page: 'https://docs.openclaw.ai/providers/modelstudio',
  },

  // --- Moonshot / Kimi platform ---
  {
    text: 'Kimi K2 Thinking',
    expected: [['Kimi K2 Thinking', 'kimi-k2-thinking']],
    page: 'https://platform.moonshot.ai/docs/pricing/chat',
  },
  {
    text: 'kimi-k2-thinking-turbo',
    expected: [['kimi-k2-thinking-turbo', 'kimi-k2-thinking-turbo']],
    page: 'https://platform.moonshot.ai/docs/pricing/chat',
  },
  {
    text: 'kimi-k2-turbo-preview',
    expected: [['kimi-k2-turbo-preview', 'kimi-k2-turbo-preview']],
    page: 'https://platform.moonshot.ai/docs/pricing/chat',
  },
  {
    text: 'kimi-k2-0905-preview',
    expected: [['kimi-k2-0905-preview', 'kimi-k2-0905-preview']],
    page: 'https://platform.moonshot.ai/docs/pricing/chat',
  },
  {
    text: 'Kimi K2.6 (multimodal), Kimi K2.5, and the Moonshot V1 family',
    expected: [
      ['Kimi K2.6', 'kimi-k2.6'],
      ['Kimi K2.5', 'kimi-k2.5'],
    ],
    page: 'https://apify.com/jungle_synthesizer/moonshot-kimi-api-pricing-catalog-scraper',
  },
  {
    text: 'kimi-k2.7-code for coding, kimi-k2.7-code-highspeed for faster coding',
    expected: [
      ['kimi-k2.7-code', 'kimi-k2.7-code'],
      ['kimi-k2.7-code-highspeed', 'kimi-k2.7-code-highspeed'],
    ],
    page: 'https://platform.kimi.ai/docs/pricing/chat-k27-code',
  },
  { text: 'kimi-k3', expected: [['kimi-k3', 'kimi-k3']], page: 'https://platform.kimi.ai/docs/pricing/chat-k3' },
  { text: 'moonshotai/Kimi-K3', expected: [['Kimi-K3', 'kimi-k3']], page: 'https://huggingface.co/xinghanxu/collections' },
  {
    text: 'moonshot-v1-128k',
    expected: [['moonshot-v1-128k', 'moonshot-v1-128k']],
    page: 'https://platform.kimi.ai/docs/pricing/chat-v1',
  },
  {
    text: 'moonshot/kimi-k2.5',
    expected: [['kimi-k2.5', 'kimi-k2.5']],
    page: 'https://docs.openclaw.ai/providers/moonshot/index.html',
  },

  // --- Z.ai (GLM) pricing ---
  { text: 'GLM-4.7', expected: [['GLM-4.7', 'glm-4.7']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'GLM-4.7-FlashX', expected: [['GLM-4.7-FlashX', 'glm-4.7-flashx']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'GLM-4.7-Flash', expected: [['GLM-4.7-Flash', 'glm-4.7-flash']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'GLM-4.5-AirX', expected: [['GLM-4.5-AirX', 'glm-4.5-airx']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'GLM-4.5-Air', expected: [['GLM-4.5-Air', 'glm-4.5-air']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'GLM-4.5-X', expected: [['GLM-4.5-X', 'glm-4.5-x']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'glm-5-turbo', expected: [['glm-5-turbo', 'glm-5-turbo']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'GLM-5.1', expected: [['GLM-5.1', 'glm-5.1']], page: 'https://docs.z.ai/guides/overview/pricing' },
  { text: 'GLM 5.3 Flash', expected: [['GLM 5.3 Flash', 'glm-5.3-flash']], page: 'https://openrouter.ai/~z-ai/glm-flash-latest' },
  {
    text: 'GLM 4.5 Air',
    expected: [['GLM 4.5 Air', 'glm-4.5-air']],
    page: 'https://vercel.com/ai-gateway/models/glm-4.5-air/playground',
  },
  {
    text: 'GLM-5, GLM-4.7 - GLM models via Alibaba',
    expected: [
      ['GLM-5', 'glm-5'],
      ['GLM-4.7', 'glm-4.7'],
    ],
    page: 'https://docs.openclaw.ai/providers/modelstudio',
  },

  // --- MiniMax platform ---
  {
    text: 'MiniMax-M2.7',
    expected: [['MiniMax-M2.7', 'minimax-m2.7']],
    page: 'https://platform.minimax.io/docs/guides/pricing-paygo',
  },
  {
    text: 'MiniMax-M2.7-highspeed',
    expected: [['MiniMax-M2.7-highspeed', 'minimax-m2.7-highspeed']],
    page: 'https://platform.minimax.io/docs/guides/pricing-paygo',
  },
  {
    text: 'minimax/minimax-m2.5-highspeed',
    expected: [['minimax-m2.5-highspeed', 'minimax-m2.5-highspeed']],
    page: 'https://vercel.com/ai-gateway/models/minimax-m2.5-highspeed/faq',
  },
  { text: 'MiniMax-M3', expected: [['MiniMax-M3', 'minimax-m3']], page: 'https://platform.minimax.io/docs/guides/pricing-paygo' },
  {
    text: 'MiniMax M2.1',
    expected: [['MiniMax M2.1', 'minimax-m2.1']],
    page: 'https://platform.minimax.io/docs/guides/pricing-paygo',
  },
  {
    text: 'MiniMaxAI/MiniMax-Text-01',
    expected: [['MiniMax-Text-01', 'minimax-text-01']],
    page: 'https://huggingface.co/MiniMaxAI/MiniMax-Text-01',
  },
  { text: 'MiniMax-M1', expected: [['MiniMax-M1', 'minimax-m1']], page: 'https://platform.minimax.io/docs/guides/pricing-paygo' },

  // --- Amazon Nova on aws.amazon.com/bedrock/pricing and the Bedrock model table ---
  {
    text: 'Amazon Nova Premier',
    expected: [['Amazon Nova Premier', 'nova-premier']],
    page: 'https://aws.amazon.com/bedrock/pricing/',
  },
  {
    text: 'Amazon | Nova Lite | amazon.nova-lite-v1:0',
    expected: [
      ['Nova Lite', 'nova-lite'],
      ['nova-lite-v1:0', 'nova-lite'],
    ],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
  },
  {
    text: 'Amazon | Nova 2 Lite | amazon.nova-2-lite-v1:0:256k',
    expected: [
      ['Nova 2 Lite', 'nova-2-lite'],
      ['nova-2-lite-v1:0', 'nova-2-lite'],
    ],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-fine-tuning.html',
  },
  { text: 'Amazon Nova 2 Pro', expected: [['Amazon Nova 2 Pro', 'nova-2-pro']], page: 'https://aws.amazon.com/bedrock/pricing/' },
  {
    text: 'nova-2-pro-preview-20251202',
    expected: [['nova-2-pro-preview-20251202', 'nova-2-pro']],
    page: 'https://aws.amazon.com/bedrock/pricing/',
  },

  // --- Cohere docs and pricing ---
  { text: 'Command A', expected: [['Command A', 'command-a']], page: 'https://cohere.com/pricing' },
  { text: 'command-a-03-2025', expected: [['command-a-03-2025', 'command-a']], page: 'https://docs.cohere.com/docs/command-a' },
  {
    text: 'CohereLabs/c4ai-command-a-03-2025',
    expected: [['command-a-03-2025', 'command-a']],
    page: 'https://huggingface.co/models?other=base_model:finetune:CohereLabs/c4ai-command-a-03-2025',
  },
  {
    text: 'command-a-reasoning-08-2025',
    expected: [['command-a-reasoning-08-2025', 'command-a-reasoning']],
    page: 'https://docs.cohere.com/docs/command-a-reasoning',
  },
  {
    text: 'Command A Vision',
    expected: [['Command A Vision', 'command-a-vision']],
    page: 'https://docs.cohere.com/v1/docs/models/llms.txt',
  },
  {
    text: 'command-a-translate-08-2025',
    expected: [['command-a-translate-08-2025', 'command-a-translate']],
    page: 'https://docs.cohere.com/docs/command-a-translate',
  },
  {
    text: "Cohere's Command A+ Model",
    expected: [['Command A+', 'command-a-plus']],
    page: 'https://docs.cohere.com/v1/docs/models/llms.txt',
  },
  {
    text: 'Command R+ and Command R',
    expected: [
      ['Command R+', 'command-r-plus'],
      ['Command R', 'command-r'],
    ],
    page: 'https://aws.amazon.com/cn/bedrock/cohere-command-embed/',
  },
  {
    text: 'Cohere: Command R (08-2024)',
    expected: [['Command R (08-2024)', 'command-r-08-2024']],
    page: 'https://developer.puter.com/ai/cohere/',
  },
  {
    text: 'cohere/command-r-plus-08-2024',
    expected: [['command-r-plus-08-2024', 'command-r-plus-08-2024']],
    page: 'https://developer.puter.com/ai/cohere/',
  },
  {
    text: 'cohere/command-r7b-12-2024',
    expected: [['command-r7b-12-2024', 'command-r7b']],
    page: 'https://developer.puter.com/ai/cohere/',
  },
  {
    text: 'Command Light',
    expected: [['Command Light', 'command-light']],
    page: 'https://aws.amazon.com/cn/bedrock/cohere-command-embed/',
  },
  {
    text: 'c4ai-aya-expanse-32b',
    expected: [['c4ai-aya-expanse-32b', 'c4ai-aya-expanse-32b']],
    page: 'https://docs.cohere.com/docs/aya',
  },

  // ===== Traps: no model in the text =====
  { text: 'Gemini API pricing', expected: [], page: 'https://ai.google.dev/gemini-api/docs/pricing' },
  { text: 'Gemini models', expected: [], page: 'https://ai.google.dev/gemini-api/docs/models' },
  {
    text: 'Gemini CLI',
    expected: [],
    page: 'https://glama.ai/mcp/servers/@kdoooh000h/gemini-daily-mcp-compressed/blob/0628cb97777a84d09b82b6c20449fe2dc36cf91e/MODELS.md',
  },
  { text: 'models/gemini-flash-latest', expected: [], page: 'https://ai.google.dev/gemini-api/docs/models' },
  {
    text: 'gemini-embedding-001',
    expected: [],
    page: 'https://docs.cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning',
  },
  { text: 'models/gemma-3-27b-it', expected: [], page: 'https://ai.google.dev/gemini-api/docs/models' },
  { text: 'Imagen 3\nimagen-3.0-generate-002', expected: [], page: 'https://ai.google.dev/gemini-api/docs/models' },
  { text: 'DeepSeek Chat Completions API', expected: [], page: 'https://chat-deep.ai/guide/create-chat-completion/' },
  {
    text: 'POST https://api.deepseek.com/chat/completions',
    expected: [],
    page: 'https://api-docs.deepseek.com/api/create-chat-completion',
  },
  { text: 'Input $1.75 / 1M tokens, cached $0.175, output $14.00', expected: [], page: 'https://openai.com/api/pricing/' },
  {
    text: '../../foundry-models/concepts/models-sold-directly-by-azure.md#gpt-55',
    expected: [],
    page: 'https://learn.microsoft.com/azure/foundry/openai/includes/models-azure-direct-openai',
  },
  {
    text: 'models-sold-directly-by-azure.md#gpt-52',
    expected: [],
    page: 'https://learn.microsoft.com/azure/foundry/openai/includes/models-azure-direct-openai',
  },
  { text: 'v1/chat/completions', expected: [], page: 'https://developers.openai.com/api/docs/models/gpt-5.2' },
  { text: 'text-embedding-3-large', expected: [], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'Codex CLI & SDK', expected: [], page: 'https://developers.openai.com/codex/models' },
  { text: 'ChatGPT Plus, Pro, Business and Enterprise', expected: [], page: 'https://apidog.com/jp/blog/gpt-6-astra-api/' },
  { text: 'Sol, Terra, and Luna', expected: [], page: 'https://developers.openai.com/api/docs/pricing' },
  { text: 'Claude Developer Platform', expected: [], page: 'https://platform.claude.com/docs/en/about-claude/pricing' },
  { text: 'Claude Code', expected: [], page: 'https://claude.com/pricing' },
  {
    text: 'see using the Claude 3 models from Anthropic',
    expected: [],
    page: 'https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai',
  },
  {
    text: 'claude-{name}-{major}-{minor}',
    expected: [],
    page: 'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
  },
  {
    text: 'anthropic.claude-{name}-{major}-{minor}-{YYYYMMDD}-v1:0',
    expected: [],
    page: 'https://platform.claude.com/docs/en/about-claude/models/model-ids-and-versions',
  },
  { text: 'SuperGrok or X Premium+', expected: [], page: 'https://docs.x.ai/developers/models/grok-build-0.1' },
  { text: 'grok-beta', expected: [], page: 'https://docs.x.ai/docs/models' },
  { text: 'Grok Build CLI', expected: [], page: 'https://docs.x.ai/developers/models/grok-build-0.1' },
  {
    text: 'meta.llama3-1-70b-instruct-v1:0:128k',
    expected: [],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/custom-model-fine-tuning.html',
  },
  {
    text: 'Amazon | Nova Canvas | amazon.nova-canvas-v1:0',
    expected: [],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/models-supported.html',
  },
  {
    text: 'Phi-4-mini-instruct',
    expected: [],
    page: 'https://learn.microsoft.com/azure/foundry/foundry-models/concepts/models-from-partners',
  },
  { text: 'mistral/mistral-embed', expected: [], page: 'https://mastra.ai/models/providers/mistral' },
  { text: 'Mistral AI', expected: [], page: 'https://docs.mistral.ai/guides/model-selection' },
  { text: 'kimi-coding/k2p5', expected: [], page: 'https://docs.openclaw.ai/providers/moonshot/index.html' },
  {
    text: 'run the gcloud auth application-default login command first',
    expected: [],
    page: 'https://platform.claude.com/docs/en/build-with-claude/claude-on-vertex-ai',
  },

  // ===== Unknown: model-shaped names the catalog lacks =====
  {
    text: 'codex -m gpt-5.3-codex-spark',
    expected: [['gpt-5.3-codex-spark', null]],
    page: 'https://developers.openai.com/codex/models',
  },
  {
    text: 'gpt-5-codex-mini',
    expected: [['gpt-5-codex-mini', null]],
    page: 'https://github.com/numman-ali/opencode-openai-codex-auth/commit/c5afe9ae83150d0238eb8bde41eb0d2c36dfb210',
  },
  { text: 'GPT-6 Astra Pro', expected: [['GPT-6 Astra Pro', null]], page: 'https://docs.venice.ai/es/models/gpt-6-astra' },
  {
    text: 'openai/gpt-6-astra-fast',
    expected: [['gpt-6-astra-fast', null]],
    page: 'https://vercel.com/ai-gateway/models/gpt-6-astra-fast.md',
  },
  { text: 'GPT-4.5', expected: [['GPT-4.5', null]], page: 'https://developers.openai.com/api/docs/models/gpt-4.5-preview' },
  {
    text: 'gpt-4o-search-preview',
    expected: [['gpt-4o-search-preview', null]],
    page: 'https://developers.openai.com/api/docs/pricing',
  },
  { text: 'gpt-4o-transcribe', expected: [['gpt-4o-transcribe', null]], page: 'https://developers.openai.com/api/docs/pricing' },
  {
    text: 'gemini-2.5-flash-image',
    expected: [['gemini-2.5-flash-image', null]],
    page: 'https://docs.cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versioning',
  },
  {
    text: 'models/gemini-2.5-flash-preview-tts',
    expected: [['gemini-2.5-flash-preview-tts', null]],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'gemini-3.1-flash-image-preview',
    expected: [['gemini-3.1-flash-image-preview', null]],
    page: 'https://ai.google.dev/gemini-api/docs/models',
  },
  {
    text: 'Grok 4.2 improves on earlier Grok versions',
    expected: [['Grok 4.2', null]],
    page: 'https://aspire.dev/reference/api/csharp/aspire.hosting.foundry/xai/fields/',
  },
  { text: 'grok-2-vision-1212', expected: [['grok-2-vision-1212', null]], page: 'https://docs.x.ai/docs/models' },
  {
    text: 'e.g., Claude Opus 4.7, Claude Sonnet 4.7',
    expected: [
      ['Claude Opus 4.7', 'claude-opus-4-7'],
      ['Claude Sonnet 4.7', null],
    ],
    page: 'https://www.skills.sh/tstapler/dotfiles/bedrock-model-lookup',
  },
  {
    text: 'its new flagship model DeepSeek V4',
    expected: [['DeepSeek V4', null]],
    page: 'https://test-news.aibase.com/news/27442',
  },
  {
    text: 'DeepSeek V3.2 | DeepSeek-V3.1 | DeepSeek-R1',
    expected: [
      ['DeepSeek V3.2', 'deepseek-v3.2'],
      ['DeepSeek-V3.1', 'deepseek-v3.1'],
      ['DeepSeek-R1', 'deepseek-r1'],
    ],
    page: 'https://docs.aws.amazon.com/bedrock/latest/userguide/model-cards-deepseek.html',
  },
  {
    text: 'glm-5v-turbo',
    expected: [['glm-5v-turbo', null]],
    page: 'https://git.vultropenclaw.com/vultr/openclaw/raw/branch/main/extensions/zai/openclaw.plugin.json',
  },
  { text: 'qwen3.6-flash', expected: [['qwen3.6-flash', null]], page: 'https://docs.laozhang.ai/en/models.md' },
  {
    text: 'Qwen3.5-Flash',
    expected: [['Qwen3.5-Flash', null]],
    page: 'https://www.alibabacloud.com/help/en/model-studio/models',
  },
  { text: 'Nova 2 Sonic', expected: [['Nova 2 Sonic', null]], page: 'https://aws.amazon.com/bedrock/pricing/' },
];
