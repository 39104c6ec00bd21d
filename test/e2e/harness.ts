/**
 * The real-browser harness every end-to-end test builds on. It loads the built extension into
 * Debian's Chromium (puppeteer-core over CDP) and Firefox ESR (Marionette: Firefox's WebDriver
 * BiDi hides extension frames, see marionette.ts), serves fixture pages at the real mail URLs
 * with the hosts' security headers, opens the popup and options pages, and records every
 * request that tries to leave the machine so a test can fail on it.
 *
 * How fixtures reach each browser:
 * - Chromium: puppeteer request interception answers requests before they touch the network.
 * - Firefox: every request goes to a local proxy; CONNECTs to a mail host are tunnelled to a
 *   local TLS server holding a self-signed certificate for the mail hosts (test/e2e/tls), which
 *   the WebDriver session accepts (`acceptInsecureCerts`).
 * In both, anything not served from a fixture is recorded in `leaks` and refused.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createTlsServer } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, {
  type Browser,
  type Frame,
  type HTTPRequest,
  type Page,
  type Target,
} from 'puppeteer-core';
import {
  familyOf,
  hostnameOf,
  MAIL_HOSTS as MAIL_HOST_TABLE,
} from '../../src/content/hosts/mail-hosts';
import { browserExecutable } from '../tools/browsers.mjs';
import { marionetteView, puppeteerView, type View } from './ext-view';
import { Marionette } from './marionette';

export type { View } from './ext-view';

/** The slice of the extension API that page-side test code calls (no @types/chrome here). */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
export type BrowserName = 'chromium' | 'firefox';
const ALL_BROWSERS: BrowserName[] = ['chromium', 'firefox'];
/**
 * The browsers this run drives: both, or the one named by FT_BROWSER (`npm run test:e2e --
 * --browser firefox` sets it), so a maintainer can run one browser's suite by itself.
 */
export const BROWSERS: BrowserName[] = browsersToRun(process.env.FT_BROWSER);

function browsersToRun(wanted: string | undefined): BrowserName[] {
  if (!wanted) return ALL_BROWSERS;
  const picked = ALL_BROWSERS.filter((name) => name === wanted);
  if (!picked.length)
    throw new Error(`FT_BROWSER=${wanted}: not a browser here; use ${ALL_BROWSERS.join(' or ')}`);
  return picked;
}

const ROOT = resolve(import.meta.dirname, '../..');
const GECKO_ID = 'follow-through@follow-through.app';
/** Every mail hostname the extension runs on: the only ones the harness serves. */
export const MAIL_HOSTS = MAIL_HOST_TABLE.map(hostnameOf);

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
  'content-security-policy':
    "script-src 'nonce-fixture' 'strict-dynamic'; object-src 'none'; base-uri 'self'",
  'x-frame-options': 'SAMEORIGIN',
  'x-content-type-options': 'nosniff',
};

export interface Route {
  /** Origin + path prefix; the longest matching prefix wins. Query and hash are ignored. */
  prefix: string;
  file: string;
  headers?: Record<string, string>;
  contentType?: string;
}

/** Each host's fixture page script at a fixed path. */
const BASE_ROUTES: Route[] = MAIL_HOST_TABLE.map((host) => ({
  prefix: `${host.origin}/_fixture/${host.family}.js`,
  file: `test/fixtures/${host.family}/${host.family}-page.js`,
  contentType: 'text/javascript',
}));

/** Serve a fixture page at a real mail URL with that host's headers. */
export function fixtureRoute(url: string, file: string): Route {
  const headers = familyOf(new URL(url).hostname) === 'gmail' ? GMAIL_HEADERS : OUTLOOK_HEADERS;
  return { prefix: url, file, headers };
}

