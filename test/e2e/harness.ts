/**
 * The real-browser harness every end-to-end test builds on: loads the built extension into
 * Debian's Chromium and Firefox ESR through puppeteer-core (one API for both, WebDriver BiDi on
 * Firefox), serves fixture pages at the real mail URLs with the hosts' security headers, opens
 * the popup and options pages, and records every request that tries to leave the machine so a
 * test can fail on it.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Frame, type HTTPRequest, type Page } from 'puppeteer-core';
import { browserExecutable } from '../tools/browsers.mjs';

export type BrowserName = 'chromium' | 'firefox';
export const BROWSERS: BrowserName[] = ['chromium', 'firefox'];

const ROOT = resolve(import.meta.dirname, '../..');
const GECKO_ID = 'follow-through@follow-through.app';

/** Gmail's CSP: nonce-based scripts and Trusted Types required at every DOM sink. */
export const GMAIL_HEADERS = {
  'content-security-policy':
    "require-trusted-types-for 'script'; trusted-types gmail-fixture; " +
    "script-src 'nonce-fixture' 'strict-dynamic' 'report-sample'; object-src 'none'; base-uri 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
  'cross-origin-opener-policy': 'same-origin-allow-popups',
};

/** Outlook's CSP is looser than Gmail's (no Trusted Types); scripts still need the nonce. */
export const OUTLOOK_HEADERS = {
  'content-security-policy': "script-src 'nonce-fixture' 'strict-dynamic'; object-src 'none'; base-uri 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
};

export interface Route {
  /** Exact origin + path prefix; the longest matching prefix wins. */
  prefix: string;
  file: string;
  headers?: Record<string, string>;
  contentType?: string;
}

/** The routes every test gets: each host's fixture page script at a fixed path. */
const BASE_ROUTES: Route[] = [
  { prefix: 'https://mail.google.com/_fixture/gmail.js', file: 'test/fixtures/gmail/gmail-page.js', contentType: 'text/javascript' },
  ...['outlook.live.com', 'outlook.office.com', 'outlook.office365.com', 'outlook.cloud.microsoft'].map(
    (host): Route => ({
      prefix: `https://${host}/_fixture/outlook.js`,
      file: 'test/fixtures/outlook/outlook-page.js',
      contentType: 'text/javascript',
    }),
  ),
];

export interface Session {
  name: BrowserName;
  browser: Browser;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  base: string;
  /** Requests that tried to reach the network (anything not served from a fixture). */
  leaks: string[];
  /** Serve `file` for URLs under `prefix` in every page opened from now on. */
  route(route: Route): void;
  newPage(url?: string): Promise<Page>;
  openPopup(): Promise<Page>;
  openOptions(): Promise<Page>;
  /** The panel iframe docked in `page`, once it has loaded (the n-th one for several composes). */
  panelFrame(page: Page, index?: number): Promise<Frame>;
  panelFrames(page: Page): Frame[];
  close(): Promise<void>;
}

