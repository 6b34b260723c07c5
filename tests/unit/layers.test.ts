// The lint rules that keep the house in layers and catches loud: ESLint's own API run on synthetic files in each folder.
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  // The project's eslint.config.js, minus the type-aware rules: a synthetic file is in no TypeScript program,
  // and the rules under test (imports, syntax) need no types.
  eslint = new ESLint({
    cwd: root,
    overrideConfig: [{ files: ['**/*.{ts,tsx}'], ...tseslint.configs.disableTypeChecked }],
  });
});

/** The messages ESLint gives `code` as if it were the file at `filePath` (relative to the project). */
async function lint(filePath: string, code: string): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages;
}

/** Whether importing `spec` from a file at `filePath` breaks a layer boundary. */
async function importBlocked(filePath: string, spec: string): Promise<boolean> {
  const messages = await lint(filePath, `import { thing } from '${spec}';\nexport const used = thing;\n`);
  const fatal = messages.filter((m) => m.fatal);
  if (fatal.length > 0) throw new Error(`could not parse: ${fatal.map((m) => m.message).join('; ')}`);
  return messages.some((m) => m.ruleId === 'no-restricted-imports');
}

const LINT_TIMEOUT = 60_000;

describe('layer boundaries (no-restricted-imports per folder)', () => {
  const cases: [file: string, blocked: string[], allowed: string[]][] = [
    [
      'utils/layer-probe.ts',
      [
        'wxt',
        'wxt/browser',
        'wxt/utils/storage',
        '@wxt-dev/storage',
        '@wxt-dev/i18n',
        '@webext-core/fake-browser',
        'preact',
        'preact/hooks',
        'zustand',
        '../extension/log',
        '../content/page-scanner',
        '../components/hooks',
        '../entrypoints/background',
        '../scripts/print-catalog',
        '../tests/fixtures/test-catalog',
        '@/extension/log',
        '~/content/page-scanner',
      ],
      ['./money', '../pricing-data/schema', '../locales/en.json', 'zod/mini', '@webext-core/match-patterns'],
    ],
    [
      'utils/detect/layer-probe.ts',
      ['../../extension/storage', '../../components/hooks', 'preact'],
      ['../money', '../../pricing-data/index'],
    ],
    [
      'pricing-data/layer-probe.ts',
      [
        '../utils/catalog',
        '../extension/log',
        '../content/tag-element',
        '../components/hooks',
        '../entrypoints/content',
        '@/utils/money',
      ],
      ['./schema', 'zod/mini'],
    ],
    [
      'extension/layer-probe.ts',
      ['../content/page-scanner', '../components/hooks', '../entrypoints/background'],
      ['../utils/log', '../pricing-data/schema', './storage', 'wxt/browser', 'zustand'],
    ],
    [
      'extension/stores/layer-probe.ts',
      ['../../components/popup/PopupApp', '../../content/tag-controller'],
      ['../storage', '../../utils/presets'],
    ],
    [
      'content/layer-probe.ts',
      ['../components/hooks', '../entrypoints/content', 'preact', 'preact/hooks'],
      ['../utils/tag-view', '../extension/messaging', '../pricing-data/schema', './tag-element'],
    ],
    [
      'components/popup/LayerProbe.tsx',
      ['../../content/price-card', '../../entrypoints/popup/main'],
      ['../../extension/stores/settings', '../../utils/compare', '../hooks', 'preact/hooks'],
    ],
    // A directory entrypoint's own modules are its business; reaching into entrypoints/ from elsewhere is not.
    [
      'entrypoints/background/layer-probe.ts',
      ['@/entrypoints/content'],
      ['./tab-pages', '../../extension/messaging', '../../content/page-scanner', '../../components/popup/PopupApp'],
    ],
    ['tests/unit/layer-probe.test.ts', ['../../entrypoints/background'], ['../../content/page-scanner', '../../utils/catalog']],
    [
      'scripts/layer-probe.ts',
      ['../entrypoints/background', '@/entrypoints/content'],
      ['../utils/catalog', '../pricing-data/index'],
    ],
  ];

  for (const [file, blocked, allowed] of cases) {
    it(
      `${file}: refuses ${blocked.length} imports across the boundary and allows ${allowed.length}`,
      async () => {
        for (const spec of blocked) expect({ spec, blocked: await importBlocked(file, spec) }).toEqual({ spec, blocked: true });
        for (const spec of allowed) expect({ spec, blocked: await importBlocked(file, spec) }).toEqual({ spec, blocked: false });
      },
      LINT_TIMEOUT,
    );
  }

  it(
    'names the rule it enforces in the message',
    async () => {
      const [message] = await lint('utils/layer-probe.ts', "import { h } from 'preact';\nexport const x = h;\n");
      expect(message?.message).toMatch(/utils\/ is the pure core.*\(no preact\)/);
    },
    LINT_TIMEOUT,
  );
});

describe('the pure core and the globals of the browser', () => {
  it.each(['document.title', 'window.innerWidth', 'browser.runtime.id', 'chrome.runtime.id', 'navigator.language'])(
    'refuses %s in utils/',
    async (expression) => {
      const messages = await lint('utils/layer-probe.ts', `export const x = ${expression};\n`);
      expect(messages.map((m) => m.ruleId)).toContain('no-restricted-globals');
    },
    LINT_TIMEOUT,
  );

  it(
    'allows them outside utils/',
    async () => {
      expect(await lint('content/layer-probe.ts', 'export const x = document.title;\n')).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});

describe('no silent catch', () => {
  const silent = [
    'try { run(); } catch {}',
    'try { run(); } catch (error) {}',
    'try { run(); } catch { /* the extension is gone */ }',
    'export function f() { try { run(); } catch { return; } }',
    'void promise.catch(() => undefined);',
    'void promise.catch(() => false);',
    'void promise.catch(() => null);',
    'void promise.catch(() => {});',
    'void promise.catch(() => void 0);',
    'void promise.then(use, () => undefined);',
  ];
  const loud = [
    "try { run(); } catch (error) { log.warn('run', error); }",
    'try { run(); } catch { fallBack(); }',
    'export function f() { try { return run(); } catch (error) { show(error); return; } }',
    "void promise.catch((error: unknown) => log.error('reportPageModels', error));",
    'void promise.catch((error: unknown) => { show(error); });',
    'void promise.then(use, (error: unknown) => show(error));',
  ];
  const declarations =
    'export declare const run: () => void, fallBack: () => void, use: (x: unknown) => void, show: (e: unknown) => void;\nexport declare const promise: Promise<unknown>;\nexport declare const log: { warn(c: string, e: unknown): void; error(c: string, e: unknown): void };\n';

  it.each(silent)(
    'flags %s',
    async (code) => {
      const messages = await lint('extension/catch-probe.ts', declarations + code + '\n');
      expect(messages.map((m) => m.ruleId)).toContainEqual(expect.stringMatching(/^no-(restricted-syntax|empty)$/));
    },
    LINT_TIMEOUT,
  );

  it.each(loud)(
    'lets %s pass',
    async (code) => {
      const messages = await lint('extension/catch-probe.ts', declarations + code + '\n');
      expect(messages).toEqual([]);
    },
    LINT_TIMEOUT,
  );
});