export interface Session {
  name: BrowserName;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  base: string;
  /** Requests that tried to reach the network (anything not served from a fixture). */
  leaks: string[];
  /** Serve `route.file` for URLs under `route.prefix` from now on. */
  route(route: Route): void;
  /** Open a mail page (served from a route) in a new tab. */
  open(url: string): Promise<View>;
  /** The window `opener` opened with `window.open` (once it exists), as a page view. */
  popup(opener: View): Promise<View>;
  /** The toolbar popup's page, in a tab (headless browsers have no toolbar). */
  openPopup(): Promise<View>;
  openOptions(): Promise<View>;
  /** The n-th panel iframe docked in `page`, once its UI has rendered. */
  panel(page: View, index?: number): Promise<View>;
  /** How many panel iframes `page` holds now. */
  panelCount(page: View): Promise<number>;
  /** Make `page`'s viewport `width` × `height` CSS px, as a person resizing the window would. */
  resize(page: View, width: number, height: number): Promise<void>;
  /**
   * Replace all stored data with `data` (interviews, templates, settings as in an export file),
   * through the real background writer, as an import from the options page would.
   */
  seed(data: { interviews: unknown[]; templates: unknown[]; settings: unknown }): Promise<void>;
  /** Save what `view` shows (its viewport) as a PNG at `path`, in either browser. */
  screenshot(view: View, path: string): Promise<void>;
  /**
   * What the extension's own code threw or logged as an error or warning since launch: content
   * scripts (which the page's `onerror` never sees), panels, extension pages and the worker.
   */
  extensionErrors(): Promise<string[]>;
  /** Chromium only: the puppeteer page behind a view (CDP metrics, screenshots). */
  chromiumPage(view: View): Page;
  /** Chromium only: the browser, for service-worker targets and CDP sessions. */
  chromium(): Browser;
  /**
   * Firefox only: run `body` (an async function body; `args` and `extensionId` in scope) in
   * the browser's privileged chrome context, to drive the add-on machinery itself (stop the
   * event page as the idle timer would). Never touches a page.
   */
  firefoxChrome<T>(body: string, args?: unknown[]): Promise<T>;
  close(): Promise<void>;
}

function findRoute(routes: Route[], url: string): Route | undefined {
  const bare = url.split('#')[0]!.split('?')[0]!;
  return routes
    .filter((candidate) => bare.startsWith(candidate.prefix.split('#')[0]!.split('?')[0]!))
    .sort((a, b) => b.prefix.length - a.prefix.length)[0];
}

/** Browser-internal traffic that is not the extension's, each checked by hand. */
const BROWSER_NOISE = [
  // Chromium's updater and its Google-account consistency checks when a Google origin loads.
  /^CONNECT (update\.googleapis\.com|accounts\.google\.com|clients2\.google\.com|content-autofill\.googleapis\.com|redirector\.gvt1\.com):443$/,
  /^(GET|POST) http:\/\/(update\.googleapis\.com|clients2\.google\.com)\//,
  // Chromium preconnects to the origin it is about to load; the requests themselves are served.
  /^CONNECT (mail\.google\.com|outlook\.[a-z0-9.]+):443$/,
  // Firefox's remote settings, pushed whatever the prefs say.
  /^CONNECT (firefox\.settings\.services\.mozilla\.com|content-signature-2\.cdn\.mozilla\.net|aus5\.mozilla\.org):443$/,
];

/** Sessions open now; the e2e setup checks each for leaks after every test. */
export const openSessions = new Set<Session>();

/** Leaks that are the extension's or the page's (browser-internal noise filtered out). */
export function extensionLeaks(session: Session): string[] {
  return session.leaks.filter((leak) => !BROWSER_NOISE.some((noise) => noise.test(leak)));
}

interface FixtureServer {
  proxy: string;
  close(): void;
}

