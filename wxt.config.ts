// WXT build configuration: Preact, explicit imports, and the manifest for Chrome (MV3) and Firefox (MV2).
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';

export default defineConfig({
  // Every file names what it uses; the core must also run in plain Node.
  imports: false,
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'TokenTag — LLM API prices where models are named',
    short_name: 'TokenTag',
    description:
      'Tags LLM model names on vendor pages with their API price, and compares models under your own workload. Prices are bundled, dated and sourced; nothing leaves your browser.',
    permissions: ['storage'],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tokentag@tokentag.dev',
              strict_min_version: '128.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
