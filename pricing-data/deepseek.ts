// DeepSeek's API models, with dated price history (USD per 1M tokens; input = cache miss, cachedInput = cache hit).
import { defineVendor } from './schema';

const PRICING = 'https://api-docs.deepseek.com/quick_start/pricing';
const NEWS_V32_EXP = 'https://api-docs.deepseek.com/news/news250929';
const NEWS_V4 = 'https://api-docs.deepseek.com/news/news260424';
const NEWS_V4_OFFICIAL = 'https://api-docs.deepseek.com/news/news260813';
const NEWS_V41_FLASH = 'https://api-docs.deepseek.com/news/news260910';
const CHECKED = '2026-11-27';

const src = (url: string, via?: string) => (via ? { url, checked: CHECKED, via } : { url, checked: CHECKED });

// Time-of-day pricing cannot be expressed per period, so each period carries the rate DeepSeek
// itself called the standard one: the daytime "standard price" in 2025 (the night discount is not
// modelled) and, since V4 went official, the everyday off-peak rate (weekday peak hours bill double).
const NIGHT_V3 = 'From 2025-02-26 a night discount (16:30-00:30 UTC) halved these rates; it is not modelled.';
const NIGHT_R1 = 'From 2025-02-26 a night discount (16:30-00:30 UTC) cut these rates by 75%; it is not modelled.';
const PEAK =
  'Off-peak (standard) rate. Weekday peak hours, 01:00-04:00 and 06:00-10:00 UTC, bill double; from 2026-08-23 Beijing-time weekends are off-peak all day.';

// Shared price periods of deepseek-chat and deepseek-reasoner once both ids served one model (V3.1 on).
const UNIFIED = (reasonerOrChat: 'thinking' | 'non-thinking') => [
  {
    from: '2025-09-05',
    to: '2025-09-29',
    input: 0.56,
    output: 1.68,
    cachedInput: 0.07,
    note: `One price for both ids from 2025-09-05 16:00 UTC, with the night discount withdrawn. Served DeepSeek-V3.1 (${reasonerOrChat} mode), V3.1-Terminus from 2025-09-22.`,
    source: src(PRICING),
  },
  {
    from: '2025-09-29',
    to: '2026-04-24',
    input: 0.28,
    output: 0.42,
    cachedInput: 0.028,
    note: `Cut by more than half with DeepSeek-V3.2-Exp; served V3.2-Exp, then DeepSeek-V3.2 from 2025-12-01 at the same price (${reasonerOrChat} mode).`,
    source: src(NEWS_V32_EXP, 'rates as quoted from the pricing page by third-party copies (benchlm.ai, 2026-04)'),
  },
  {
    from: '2026-04-24',
    to: '2026-07-24',
    input: 0.14,
    output: 0.28,
    note: `A compatibility name for deepseek-v4-flash (${reasonerOrChat} mode) from the V4 preview launch, billed at its price, until the name was withdrawn on 2026-07-24 15:59 UTC.`,
    source: src(NEWS_V4, 'rates as quoted from the pricing page by third-party copies (apidog.com, 2026-04-24)'),
  },
];