/** The proxy both browsers use; for Firefox it also terminates TLS for the mail hosts. */
async function startFixtureServer(routes: Route[], leaks: string[]): Promise<FixtureServer> {
  const serve = (request: IncomingMessage, response: ServerResponse): void => {
    const url = `https://${request.headers.host}${request.url}`;
    const route = findRoute(routes, url);
    if (!route) {
      // The browser's own favicon fetch is not the extension's doing.
      if (!request.url?.startsWith('/favicon.ico')) leaks.push(`${request.method} ${url}`);
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'content-type': route.contentType ?? 'text/html; charset=utf-8',
      ...(route.headers ?? {}),
    });
    response.end(readFileSync(join(ROOT, route.file)));
  };
  const tls = createTlsServer(
    {
      key: readFileSync(join(ROOT, 'test/e2e/tls/key.pem')),
      cert: readFileSync(join(ROOT, 'test/e2e/tls/cert.pem')),
    },
    serve,
  );
  await new Promise<void>((done) => tls.listen(0, '127.0.0.1', done));
  const tlsPort = (tls.address() as AddressInfo).port;

  const proxy: Server = createServer((request, response) => {
    leaks.push(`${request.method} ${request.url}`);
    response.writeHead(502).end();
  });
  proxy.on('connect', (request, socket, head) => {
    const [host, port] = (request.url ?? '').split(':');
    if (!MAIL_HOSTS.includes(host!) || port !== '443') {
      leaks.push(`CONNECT ${request.url}`);
      socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
      return;
    }
    const upstream = connect(tlsPort, '127.0.0.1', () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.destroy());
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return {
    proxy: `127.0.0.1:${(proxy.address() as AddressInfo).port}`,
    close() {
      proxy.close();
      tls.close();
      proxy.closeAllConnections?.();
      tls.closeAllConnections?.();
    },
  };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  await new Promise((done) => server.close(done));
  return port;
}

/**
 * Flags that keep Chromium from calling its own servers (updates, sync, translation, phishing
 * lists): the test machine has no network for them, and the tests must not depend on one.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-features=Translate,OptimizationHints,MediaRouter,AutofillServerCommunication,NetworkTimeServiceQuerying',
  '--disable-client-side-phishing-detection',
  '--disable-default-apps',
  '--disable-domain-reliability',
  '--no-pings',
  '--dns-prefetch-disable',
  '--window-size=1400,900',
];

/** An error or warning whose source is one of the extension's own scripts. */
const fromExtension = (url: string | undefined): boolean =>
  /^(chrome|moz)-extension:/.test(url ?? '');

/**
 * Listens on every target Chromium opens (pages, the panel's out-of-process frames, the worker)
 * for exceptions and console errors or warnings raised by the extension's own scripts.
 */
function watchExtensionErrors(browser: Browser): string[] {
  const errors: string[] = [];
  const attach = async (target: Target): Promise<void> => {
    if (!['page', 'other', 'service_worker', 'iframe'].includes(target.type())) return;
    const cdp = await target.createCDPSession();
    if (target.type() === 'service_worker') {
      // While a session is attached, a stopped worker keeps its target and, when an event wakes
      // it, waits for the debugger before running a line (puppeteer/puppeteer#9995,
      // crbug.com/1371432): let it run, as DevTools does, or the extension would never wake.
      cdp.on('Inspector.targetReloadedAfterCrash', () => {
        void cdp.send('Runtime.runIfWaitingForDebugger').catch(() => undefined);
      });
    }
    cdp.on('Runtime.exceptionThrown', ({ exceptionDetails: details }) => {
      const urls = [details.url, ...(details.stackTrace?.callFrames ?? []).map((f) => f.url)];
      if (urls.some(fromExtension))
        errors.push(
          `${details.exception?.description ?? details.text} (${urls.find(fromExtension)})`,
        );
    });
    cdp.on('Runtime.consoleAPICalled', (event) => {
      const url = event.stackTrace?.callFrames[0]?.url;
      if ((event.type === 'error' || event.type === 'warning') && fromExtension(url))
        errors.push(
          `console.${event.type}: ${event.args.map((a) => a.value ?? a.description).join(' ')} (${url})`,
        );
    });
    await cdp.send('Runtime.enable');
  };
  const safely = (target: Target): void => void attach(target).catch(() => undefined);
  browser.on('targetcreated', safely);
  for (const target of browser.targets()) safely(target);
  return errors;
}

/** Runs in Firefox's chrome context: the browser console's entries from `arguments[0]`'s scripts. */
const FIREFOX_EXTENSION_ERRORS = `
  const base = arguments[0];
  const found = [];
  for (const message of Services.console.getMessageArray() ?? []) {
    if (!(message instanceof Ci.nsIScriptError) || !message.sourceName.startsWith(base)) continue;
    if (message.flags & Ci.nsIScriptError.warningFlag) continue;
    found.push(message.errorMessage + ' (' + message.sourceName + ':' + message.lineNumber + ')');
  }
  const storage = Cc['@mozilla.org/consoleAPI-storage;1'].getService(Ci.nsIConsoleAPIStorage);
  for (const event of storage.getEvents()) {
    if (!['error', 'warn'].includes(event.level) || !String(event.filename).startsWith(base)) continue;
    found.push('console.' + event.level + ': ' + event.arguments.map(String).join(' ') + ' (' + event.filename + ')');
  }
  return found;`;

async function launchChromium(
  profile: string,
  proxy: string,
  routes: Route[],
  leaks: string[],
  headless: boolean,
  fresh: boolean,
): Promise<
  Omit<Session, 'name' | 'leaks' | 'route' | 'close' | 'seed'> & { close(): Promise<void> }
> {
  const browser = await puppeteer.launch({
    executablePath: browserExecutable('chromium'),
    headless,
    userDataDir: profile,
    enableExtensions: [join(ROOT, 'dist/chrome')],
    pipe: true,
    args: [...CHROMIUM_ARGS, `--proxy-server=http://${proxy}`, '--proxy-bypass-list=<-loopback>'],
    defaultViewport: headless ? { width: 1400, height: 900 } : null,
  });
  const worker = await browser.waitForTarget(
    (target) =>
      target.type() === 'service_worker' && target.url().startsWith('chrome-extension://'),
    { timeout: 20_000 },
  );
  const base = /^chrome-extension:\/\/[^/]+\//.exec(worker.url())![0];
  // A fresh profile is a first install, which opens the welcome tab. A page opened before it
  // would end up behind it, and Chromium stops rendering a background tab: its animation frames
  // and IntersectionObservers wait, and so does puppeteer's click, which waits on one.
  if (fresh) {
    await browser.waitForTarget((target) => target.url() === `${base}src/welcome/index.html`, {
      timeout: 20_000,
    });
  }
  const pages = new WeakMap<View, Page>();
  const errors = watchExtensionErrors(browser);

  const newPage = async (url: string): Promise<View> => {
    const page = await browser.newPage();
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      if (request.isInterceptResolutionHandled()) return;
      const target = request.url();
      if (/^(chrome-extension|data|blob|about):/.test(target)) {
        void request.continue();
        return;
      }
      const route = findRoute(routes, target);
      if (!route) {
        if (new URL(target).pathname !== '/favicon.ico')
          leaks.push(`${request.method()} ${target}`);
        void request.respond({ status: 404, body: '' });
        return;
      }
      void request.respond({
        status: 200,
        contentType: route.contentType ?? 'text/html; charset=utf-8',
        headers: route.headers ?? {},
        body: readFileSync(join(ROOT, route.file)),
      });
    });
    await page.goto(url, { waitUntil: 'load' });
    const view = puppeteerView(page);
    pages.set(view, page);
    return view;
  };
  // With use_dynamic_url the panel may load under a per-session id: match scheme and path.
  const panelFrames = (page: Page): Frame[] =>
    page
      .frames()
      .filter(
        (frame) =>
          frame.url().startsWith('chrome-extension:') && frame.url().includes('/src/panel/'),
      );
  const pageOf = (view: View): Page => {
    const page = pages.get(view);
    if (!page) throw new Error('not a page view of this session');
    return page;
  };

  return {
    base,
    open: newPage,
    async popup(opener) {
      const target = await browser.waitForTarget(
        (candidate) => candidate.opener() === pageOf(opener).target(),
        { timeout: 10_000 },
      );
      const page = (await target.page())!;
      const view = puppeteerView(page);
      pages.set(view, page);
      return view;
    },
    openPopup: () => newPage(`${base}src/popup/index.html`),
    openOptions: () => newPage(`${base}src/options/index.html`),
    async panelCount(view) {
      return panelFrames(pageOf(view)).length;
    },
    async resize(view, width, height) {
      await pageOf(view).setViewport({ width, height });
    },
    async panel(view, index = 0) {
      const page = pageOf(view);
      const frame = await until(() => panelFrames(page)[index], `panel iframe #${index}`, 15_000);
      const panel = puppeteerView(page, frame);
      await panel.waitFor('[aria-label="Follow-Through"]', { timeout: 15_000 });
      return panel;
    },
    async screenshot(view, path) {
      await pageOf(view).screenshot({ path: path as `${string}.png` });
    },
    extensionErrors: async () => [...errors],
    chromiumPage: pageOf,
    chromium: () => browser,
    firefoxChrome() {
      throw new Error('firefoxChrome() is for Firefox sessions');
    },
    close: () => browser.close(),
  };
}

