// The choices of how tags are drawn in code and how often per section: one list each, for the settings schema and the content script (which must not bundle zod).

/** Mentions inside `<pre>`/`<code>`: a quiet dot, nothing, or the full price pill. */
export const codeTagModes = ['marker', 'none', 'full'] as const;
export type CodeTagMode = (typeof codeTagModes)[number];

/** Only the first mention of a model per section gets a pill, or every mention does. */
export const tagDensities = ['first-per-section', 'every'] as const;
export type TagDensity = (typeof tagDensities)[number];
