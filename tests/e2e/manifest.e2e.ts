// The built manifests (the e2e run builds first): least privilege, a strict policy for the extension's pages, no test grants in the store build, Firefox's settings.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { MatchPattern } from '@webext-core/match-patterns';
import { describe, expect, it } from 'vitest';
import { sellerPages } from '../../pricing-data/seller-pages';
import { defaultMatchPatterns } from '../../utils/sites';

const output = resolve(import.meta.dirname, '../../.output');

interface Manifest {
  manifest_version: number;
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_security_policy?: string | { extension_pages?: string; sandbox?: string };
  content_scripts?: { matches: string[]; all_frames?: boolean }[];
  browser_specific_settings?: {
    gecko?: {
      id?: string;
      strict_min_version?: string;
      data_collection_permissions?: { required?: string[]; optional?: string[] };
    };
  };
  [key: string]: unknown;
}

function manifest(build: string): Manifest {
  const path = join(output, build, 'manifest.json');
  if (!existsSync(path)) throw new Error(`${path} is missing: the e2e run builds it (npm run test:e2e)`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

/** A content security policy as its directives: `script-src 'self'` → `{ 'script-src': ["'self'"] }`. */
function directives(policy: string): Record<string, string[]> {
  return Object.fromEntries(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name!, values]),
  );
}

/** The one address the extension may connect to: the live price feed, after the user turns it on. */
const FEED_ORIGIN = 'https://raw.githubusercontent.com';