async function launchFirefox(
  profile: string,
  proxy: string,
  extraPrefs: Record<string, string | number | boolean>,
  headless = true,
): Promise<
  Omit<Session, 'name' | 'leaks' | 'route' | 'close' | 'seed'> & { close(): Promise<void> }
> {
  const uuid = randomUUID();
  const marionettePort = await freePort();
  const [proxyHost, proxyPort] = proxy.split(':');
  const prefs: Record<string, string | number | boolean> = {
    // A fixed internal UUID so tests can open moz-extension:// pages.
    'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: uuid }),
    'marionette.port': marionettePort,
    'network.proxy.type': 1,
    'network.proxy.http': proxyHost!,
    'network.proxy.http_port': Number(proxyPort),
    'network.proxy.ssl': proxyHost!,
    'network.proxy.ssl_port': Number(proxyPort),
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': false,
    // Quiet: no first-run pages, telemetry, updates, safe-browsing lists or captive-portal probes.
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'browser.startup.page': 0,
    'browser.aboutwelcome.enabled': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'toolkit.telemetry.reportingpolicy.firstRun': false,
    'app.update.disabledForTesting': true,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.safebrowsing.downloads.enabled': false,
    'browser.safebrowsing.blockedURIs.enabled': false,
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'extensions.update.enabled': false,
    'extensions.blocklist.enabled': false,
    'services.settings.server': 'http://127.0.0.1:9/',
    'browser.newtabpage.enabled': false,
    'browser.newtab.preload': false,
    'network.dns.disablePrefetch': true,
    'network.prefetch-next': false,
    'network.http.speculative-parallel-limit': 0,
    'dom.security.https_only_mode': false,
    'security.OCSP.enabled': 0,
    'ui.systemUsesDarkTheme': 0,
    ...extraPrefs,
  };
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs)
      .map(([key, value]) => `user_pref(${JSON.stringify(key)}, ${JSON.stringify(value)});`)
      .join('\n'),
  );
  const child: ChildProcess = spawn(
    browserExecutable('firefox'),
    [
      '--marionette',
      ...(headless ? ['--headless'] : []),
      '--no-remote',
      '--profile',
      profile,
      '--width',
      '1400',
      '--height',
      '900',
    ],
    // Lets Marionette open moz-extension:// pages in a tab.
    { env: { ...process.env, MOZ_REMOTE_ALLOW_SYSTEM_ACCESS: '1' }, stdio: 'ignore' },
  );
  const marionette = await Marionette.open(marionettePort, {
    acceptInsecureCerts: true,
    pageLoadStrategy: 'normal',
    timeouts: { script: 30_000, pageLoad: 30_000, implicit: 0 },
  });
  await marionette.send('Addon:Install', { path: join(ROOT, 'dist/firefox'), temporary: true });
  const base = `moz-extension://${uuid}/`;
  const handles = new WeakMap<View, string>();
  // The first, blank tab stays open so closing the last test tab never ends the session.
  const [home] = await marionette.send<string[]>('WebDriver:GetWindowHandles');
  /** Every window handle a test has been given, so a new one is a page's own `window.open`. */
  const known = new Set<string>([home!]);

  const openTab = async (url: string): Promise<View> => {
    const { handle } = await marionette.send<{ handle: string }>('WebDriver:NewWindow', {
      type: 'tab',
      focus: true,
    });
    known.add(handle);
    await marionette.send('WebDriver:SwitchToWindow', { handle, focus: true });
    await marionette.send('WebDriver:Navigate', { url });
    const view = marionetteView(marionette, { handle }, async () => {
      await marionette.send('WebDriver:SwitchToWindow', { handle, focus: true });
      await marionette.send('WebDriver:CloseWindow');
      await marionette.send('WebDriver:SwitchToWindow', { handle: home, focus: true });
    });
    handles.set(view, handle);
    return view;
  };
  const handleOf = (view: View): string => {
    const handle = handles.get(view);
    if (!handle) throw new Error('not a page view of this session');
    return handle;
  };
  /**
   * Indexes of the panel iframes among the tab's child frames (shadow trees included). A frame
   * removed mid-count (a compose closing) is discarded under Marionette's feet: count again.
   */
  const panelIndexes = async (handle: string): Promise<number[]> => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await countPanels(handle);
      } catch (error) {
        if (attempt >= 5 || !/discarded|no such (window|frame)/i.test(String(error))) throw error;
      }
    }
  };
  const countPanels = async (handle: string): Promise<number[]> => {
    const indexes: number[] = [];
    for (let index = 0; index < 50; index++) {
      await marionette.send('WebDriver:SwitchToWindow', { handle, focus: true });
      await marionette.send('WebDriver:SwitchToFrame', { id: null });
      try {
        await marionette.send('WebDriver:SwitchToFrame', { id: index });
      } catch {
        break;
      }
      // GetCurrentURL answers for the top-level page, so ask the frame itself.
      // A frame that is navigating or being removed answers with no string; it is no panel.
      const url: unknown = await marionette.send<unknown>('WebDriver:ExecuteScript', {
        script: 'return document.location.href',
      });
      if (
        typeof url === 'string' &&
        url.startsWith('moz-extension:') &&
        url.includes('/src/panel/')
      )
        indexes.push(index);
    }
    return indexes;
  };

  return {
    base,
    open: openTab,
    async popup() {
      const handle = await until(async () => {
        const all = await marionette.send<string[]>('WebDriver:GetWindowHandles');
        for (const candidate of all.filter((h) => !known.has(h))) {
          // The welcome page the extension opens on install is a new window too, not the page's.
          await marionette.send('WebDriver:SwitchToWindow', { handle: candidate, focus: false });
          await marionette.send('WebDriver:SwitchToFrame', { id: null });
          const url = await marionette.send<string>('WebDriver:ExecuteScript', {
            script: 'return document.location.href',
          });
          if (!url.startsWith('moz-extension:')) return candidate;
          known.add(candidate);
        }
        return undefined;
      }, 'a window opened by the page');
      known.add(handle);
      const view = marionetteView(marionette, { handle }, async () => {
        await marionette.send('WebDriver:SwitchToWindow', { handle, focus: true });
        await marionette.send('WebDriver:CloseWindow');
        await marionette.send('WebDriver:SwitchToWindow', { handle: home, focus: true });
      });
      handles.set(view, handle);
      return view;
    },
    openPopup: () => openTab(`${base}src/popup/index.html`),
    openOptions: () => openTab(`${base}src/options/index.html`),
    async panelCount(view) {
      return (await panelIndexes(handleOf(view))).length;
    },
    async resize(view, width, height) {
      // Marionette sizes the outer window: correct by what the browser's own UI takes.
      await marionette.send('WebDriver:SwitchToWindow', { handle: handleOf(view), focus: true });
      await marionette.send('WebDriver:SwitchToFrame', { id: null });
      for (let attempt = 0; attempt < 4; attempt++) {
        const [innerWidth, innerHeight] = await marionette.send<[number, number]>(
          'WebDriver:ExecuteScript',
          { script: 'return [window.innerWidth, window.innerHeight]' },
        );
        if (innerWidth === width && innerHeight === height) return;
        const outer = await marionette.send<{ width: number; height: number }>(
          'WebDriver:GetWindowRect',
        );
        await marionette.send('WebDriver:SetWindowRect', {
          width: outer.width + width - innerWidth,
          height: outer.height + height - innerHeight,
        });
      }
      throw new Error(`could not size the Firefox viewport to ${width}×${height}`);
    },
    async panel(view, index = 0) {
      const handle = handleOf(view);
      const { frame } = await until<{ frame: number } | undefined>(
        async () => {
          const frame = (await panelIndexes(handle))[index];
          return frame === undefined ? undefined : { frame };
        },
        `panel iframe #${index}`,
        15_000,
      );
      const panel = marionetteView(marionette, { handle, frame }, async () => undefined);
      await panel.waitFor('[aria-label="Follow-Through"]', { timeout: 15_000 });
      return panel;
    },
    async screenshot(view, path) {
      await marionette.send('WebDriver:SwitchToWindow', { handle: handleOf(view), focus: true });
      await marionette.send('WebDriver:SwitchToFrame', { id: null });
      const png = await marionette.send<string>('WebDriver:TakeScreenshot', { full: false });
      writeFileSync(path, Buffer.from(png, 'base64'));
    },
    async extensionErrors() {
      // The browser console holds every script error and console call of every context; only
      // chrome-privileged code can read it (MOZ_REMOTE_ALLOW_SYSTEM_ACCESS above).
      await marionette.send('Marionette:SetContext', { value: 'chrome' });
      try {
        return await marionette.send<string[]>('WebDriver:ExecuteScript', {
          script: FIREFOX_EXTENSION_ERRORS,
          args: [base],
        });
      } finally {
        await marionette.send('Marionette:SetContext', { value: 'content' });
      }
    },
    chromiumPage() {
      throw new Error('chromiumPage() is for Chromium sessions');
    },
    chromium() {
      throw new Error('chromium() is for Chromium sessions');
    },
    async firefoxChrome<T>(body: string, args: unknown[] = []) {
      await marionette.send('Marionette:SetContext', { value: 'chrome' });
      try {
        const script = `const [args, done] = [[...arguments].slice(0, -1), arguments[arguments.length - 1]];
          const extensionId = ${JSON.stringify(GECKO_ID)};
          (async () => { ${body} })().then(
            (value) => done({ ok: true, value: value === undefined ? null : value }),
            (error) => done({ ok: false, error: String((error && error.stack) || error) }));`;
        const result = await marionette.send<{ ok: boolean; value?: T; error?: string }>(
          'WebDriver:ExecuteAsyncScript',
          { script, args },
        );
        if (!result.ok) throw new Error(result.error);
        return result.value as T;
      } finally {
        await marionette.send('Marionette:SetContext', { value: 'content' });
      }
    },
    async close() {
      await marionette.send('Marionette:Quit', { flags: ['eForceQuit'] }).catch(() => undefined);
      marionette.close();
      await new Promise<void>((done) => {
        if (child.exitCode !== null) return done();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          done();
        }, 5000);
        child.once('exit', () => {
          clearTimeout(timer);
          done();
        });
      });
    },
  };
}