/** A local proxy every browser request goes through: nothing should ever reach it. */
async function startLeakTrap(leaks: string[]): Promise<Server> {
  const server = createServer((request, response) => {
    leaks.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  server.on('connect', (request, socket) => {
    leaks.push(`CONNECT ${request.url}`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  return server;
}

/** Browser-internal traffic that is not the extension's (checked by hand, each with a reason). */
const BROWSER_NOISE = [
  // Chromium's updater and Google-account consistency checks on Google origins; the extension's
  // own requests are caught before the proxy (page interception, service-worker CDP).
  /^(CONNECT|POST|GET) (https?:\/\/)?(update\.googleapis\.com|accounts\.google\.com|clients2\.google\.com|content-autofill\.googleapis\.com)[:/]/,
  // Chromium preconnects to the origin it is about to load; requests themselves are intercepted.
  /^CONNECT mail\.google\.com:443$/,
  // Firefox asks for its own remote settings and safe-browsing lists unless told not to.
  /firefox\.settings\.services\.mozilla\.com/,
  /content-signature-2\.cdn\.mozilla\.net/,
  /detectportal\.firefox\.com/,
];

export async function launch(name: BrowserName): Promise<Session> {
  const leaks: string[] = [];
  const trap = await startLeakTrap(leaks);
  const proxy = `127.0.0.1:${(trap.address() as AddressInfo).port}`;
  const profile = mkdtempSync(join(tmpdir(), `ft-${name}-`));
  const routes: Route[] = [...BASE_ROUTES];
  let browser: Browser;
  let base: string;

  if (name === 'chromium') {
    const dir = join(ROOT, 'dist/chrome');
    browser = await puppeteer.launch({
      executablePath: browserExecutable('chromium'),
      headless: true,
      userDataDir: profile,
      enableExtensions: [dir],
      pipe: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,NetworkTimeServiceQuerying,PreloadingHeuristicsMLModel',
        '--disable-client-side-phishing-detection',
        '--disable-default-apps',
        '--disable-domain-reliability',
        '--no-pings',
        '--dns-prefetch-disable',
        '--disable-sync-preferences',
        `--proxy-server=http://${proxy}`,
        '--proxy-bypass-list=<-loopback>',
        '--window-size=1400,900',
      ],
      defaultViewport: { width: 1400, height: 900 },
    });
    const worker = await browser.waitForTarget(
      (target) => target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
      { timeout: 20_000 },
    );
    base = `${/^chrome-extension:\/\/[^/]+\//.exec(worker.url())![0]}`;
    // The service worker's own requests never pass the page interception: watch them over CDP.
    const cdp = await worker.createCDPSession();
    cdp.on('Network.requestWillBeSent', (event) => {
      if (!/^(chrome-extension|data|blob):/.test(event.request.url)) leaks.push(`worker ${event.request.method} ${event.request.url}`);
    });
    await cdp.send('Network.enable');
  } else {
    const uuid = randomUUID();
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: browserExecutable('firefox'),
      headless: true,
      userDataDir: profile,
      defaultViewport: { width: 1400, height: 900 },
      // Lets WebDriver BiDi open moz-extension:// pages (the popup and options) in a tab.
      env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' },
      extraPrefsFirefox: {
        // A fixed internal UUID so tests can open moz-extension:// pages.
        'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
        'network.proxy.type': 1,
        'network.proxy.http': '127.0.0.1',
        'network.proxy.http_port': Number(proxy.split(':')[1]),
        'network.proxy.ssl': '127.0.0.1',
        'network.proxy.ssl_port': Number(proxy.split(':')[1]),
        'network.proxy.no_proxies_on': '',
        'network.proxy.allow_hijacking_localhost': false,
        'browser.safebrowsing.malware.enabled': false,
        'browser.safebrowsing.phishing.enabled': false,
        'browser.safebrowsing.downloads.enabled': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'extensions.getAddons.cache.enabled': false,
        'services.settings.server': 'http://127.0.0.1:9/',
        'dom.security.https_only_mode': false,
      },
    });
    await browser.installExtension(join(ROOT, 'dist/firefox'));
    base = `moz-extension://${uuid}/`;
  }

  const intercept = async (page: Page): Promise<void> => {
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const url = request.url();
      if (url.startsWith('chrome-extension://') || url.startsWith('moz-extension://') || url.startsWith('data:') || url.startsWith('about:')) {
        void request.continue();
        return;
      }
      const route = routes
        .filter((candidate) => url.startsWith(candidate.prefix))
        .sort((a, b) => b.prefix.length - a.prefix.length)[0];
      if (!route && new URL(url).pathname === '/favicon.ico') {
        // The browser's own favicon fetch for the fixture page, not the extension's.
        void request.respond({ status: 404, body: '' });
        return;
      }
      if (!route) {
        leaks.push(`${request.method()} ${url}`);
        void request.abort('blockedbyclient');
        return;
      }
      void request.respond({
        status: 200,
        contentType: route.contentType ?? 'text/html; charset=utf-8',
        headers: route.headers ?? {},
        body: readFileSync(join(ROOT, route.file)),
      });
    });
  };

  const newPage = async (url?: string): Promise<Page> => {
    const page = await browser.newPage();
    await intercept(page);
    if (url) await page.goto(url, { waitUntil: 'load' });
    return page;
  };

  const panelFrames = (page: Page): Frame[] =>
    // With use_dynamic_url the panel loads under a per-session id, so match the scheme and path.
    page.frames().filter((frame) => frame.url().startsWith(base.slice(0, base.indexOf(':'))) && frame.url().includes('/src/panel/'));

  return {
    name,
    browser,
    base,
    leaks,
    route(route) {
      routes.push(route);
    },
    newPage,
    openPopup: () => newPage(`${base}src/popup/index.html`),
    openOptions: () => newPage(`${base}src/options/index.html`),
    panelFrames,
    async panelFrame(page, index = 0) {
      const deadline = Date.now() + 15_000;
      for (;;) {
        const frame = panelFrames(page)[index];
        if (frame) {
          await frame.waitForSelector('[aria-label="Follow-Through"]', { timeout: 15_000 });
          return frame;
        }
        if (Date.now() > deadline) throw new Error(`no panel iframe #${index} in ${page.url()}`);
        await new Promise((done) => setTimeout(done, 50));
      }
    },
    async close() {
      await browser.close().catch(() => undefined);
      trap.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Leaks that are the extension's (browser-internal noise filtered out). */
export function extensionLeaks(session: Session): string[] {
  return session.leaks.filter((leak) => !BROWSER_NOISE.some((noise) => noise.test(leak)));
}

/** Serve a fixture page at a real mail URL with that host's headers. */
export function fixtureRoute(url: string, file: string): Route {
  const headers = url.startsWith('https://mail.google.com') ? GMAIL_HEADERS : OUTLOOK_HEADERS;
  return { prefix: url, file, headers };
}

/** Poll `check` until it returns a truthy value (conditions, never fixed sleeps). */
export async function until<T>(check: () => Promise<T> | T, what: string, timeout = 10_000): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
