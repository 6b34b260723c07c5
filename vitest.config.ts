// Unit and component tests: the core in node, components in happy-dom, extension APIs through fakeBrowser.
import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest(), preact()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/components/**/*.test.{ts,tsx}'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/unit.json' }]],
    server: { deps: { inline: ['zustand', '@testing-library/preact'] } },
    coverage: {
      provider: 'v8',
      include: [
        'utils/catalog.ts',
        'utils/cost.ts',
        'utils/detect.ts',
        'utils/money.ts',
        'utils/settings.ts',
        'utils/sites.ts',
        'utils/tab-models.ts',
        'utils/tag-view.ts',
        'utils/workloads.ts',
        'utils/page-scanner.ts',
        'utils/i18n.ts',
        'utils/presets.ts',
        'utils/compare.ts',
        'utils/history-chart.ts',
        'utils/currencies.ts',
        'utils/storage.ts',
        'pricing-data/**/*.ts',
      ],
      thresholds: { lines: 90, branches: 85, functions: 90, statements: 90 },
    },
  },
});