export interface LaunchOptions {
  /** Show the window (`npm start` with a display). */
  headless?: boolean;
  /**
   * A profile folder to use and keep (`npm start` keeps one under `out/` so the browser it
   * leaves open is one the user can go on using); a fresh temporary one, removed on close,
   * when absent.
   */
  profile?: string;
  /** Firefox only: extra preferences, e.g. a short background idle timeout. */
  firefoxPrefs?: Record<string, string | number | boolean>;
}

export async function launch(
  name: BrowserName,
  { headless = true, firefoxPrefs = {}, profile: keep }: LaunchOptions = {},
): Promise<Session> {
  const leaks: string[] = [];
  const routes: Route[] = [...BASE_ROUTES];
  const fixtures = await startFixtureServer(routes, leaks);
  if (keep) mkdirSync(keep, { recursive: true });
  const profile = keep ?? mkdtempSync(join(tmpdir(), `ft-${name}-`));
  const removeProfile = (): void => {
    if (!keep) rmSync(profile, { recursive: true, force: true, maxRetries: 3 });
  };
  let driver: Awaited<ReturnType<typeof launchChromium>>;
  try {
    driver =
      name === 'chromium'
        ? await launchChromium(profile, fixtures.proxy, routes, leaks, headless, !keep)
        : await launchFirefox(profile, fixtures.proxy, firefoxPrefs, headless);
  } catch (error) {
    fixtures.close();
    removeProfile();
    throw error;
  }
  const session: Session = {
    ...driver,
    name,
    leaks,
    route(route) {
      routes.push(route);
    },
    async seed(data) {
      const options = await driver.openOptions();
      const reply = await options.evaluate(
        (payload) => {
          const api =
            (globalThis as unknown as { browser?: typeof chrome; chrome: typeof chrome }).browser ??
            chrome;
          return api.runtime.sendMessage({ type: 'ui-bg-import', payload }) as Promise<{
            ok: boolean;
            error?: string;
          }>;
        },
        {
          data: { interviews: data.interviews, templates: data.templates, settings: data.settings },
          mode: 'replace',
        },
      );
      await options.close();
      if (!reply?.ok) throw new Error(`seeding failed: ${JSON.stringify(reply)}`);
    },
    async close() {
      openSessions.delete(session);
      await driver.close().catch(() => undefined);
      fixtures.close();
      removeProfile();
    },
  };
  openSessions.add(session);
  return session;
}

