// ESLint (flat config): type-aware TypeScript rules, the hooks rules for Preact, no silent catches, and the layer boundaries.
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// importsOf(folder): a regex for an import into the project's top-level `folder`, written as a
// relative path that climbs out of the importing folder (`../extension/x`, `../../extension`) or
// through one of the project's path aliases (`@/`, `~/`, `@@/`, `~~/`, see .wxt/tsconfig.json).
const importsOf = (folder) => `^(?:(?:\\.\\./)+|[@~]{1,2}/)${folder}(?:/|$)`;

// Folders a layer may not import from; the message names the house rule that forbids it.
const intoFolders = (folders, why) =>
  folders.map((folder) => ({ regex: importsOf(folder), message: `${why} (no imports from ${folder}/).` }));

// Nothing imports from entrypoints/: they are wiring only.
const noEntrypoints = intoFolders(['entrypoints'], 'Nothing imports from entrypoints/: they are wiring only');

// Packages a layer may not import, as regexes over the module name.
const packages = (names, why) =>
  names.map((name) => ({ regex: `^${name.replace(/[/.]/g, '\\$&')}(?:/|$)`, message: `${why} (no ${name}).` }));

// One `no-restricted-imports` setting per layer; flat config replaces (does not merge) a rule's options,
// so each layer repeats the ban on entrypoints/.
const layers = [
  {
    files: ['utils/**'],
    patterns: [
      ...packages(
        ['wxt', '@wxt-dev', '@webext-core/fake-browser', 'preact', 'zustand'],
        'utils/ is the pure core: it runs in Node without the browser, the DOM or Preact',
      ),
      ...intoFolders(
        ['extension', 'content', 'components', 'entrypoints', 'scripts', 'tests'],
        'utils/ is the pure core: it imports only utils/, pricing-data/ and locales/',
      ),
    ],
  },
  {
    files: ['pricing-data/**'],
    patterns: intoFolders(
      ['utils', 'extension', 'content', 'components', 'entrypoints'],
      'pricing-data/ is data, its schema and validation: it imports nothing of the others',
    ),
  },
  {
    files: ['extension/**'],
    patterns: intoFolders(
      ['content', 'components', 'entrypoints'],
      'extension/ is browser glue shared by entrypoints: it may import utils/ and pricing-data/ only',
    ),
  },
  {
    files: ['content/**'],
    patterns: [
      ...intoFolders(
        ['components', 'entrypoints'],
        'content/ is the plain-DOM content-script runtime: it may import utils/, pricing-data/ and extension/',
      ),
      ...packages(['preact'], 'content/ is plain DOM, to keep the content script small'),
    ],
  },
  {
    files: ['components/**'],
    patterns: intoFolders(
      ['content', 'entrypoints'],
      'components/ is the Preact UI: it may import utils/, pricing-data/ and extension/',
    ),
  },
];

const layerConfigs = layers.map(({ files, patterns }) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns }] },
}));

// The pure core runs in Node: no browser or DOM globals either.
const notInTheCore = ['window', 'document', 'navigator', 'browser', 'chrome', 'localStorage', 'sessionStorage', 'location'].map(
  (name) => ({ name, message: `utils/ is the pure core: it runs in Node, without ${name}.` }),
);

export default tseslint.config(
  { ignores: ['.output/**', '.wxt/**', 'coverage/**', 'test-results/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // No silent catch: an empty catch block hides the error (see also the selector below).
      'no-empty': ['error', { allowEmptyCatch: false }],
      'no-restricted-syntax': [
        'error',
        {
          // `.catch(() => undefined)`, `.catch(() => false)`, `.catch(() => {})`: a swallowed rejection.
          selector:
            "CallExpression[callee.property.name='catch'] > ArrowFunctionExpression:matches([body.type='Literal'], [body.type='Identifier'][body.name='undefined'], [body.type='BlockStatement'][body.body.length=0], [body.type='UnaryExpression'][body.operator='void'])",
          message: 'No silent catch: handle the error visibly or log it with context (utils/log.ts, extension/log.ts).',
        },
        {
          // `catch { }` or `catch (error) { /* only a comment */ }`: no-empty lets a commented block pass.
          selector: 'CatchClause > BlockStatement[body.length=0]',
          message: 'No silent catch: handle the error visibly or log it with context (utils/log.ts, extension/log.ts).',
        },
        {
          // `catch { return; }`: leaves without a word, the same swallow as an empty block.
          selector: 'CatchClause > BlockStatement[body.length=1] > ReturnStatement[argument=null]',
          message: 'No silent catch: handle the error visibly or log it with context (utils/log.ts, extension/log.ts).',
        },
        {
          // `promise.then(ok, () => undefined)`: the same swallow, as the second argument of then().
          selector:
            "CallExpression[callee.property.name='then'][arguments.length=2] > ArrowFunctionExpression:nth-child(2):matches([body.type='Literal'], [body.type='Identifier'][body.name='undefined'], [body.type='BlockStatement'][body.body.length=0], [body.type='UnaryExpression'][body.operator='void'])",
          message: 'No silent catch: handle the error visibly or log it with context (utils/log.ts, extension/log.ts).',
        },
      ],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      // Callbacks and store actions are declared with method shorthand and none uses `this`.
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { patterns: noEntrypoints }],
    },
  },
  ...layerConfigs,
  { files: ['utils/**'], rules: { 'no-restricted-globals': ['error', ...notInTheCore] } },
  {
    files: ['components/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // Tests fake async browser APIs with async functions that need no await, and vitest's asymmetric
    // matchers (expect.any, expect.objectContaining) are typed `any` by design.
    files: ['tests/**'],
    rules: {
      '@typescript-eslint/require-await': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { arguments: false } }],
    },
  },
  {
    // Plain JavaScript (this file, node scripts) is outside the TypeScript project.
    files: ['**/*.{js,mjs,cjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
);
