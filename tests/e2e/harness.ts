// Runs the built extension in real Chromium, with vendor hosts served from local fixture pages over HTTPS.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';

const root = resolve(import.meta.dirname, '../..');
export const extensionPath = join(root, '.output/chrome-mv3');
const pagesDir = join(root, 'tests/fixtures/pages');

/** Chromium to drive: $CHROMIUM_PATH, else Debian's /usr/bin/chromium (`npm test` installs it when missing: scripts/ensure-browsers.mjs). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
};

/** A route answered afresh for each request (e.g. a feed with an ETag whose body a test swaps). */
export type RouteHandler = (headers: import('node:http').IncomingHttpHeaders) => {
  status?: number;
  body?: string | Buffer;
  headers?: Record<string, string>;
};

/**
 * Serves `tests/fixtures/pages/<host>/<path>` for whatever host the browser asked for, so that
 * `https://openai.com/api/pricing` is answered by `pages/openai.com/api/pricing.html`.
 */
export async function startFixtureServer(
  /** Extra pages by URL (`https://openrouter.ai/bench`), for generated pages: HTML, or HTML with response headers. */
  routes: Record<string, string | { body: string; headers: Record<string, string> } | RouteHandler> = {},
): Promise<{ port: number; close: () => Promise<void> }> {
  const server: Server = createServer(
    {
      key: readFileSync(join(import.meta.dirname, 'tls/key.pem')),
      cert: readFileSync(join(import.meta.dirname, 'tls/cert.pem')),
    },
    (request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '').replace(/^www\./, '');
      const path = decodeURIComponent(new URL(request.url ?? '/', 'https://x').pathname);
      const routed = routes[`https://${host}${path}`];
      if (typeof routed === 'function') {
        const answer = routed(request.headers);
        response.writeHead(answer.status ?? 200, answer.headers ?? {}).end(answer.body ?? '');
        return;
      }
      if (routed !== undefined) {
        const { body, headers } = typeof routed === 'string' ? { body: routed, headers: {} } : routed;
        response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
        return;
      }
      if (path === '/favicon.ico') {
        response.writeHead(204).end();
        return;
      }
      const base = normalize(join(pagesDir, host, path));
      const candidates = [base, `${base}.html`, join(base, 'index.html')];
      const file = candidates.find((c) => c.startsWith(pagesDir) && existsSync(c) && statSync(c).isFile());
      if (!file) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end(`no fixture for ${host}${path}`);
        return;
      }
      response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream' });
      response.end(readFileSync(file));
    },
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export interface ExtensionSession {
  context: BrowserContext;
  extensionId: string;
  worker: Worker;
  /** Opens a page and collects what it logs as errors. */
  open(url: string): Promise<{ page: Page; errors: string[] }>;
  close(): Promise<void>;
}

/** The build whose manifest grants the test origins from install (`npm run build:test-granted`). */
export const grantedExtensionPath = join(root, '.output/chrome-mv3-test-granted');

export async function launchWithExtension(
  port: number,
  { extension = true, path = extensionPath }: { extension?: boolean; path?: string } = {},
): Promise<ExtensionSession> {
  if (extension && !existsSync(join(path, 'manifest.json'))) throw new Error(`No build at ${path}: run "npm run build" first`);
  if (!existsSync(chromiumPath))
    throw new Error(`No Chromium at ${chromiumPath}: install Debian's chromium or set CHROMIUM_PATH`);
  const profile = await mkdtemp(join(tmpdir(), 'tokentag-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      ...(extension ? [`--disable-extensions-except=${path}`, `--load-extension=${path}`] : ['--disable-extensions']),
      // Every host resolves to the fixture server, so the manifest's real match patterns apply.
      `--host-resolver-rules=MAP * 127.0.0.1:${port}, EXCLUDE localhost`,
      '--ignore-certificate-errors',
      ...(process.env.EXTRA_CHROMIUM_ARGS ? process.env.EXTRA_CHROMIUM_ARGS.split(' ') : []),
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
    ],
  });
  const worker = extension ? (context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'))) : undefined;
  const extensionId = worker ? new URL(worker.url()).host : '';
  return {
    context,
    extensionId,
    get worker() {
      if (!worker) throw new Error('launched without the extension');
      return worker;
    },
    async open(url) {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(url);
      return { page, errors };
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}

/** The extension API inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: typeof import('wxt/browser').browser;

/**
 * The tab id the background recorded for a URL, once the content script has reported models there:
 * read when session storage changes (and once at the start), never on a timer.
 */
export async function tabIdOf(session: ExtensionSession, url: string): Promise<number> {
  // A deadline for a clear failure, not a pause: the answer comes as soon as the report is stored.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no report for ${url} within 30 s`)), 30_000);
  });
  const reported = session.worker.evaluate(
    (u) =>
      new Promise<number>((resolve, reject) => {
        const check = async () => {
          const { tabPages = {} } = await chrome.storage.session.get('tabPages');
          const entry = Object.entries(tabPages as Record<string, { url: string; models: unknown[] }>).find(
            ([, page]) => page.url === u && page.models.length > 0,
          );
          if (!entry) return;
          chrome.storage.session.onChanged.removeListener(listener);
          resolve(Number(entry[0]));
        };
        const listener = () => void check().catch(reject);
        chrome.storage.session.onChanged.addListener(listener);
        listener();
      }),
    url,
  );
  try {
    return await Promise.race([reported, deadline]);
  } finally {
    clearTimeout(timer);
  }
}