export const deepseek = defineVendor({
  id: 'deepseek',
  name: 'DeepSeek',
  pricingUrl: PRICING,
  // The V4 Flash rates (and the two compatibility names billed at them) until its official release,
  // which states its own cache rate: cache hits at 20% of input, cut to 2% on 2026-04-26 12:15 UTC.
  terms: [
    {
      from: '2026-04-24',
      to: '2026-04-26',
      cachedInputRatio: 0.2,
      models: ['deepseek-chat', 'deepseek-reasoner', 'deepseek-v4-flash'],
      source: src(NEWS_V4, 'rates as quoted from the pricing page by third-party copies (apidog.com, 2026-04-24)'),
    },
    {
      from: '2026-04-26',
      cachedInputRatio: 0.02,
      models: ['deepseek-chat', 'deepseek-reasoner', 'deepseek-v4-flash'],
      note: 'Cache hits cut to a tenth of the launch price from 2026-04-26 12:15 UTC.',
      source: src(PRICING),
    },
  ],
  models: [
    {
      id: 'deepseek-chat',
      name: 'DeepSeek Chat',
      retired: '2026-07-24',
      reasoning: false,
      prices: [
        {
          from: '2024-12-26',
          to: '2025-02-08',
          status: 'promotional',
          input: 0.14,
          output: 0.28,
          cachedInput: 0.014,
          note: 'DeepSeek-V3 launch discount, ending 2025-02-08 16:00 UTC (full price $0.27 / $1.10, cache hit $0.07).',
          source: src(PRICING),
        },
        {
          from: '2025-02-08',
          to: '2025-09-05',
          input: 0.27,
          output: 1.1,
          cachedInput: 0.07,
          note: `Served DeepSeek-V3, V3-0324 from 2025-03-24, and V3.1 (non-thinking) from 2025-08-21. ${NIGHT_V3}`,
          source: src(PRICING),
        },
        ...UNIFIED('non-thinking'),
      ],
      note: 'An API name that DeepSeek pointed at successive models; the notes on each period say which. Inaccessible after 2026-07-24 15:59 UTC.',
    },
    {
      id: 'deepseek-reasoner',
      name: 'DeepSeek Reasoner',
      released: '2025-01-20',
      retired: '2026-07-24',
      reasoning: true,
      prices: [
        {
          from: '2025-01-20',
          to: '2025-09-05',
          input: 0.55,
          output: 2.19,
          cachedInput: 0.14,
          note: `Served DeepSeek-R1, R1-0528 from 2025-05-28, and V3.1 (thinking) from 2025-08-21. Not part of the V3 launch discount. ${NIGHT_R1}`,
          source: src(PRICING),
        },
        ...UNIFIED('thinking'),
      ],
      note: 'An API name that DeepSeek pointed at successive models; the notes on each period say which. Chain-of-thought tokens bill as output. Inaccessible after 2026-07-24 15:59 UTC.',
    },
    {
      id: 'deepseek-v4-flash',
      name: 'DeepSeek-V4-Flash',
      predecessor: 'deepseek-chat',
      released: '2026-04-24',
      retired: '2026-09-10',
      contextWindow: 1000000,
      maxOutput: 384000,
      reasoning: true,
      prices: [
        {
          from: '2026-04-24',
          to: '2026-08-16',
          input: 0.14,
          output: 0.28,
          note: 'V4 preview launch price; one flat rate around the clock.',
          source: src(NEWS_V4, 'rates as quoted from the pricing page by third-party copies (apidog.com, 2026-04-24)'),
        },
        {
          from: '2026-08-16',
          to: '2026-09-10',
          input: 0.22,
          output: 0.66,
          cachedInput: 0.007,
          note: `V4 official release (DeepSeek-V4-Flash-0731), repriced from 2026-08-16 16:00 UTC. ${PEAK}`,
          source: src(
            NEWS_V4_OFFICIAL,
            'rates as quoted from the pricing page in GitHub issues (pydantic/genai-prices#571, ccusage#1643)',
          ),
        },
      ],
      note: 'Thinking by default; non-thinking on request. Retired 2026-09-10: the name is still accepted but served by DeepSeek-V4.1-Flash and billed at the deepseek-flash price.',
    },
    {
      id: 'deepseek-v4-pro',
      name: 'DeepSeek-V4-Pro',
      predecessor: 'deepseek-reasoner',
      released: '2026-04-24',
      contextWindow: 1000000,
      maxOutput: 384000,
      reasoning: true,
      prices: [
        {
          from: '2026-04-26',
          to: '2026-05-22',
          status: 'promotional',
          input: 0.435,
          output: 0.87,
          cachedInput: 0.003625,
          note: 'Limited-time 75% discount off $1.74 / $3.48 (cache hit $0.0145), at first to 2026-05-05, then to 2026-05-31.',
          source: src(PRICING, 'rates as quoted from the pricing page by third-party copies (chat-deep.ai, tokenmix.ai)'),
        },
        {
          from: '2026-05-22',
          to: '2026-08-16',
          input: 0.435,
          output: 0.87,
          cachedInput: 0.003625,
          note: 'The discount was made the standing price on 2026-05-22.',
          source: src(PRICING, 'rates as quoted from the pricing page by third-party copies (codersera.com)'),
        },
        {
          from: '2026-08-16',
          input: 0.66,
          output: 1.98,
          cachedInput: 0.022,
          note: `V4 official release (DeepSeek-V4-Pro-0813), repriced from 2026-08-16 16:00 UTC. ${PEAK}`,
          source: src(
            NEWS_V4_OFFICIAL,
            'rates as quoted from the pricing page in GitHub issues (pydantic/genai-prices#571, 2389-research/dippin-lang#316)',
          ),
        },
      ],
      note: 'Launched 2026-04-24 already under the 75% discount; its cache-hit rate before the 2026-04-26 cut is not confirmed, so prices start then. A planned reroute of this name to V4.1-Flash (announced 2026-09-09) was cancelled on 2026-09-11.',
    },
    {
      id: 'deepseek-flash',
      name: 'DeepSeek-V4.1-Flash',
      predecessor: 'deepseek-v4-flash',
      released: '2026-09-10',
      contextWindow: 1000000,
      maxOutput: 384000,
      reasoning: true,
      prices: [
        {
          from: '2026-09-10',
          input: 0.15,
          output: 0.6,
          cachedInput: 0.003,
          note: `Launched 2026-09-10 04:00 UTC with native image input. ${PEAK}`,
          source: src(
            NEWS_V41_FLASH,
            'rates as quoted from the pricing page in GitHub PRs (2389-research/dippin-lang#316, Wei-Shaw/sub2api#6974)',
          ),
        },
      ],
      note: 'Also serves the retired names deepseek-v4-flash and deepseek-v4-flash-vision-exp at this price.',
    },
    // --- Open-weight checkpoints as their hosts sell them (pricing-data/sellers/). DeepSeek's own API
    // serves its current checkpoint under deepseek-chat / deepseek-reasoner, priced above. ---
    {
      id: 'deepseek-v3-0324',
      name: 'DeepSeek-V3-0324',
      released: '2025-03-24',
      contextWindow: 131_072,
      reasoning: false,
      prices: [],
      note: 'Open-weight checkpoint; no separate first-party price.',
    },
    {
      id: 'deepseek-r1',
      name: 'DeepSeek-R1',
      released: '2025-01-20',
      contextWindow: 131_072,
      reasoning: true,
      prices: [],
      note: 'Open-weight checkpoint; no separate first-party price.',
    },
    {
      id: 'deepseek-r1-0528',
      name: 'DeepSeek-R1-0528',
      predecessor: 'deepseek-r1',
      released: '2025-05-28',
      contextWindow: 131_072,
      reasoning: true,
      prices: [],
      note: 'Open-weight checkpoint; no separate first-party price.',
    },
    {
      id: 'deepseek-v3.1',
      name: 'DeepSeek-V3.1',
      predecessor: 'deepseek-v3-0324',
      released: '2025-08-21',
      contextWindow: 131_072,
      reasoning: true,
      prices: [],
      note: 'Open-weight checkpoint (hybrid thinking); no separate first-party price.',
    },
    {
      id: 'deepseek-v3.2',
      name: 'DeepSeek-V3.2',
      predecessor: 'deepseek-v3.1',
      released: '2025-12-01',
      contextWindow: 131_072,
      reasoning: true,
      prices: [],
      note: 'Open-weight checkpoint; no separate first-party price.',
    },
  ],
});
