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
      // Gates per folder: the pure core and the data carry most of the logic.
      include: ['utils/**/*.ts', 'pricing-data/**/*.ts', 'extension/**/*.ts', 'content/**/*.ts'],
      thresholds: {
        'utils/**/*.ts': { lines: 90, branches: 85, functions: 90, statements: 90 },
        'pricing-data/**/*.ts': { lines: 90, branches: 85, functions: 90, statements: 90 },
      },
    },
  },
});
