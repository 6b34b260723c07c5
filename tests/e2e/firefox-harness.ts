// Runs the Firefox build in Firefox ESR through WebDriver BiDi, with every https host tunnelled to the fixture server.
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';

export const firefoxExtensionPath = resolve(import.meta.dirname, '../../.output/firefox-mv2');
/** Firefox to drive: $FIREFOX_PATH, else Debian's firefox-esr (`npm test` installs it when missing: scripts/ensure-browsers.mjs). */
export const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';

/**
 * An HTTP proxy that answers every CONNECT (`openai.com:443`…) by tunnelling to the fixture
 * server: Firefox has no host-resolver switch, but it does have a proxy setting, so the vendors'
 * real URLs and the manifest's real match patterns still apply.
 */
export async function startTunnel(fixturePort: number): Promise<{ port: number; close(): Promise<void> }> {
  const proxy: Server = createServer((_request, response) => response.writeHead(405).end('CONNECT only'));
  proxy.on('connect', (_request, client, head) => {
    const upstream = connect(fixturePort, '127.0.0.1', () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    upstream.on('error', () => client.destroy());
    client.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    port: (proxy.address() as AddressInfo).port,
    close: () => new Promise((done) => proxy.close(() => done())),
  };
}

export async function launchFirefox(proxyPort: number): Promise<Browser> {
  if (!existsSync(join(firefoxExtensionPath, 'manifest.json')))
    throw new Error(`No build at ${firefoxExtensionPath}: run "npm run build:firefox" first`);
  if (!existsSync(firefoxPath)) throw new Error(`No Firefox at ${firefoxPath}: install Debian's firefox-esr or set FIREFOX_PATH`);
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    acceptInsecureCerts: true,
    extraPrefsFirefox: {
      'network.proxy.type': 1,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      // No traffic of Firefox's own: this machine has no network.
      'app.update.enabled': false,
      'browser.safebrowsing.malware.enabled': false,
      'browser.safebrowsing.phishing.enabled': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'extensions.getAddons.cache.enabled': false,
      'datareporting.policy.dataSubmissionEnabled': false,
      'toolkit.telemetry.enabled': false,
    },
  });
}