/** Checks that a policy lets the extension's pages run only their own files and reach nothing but the feed. */
function expectStrictPolicy(policy: string | undefined): void {
  expect(policy, 'a content security policy for the extension pages').toBeTypeOf('string');
  const csp = directives(policy!);
  expect(csp).toMatchObject({
    'default-src': ["'self'"],
    'script-src': ["'self'"],
    'object-src': ["'none'"],
    'connect-src': [FEED_ORIGIN],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
  // No remote source and no escape hatch in any directive.
  for (const [name, values] of Object.entries(csp)) {
    for (const value of values) {
      if (name === 'connect-src' && value === FEED_ORIGIN) continue;
      expect(value, name).not.toMatch(/^(https?:|wss?:|\*|'unsafe-|'wasm-unsafe-eval'|blob:)/);
    }
  }
}

/** Origins broad enough to mean "every site". */
const everySite = ['<all_urls>', '*://*/*', 'https://*/*', 'http://*/*'];
const sorted = (values: readonly string[] = []) => [...values].sort();

/** The open-weight hosts' pages a default build runs on, and their pages it must not reach (consoles, keys, blogs). */
const HOSTS = ['groq', 'together', 'fireworks', 'cerebras', 'deepinfra'] as const;
const HOST_PAGES_OFF_LIMITS = [
  'https://console.groq.com/keys',
  'https://console.groq.com/playground',
  'https://groq.com/blog/',
  'https://www.together.ai/blog',
  'https://api.together.ai/settings/api-keys',
  'https://fireworks.ai/account/api-keys',
  'https://www.cerebras.ai/chip',
  'https://cloud.cerebras.ai/platform',
  'https://deepinfra.com/dash/api_keys',
];

/** Checks a build's match patterns: each host's pricing, model and docs pages in, the rest of its site out. */
function expectHostPagesOnly(matches: readonly string[]): void {
  for (const host of HOSTS) for (const pattern of sellerPages[host]) expect(matches, host).toContain(pattern);
  const parsed = matches.map((p) => new MatchPattern(p));
  expect(HOST_PAGES_OFF_LIMITS.filter((url) => parsed.some((p) => p.includes(url)))).toEqual([]);
}

describe('the Chrome store build (.output/chrome-mv3)', () => {
  const chrome = manifest('chrome-mv3');

  it('is Manifest V3 and asks only for storage, scripting, activeTab and alarms', () => {
    expect(chrome.manifest_version).toBe(3);
    expect(sorted(chrome.permissions)).toEqual(['activeTab', 'alarms', 'scripting', 'storage']);
  });

  it('asks for every other site only as an optional host permission, and for notifications only as an optional permission', () => {
    expect(sorted(chrome.optional_host_permissions)).toEqual(['http://*/*', 'https://*/*']);
    expect(chrome.optional_permissions).toEqual(['notifications']);
    for (const origin of chrome.host_permissions ?? []) {
      expect(everySite, origin).not.toContain(origin);
      expect(defaultMatchPatterns, `${origin} is not a default site`).toContain(origin);
    }
  });

  it('runs its content script on the default vendor pages only, top frames only', () => {
    expect(chrome.content_scripts?.length).toBeGreaterThan(0);
    for (const script of chrome.content_scripts ?? []) {
      expect(sorted(script.matches)).toEqual(sorted(defaultMatchPatterns));
      expect(script.all_frames ?? false).toBe(false);
    }
  });

  it('runs on the open-weight hosts’ pricing, model and docs pages, never their consoles, and may reach no more', () => {
    for (const script of chrome.content_scripts ?? []) expectHostPagesOnly(script.matches);
    expectHostPagesOnly(chrome.host_permissions ?? []);
  });

  it('gives its own pages a strict policy', () => {
    const csp = chrome.content_security_policy;
    expect(csp).toBeTypeOf('object');
    expectStrictPolicy((csp as { extension_pages?: string }).extension_pages);
  });

  it('carries no origin or permission granted for the tests', () => {
    const testBuild = manifest('chrome-mv3-test-granted');
    const granted = (testBuild.host_permissions ?? []).filter((origin) => !defaultMatchPatterns.includes(origin));
    // The test build really grants something (else the granted-site tests would test nothing) ...
    expect(sorted(granted)).toEqual(['https://aws.amazon.com/*', 'https://example.net/*', 'https://raw.githubusercontent.com/*']);
    // ... and nothing of it reaches the store build.
    for (const origin of granted) expect(chrome.host_permissions ?? []).not.toContain(origin);
    // Notifications are granted from install in the test build (no prompt to answer), optional in the store build.
    expect(sorted(testBuild.permissions)).toEqual(['activeTab', 'alarms', 'notifications', 'scripting', 'storage']);
    expect(testBuild.optional_permissions).toEqual([]);
    expect(chrome.permissions).not.toContain('notifications');
    // Apart from those grants, the two builds are the same extension.
    const {
      host_permissions: _testHosts,
      permissions: _testPermissions,
      optional_permissions: _testOptional,
      ...testRest
    } = testBuild;
    const {
      host_permissions: _storeHosts,
      permissions: _storePermissions,
      optional_permissions: _storeOptional,
      ...storeRest
    } = chrome;
    expect(testRest).toEqual(storeRest);
  });
});

describe('the Firefox build (.output/firefox-mv2)', () => {
  const firefox = manifest('firefox-mv2');

  it('is Manifest V2 and asks only for storage, scripting, activeTab, alarms and the default vendor pages', () => {
    expect(firefox.manifest_version).toBe(2);
    // The vendor pages the content script runs on anyway: the price card's script is put into them on demand.
    expect(sorted(firefox.permissions)).toEqual(sorted(['activeTab', 'alarms', 'scripting', 'storage', ...defaultMatchPatterns]));
    expect(firefox.host_permissions).toBeUndefined();
  });

  it('asks for every other site and for notifications only as optional permissions', () => {
    expect(sorted(firefox.optional_permissions)).toEqual(['http://*/*', 'https://*/*', 'notifications']);
  });

  it('runs its content script on the default vendor pages only', () => {
    for (const script of firefox.content_scripts ?? []) {
      expect(sorted(script.matches)).toEqual(sorted(defaultMatchPatterns));
      expectHostPagesOnly(script.matches);
    }
  });

  it('gives its own pages a strict policy', () => {
    expect(firefox.content_security_policy).toBeTypeOf('string');
    expectStrictPolicy(firefox.content_security_policy as string);
  });

  it('names its add-on id, the first Firefox it runs on, and that it collects no data', () => {
    expect(firefox.browser_specific_settings?.gecko).toEqual({
      id: 'tokentag@tokentag.dev',
      // 142: the first Firefox that reads data_collection_permissions.
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['none'] },
    });
  });

  it('carries no origin granted for the tests', () => {
    expect(JSON.stringify(firefox)).not.toContain('example.net');
    expect(firefox.permissions).not.toContain('notifications');
  });
});
