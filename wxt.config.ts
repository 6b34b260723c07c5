// WXT build configuration: Preact, explicit imports, and the manifest for Chrome (MV3) and Firefox (MV2).
import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { bundledCatalogJson } from './scripts/catalog-plugin';
import { defaultMatchPatterns } from './utils/sites';

/**
 * No remote code: TokenTag's pages and its background run only what ships with it. The one address
 * they may connect to is the live price feed, fetched only after the user turns it on and grants it.
 */
const EXTENSION_PAGES_CSP =
  "default-src 'self'; script-src 'self'; object-src 'none'; style-src 'self'; img-src 'self' data:; connect-src https://raw.githubusercontent.com; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/**
 * Chromium cannot answer its own permission prompt under automation, so the end-to-end tests build
 * a second copy in which these origins are granted from install (see the README, "Test"); the
 * store build never sets it.
 */
const testGrantedOrigins = process.env.TOKENTAG_TEST_GRANTED_ORIGINS?.split(',').filter(Boolean) ?? [];
/** The same for optional API permissions (`notifications`): required in the test copy, so no prompt is shown. */
const testGrantedPermissions = process.env.TOKENTAG_TEST_GRANTED_PERMISSIONS?.split(',').filter(Boolean) ?? [];
/** API permissions asked for only when the user turns their feature on. notifications: price changes of compared models. */
const optionalApiPermissions = ['notifications'].filter((p) => !testGrantedPermissions.includes(p));

export default defineConfig({
  ...(testGrantedOrigins.length > 0 ? { outDirTemplate: '{{browser}}-mv{{manifestVersion}}-test-granted' } : {}),
  // Every file names what it uses; the core must also run in plain Node.
  imports: false,
  // The sources archive Firefox reviewers rebuild from: the project, without generated reports.
  zip: { excludeSources: ['coverage/**', 'test-results/**', 'docs/**', '.ci/**'] },
  // Compiles locales/*.json into the extension's _locales (the manifest's name and description).
  modules: ['@wxt-dev/i18n/module'],
  // The catalog ships as validated JSON (scripts/catalog-plugin.ts).
  vite: () => ({ plugins: [preact(), bundledCatalogJson()] }),
  manifest: ({ browser, manifestVersion, mode }) => ({
    default_locale: 'en',
    // The extension's own pages load only their own files and connect nowhere (the dev server needs more).
    ...(mode === 'production'
      ? { content_security_policy: manifestVersion === 3 ? { extension_pages: EXTENSION_PAGES_CSP } : EXTENSION_PAGES_CSP }
      : {}),
    name: '__MSG_extName__',
    short_name: '__MSG_extShortName__',
    description: '__MSG_extDescription__',
    // storage: settings and presets; scripting: run on sites the user grants, and put the price card's
    // script into a page when a tag's card is first needed; activeTab: let the popup read the current
    // tab's address when the user opens it, to offer that grant.
    // alarms: the live price feed's daily check, set only while the user has it on.
    // MV2: the vendor pages the content script already runs on, as host permissions too: Firefox
    // injects the price card's script only where the extension holds the host. No new prompt: its
    // install and update prompts already list the content script's hosts with the permissions'.
    permissions: [
      'storage',
      'scripting',
      'activeTab',
      'alarms',
      ...testGrantedPermissions,
      ...(manifestVersion === 2 ? defaultMatchPatterns : []),
    ],
    // Any other site only after the user grants it, one origin at a time; notifications only when turned on.
    // (Manifest V2 has no optional_host_permissions: there the same origins are optional permissions.)
    ...(manifestVersion === 2
      ? { optional_permissions: ['https://*/*', 'http://*/*', ...optionalApiPermissions] }
      : { optional_host_permissions: ['https://*/*', 'http://*/*'], optional_permissions: optionalApiPermissions }),
    // MV3: the vendor pages the content script already runs on, as host permissions too (no new
    // warning: the same hosts), so that after an update the background can find their open tabs
    // and put the new content script in (Chrome does not); MV2 lists them in `permissions` (above).
    ...(manifestVersion === 3 || testGrantedOrigins.length > 0
      ? { host_permissions: [...(manifestVersion === 3 ? defaultMatchPatterns : []), ...testGrantedOrigins] }
      : {}),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'tokentag@tokentag.dev',
              // 142: the first Firefox (desktop 140, Android 142) that reads data_collection_permissions.
              strict_min_version: '142.0',
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
