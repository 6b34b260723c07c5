// Granted sites: the content-script registration follows the browser's optional host permissions.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { syncGrantedSites } from '../../extension/granted-sites';
import { defaultMatchPatterns } from '../../utils/sites';

type Script = { id: string; matches?: string[] };

function fakePermissions(origins: string[]) {
  let registered: Script[] = [];
  vi.spyOn(fakeBrowser.permissions, 'getAll').mockImplementation(async () => ({ origins, permissions: ['storage'] }));
  vi.spyOn(fakeBrowser.scripting, 'getRegisteredContentScripts').mockImplementation(async (filter) =>
    registered.filter((s) => !filter?.ids || filter.ids.includes(s.id)),
  );
  const register = vi.spyOn(fakeBrowser.scripting, 'registerContentScripts').mockImplementation(async (scripts) => {
    registered.push(...(scripts as Script[]));
  });
  const update = vi.spyOn(fakeBrowser.scripting, 'updateContentScripts').mockImplementation(async (scripts) => {
    registered = registered.map((s) => (scripts as Script[]).find((n) => n.id === s.id) ?? s);
  });
  const unregister = vi.spyOn(fakeBrowser.scripting, 'unregisterContentScripts').mockImplementation(async (filter) => {
    registered = registered.filter((s) => !filter?.ids?.includes(s.id));
  });
  return {
    registered: () => registered,
    register,
    update,
    unregister,
    setOrigins: (next: string[]) => origins.splice(0, origins.length, ...next),
  };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('syncGrantedSites', () => {
  it('runs a grant that overlaps a default limited to a path, except on the default pages themselves', async () => {
    // Chrome lists the manifest's content-script patterns among the granted origins.
    const fake = fakePermissions([...defaultMatchPatterns, 'https://aws.amazon.com/*']);
    expect(await syncGrantedSites()).toEqual(['https://aws.amazon.com/*']);
    const [script] = fake.registered() as (Script & { excludeMatches?: string[] })[];
    expect(script!.matches).toEqual(['https://aws.amazon.com/*']);
    // Bedrock's pages get the manifest's copy only: two copies on one page leave it without tags.
    expect(script!.excludeMatches).toContain('https://aws.amazon.com/bedrock/*');
  });

  it('registers nothing while only the default sites are allowed', async () => {
    const fake = fakePermissions([...defaultMatchPatterns]);
    expect(await syncGrantedSites()).toEqual([]);
    expect(fake.register).not.toHaveBeenCalled();
  });

  it('runs the content script on a granted site, then on two, then on none once revoked', async () => {
    const fake = fakePermissions([...defaultMatchPatterns, 'https://example.org/*']);
    await syncGrantedSites();
    expect(fake.registered()).toEqual([
      expect.objectContaining({
        matches: ['https://example.org/*'],
        excludeMatches: [...defaultMatchPatterns],
        js: ['/content-scripts/content.js'],
        persistAcrossSessions: true,
      }),
    ]);

    fake.setOrigins([...defaultMatchPatterns, 'https://example.org/*', 'https://blog.example.net/*']);
    await syncGrantedSites();
    expect(fake.update).toHaveBeenCalledOnce();
    expect(fake.registered()[0]!.matches).toEqual(['https://example.org/*', 'https://blog.example.net/*']);

    fake.setOrigins([...defaultMatchPatterns]);
    await syncGrantedSites();
    expect(fake.unregister).toHaveBeenCalledOnce();
    expect(fake.registered()).toEqual([]);
  });
});