/** Chromium only: stop the extension's service worker and see it woken, as the browser reports it. */
export interface ChromiumWorker {
  /** Stop it, as the browser does after ~30 s idle, and wait until it reads as stopped. */
  stop(): Promise<void>;
  /** Wait until it runs again after the last `stop()` (something woke it). */
  woken(): Promise<void>;
  detach(): Promise<void>;
}

/**
 * The worker's running status comes from CDP's ServiceWorker domain, reached through `view`
 * (an extension page). Its target cannot tell: while the error watcher holds a session on it,
 * a stopped worker keeps its target (puppeteer's TargetManager says so of attached workers).
 */
export async function chromiumWorker(session: Session, view: View): Promise<ChromiumWorker> {
  const cdp = await session.chromiumPage(view).createCDPSession();
  let status = '';
  let stops = 0;
  let starts = 0;
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const version of versions) {
      if (!version.scriptURL.startsWith(session.base) || version.status === 'redundant') continue;
      // Counted as transitions: the browser repeats a status for each registration change.
      if (version.runningStatus !== status && version.runningStatus === 'stopped') stops++;
      if (version.runningStatus !== status && version.runningStatus === 'running') starts++;
      status = version.runningStatus;
    }
  });
  await cdp.send('ServiceWorker.enable');
  let startsAtStop = 0;
  return {
    async stop() {
      const before = stops;
      startsAtStop = starts;
      await cdp.send('ServiceWorker.stopAllWorkers');
      // Counted, so a worker woken again at once still shows it stopped; or already idle.
      await until(() => stops > before || status === 'stopped', 'the worker to stop');
    },
    async woken() {
      await until(() => starts > startsAtStop, 'the worker to wake');
    },
    detach: () => cdp.detach(),
  };
}

/** Poll `check` until it returns a truthy value (conditions, never fixed sleeps). */
export async function until<T>(
  check: () => Promise<T> | T,
  what: string,
  timeout = 10_000,
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
