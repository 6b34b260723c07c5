// End-to-end tests: the built extension in real Chromium against vendor pages served at their real URLs.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    reporters: ['default', ['json', { outputFile: 'test-results/e2e.json' }]],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // A poll waits for its condition, however busy the machine: Vitest's default of 1 s failed a tag
    // that took 1.3 s to draw on a busy 2-core machine (the 6 MB stored value in storage-sync.e2e.ts).
    expect: { poll: { timeout: 15_000 } },
    // One Chromium at a time: the machines have two cores.
    fileParallelism: false,
  },
});
