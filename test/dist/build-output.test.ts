/**
 * Checks on what `npm run build` wrote, run after the build by `npm test`: valid MV3 manifests
 * with the least privilege we need (no host permissions, content scripts and the panel only on
 * the mail origins, no network from extension pages), no dev-server code, no remote or dynamic
 * code, and the content-script size budget.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/content/hosts';
import { MAIL_HOSTS } from '../../src/content/hosts/mail-hosts';

const MAIL_ORIGINS = MAIL_HOSTS.flatMap((host) => host.matches);
const GMAIL_ORIGINS = MAIL_HOSTS.filter((host) => host.family === 'gmail').flatMap(
  (host) => host.matches,
);
/**
 * The budget for everything one mail family's content script loads into every page of that
 * family: it is injected on every mail page load, before the user asks for anything. 28,000 B
 * since the Insert guard checks what is painted (masks, filters, pseudo-elements, top layer)
 * and how long the panel has been still, which must run in the page's own process.
 */
const CONTENT_SCRIPT_BUDGET = 28_000;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

describe.each(['chrome', 'firefox'])('dist/%s', (target) => {
  const dir = `dist/${target}`;
  const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  const text = files(dir)
    .filter((file) => /\.(js|html|json|css)$/.test(file))
    .map((file) => [file, readFileSync(file, 'utf8')] as const);

  test('is a Manifest V3 extension with a name, version and icons that exist', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.version).toMatch(/^\d+\.\d+\.\d+$/);
    for (const icon of Object.values<string>(manifest.icons))
      expect(existsSync(join(dir, icon))).toBe(true);
    expect(existsSync(join(dir, manifest.action.default_popup))).toBe(true);
    expect(existsSync(join(dir, manifest.options_ui.page))).toBe(true);
    expect(existsSync(join(dir, '_locales/en/messages.json'))).toBe(true);
  });

  test('asks only for the permissions the code uses and no host permissions', () => {
    expect([...manifest.permissions].sort()).toEqual(['alarms', 'notifications', 'storage']);
    expect(manifest.host_permissions ?? []).toEqual([]);
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(JSON.stringify(manifest)).not.toMatch(/<all_urls>|\*:\/\/\*\//);
  });

  test('runs one content script per mail family, on the mail origins only, at document idle', () => {
    expect(manifest.content_scripts).toHaveLength(2);
    const [gmail, outlook] = manifest.content_scripts;
    expect(gmail.matches).toEqual(GMAIL_ORIGINS);
    expect([...gmail.matches, ...outlook.matches].sort()).toEqual([...MAIL_ORIGINS].sort());
    for (const script of manifest.content_scripts) {
      expect(script.run_at).toBe('document_idle');
      // Top documents only, never frames, nor data:/blob: documents.
      expect(script.all_frames).toBe(false);
      expect(script.match_origin_as_fallback).toBeUndefined();
      for (const file of script.js) expect(existsSync(join(dir, file))).toBe(true);
    }
    // Outlook's pop-out is an about:blank window its opener renders into; Gmail has none.
    expect(outlook.match_about_blank).toBe(true);
    expect(gmail.match_about_blank).toBeUndefined();
  });

  test('each family entry runs on the hosts the adapter map gives that family', () => {
    for (const script of manifest.content_scripts) {
      const family = /entry-(\w+)\.js$/.exec(script.js[0])?.[1];
      for (const match of script.matches) {
        expect(adapterFor(new URL(match.replace('*', '')).hostname)?.family, match).toBe(family);
      }
    }
  });

  test("a Gmail page loads only Gmail's adapter, an Outlook page only Outlook's", () => {
    const code = (index: number) =>
      manifest.content_scripts[index].js
        .map((file: string) => readFileSync(join(dir, file), 'utf8'))
        .join('\n');
    // One selector from each family's selectors file stands for its adapter.
    expect(code(0)).toContain('subjectbox');
    expect(code(0)).not.toContain('docking_InitVisiblePart_');
    expect(code(1)).toContain('docking_InitVisiblePart_');
    expect(code(1)).not.toContain('subjectbox');
  });

  test('exposes only the panel page to the mail origins', () => {
    expect(manifest.web_accessible_resources).toHaveLength(1);
    const [war] = manifest.web_accessible_resources;
    expect(war.resources).toEqual(['src/panel/index.html']);
    expect([...war.matches].sort()).toEqual([...MAIL_ORIGINS].sort());
    // Firefox already randomises its moz-extension UUID per install; Chrome needs the flag.
    if (target === 'chrome') expect(war.use_dynamic_url).toBe(true);
  });

  test('locks extension pages to their own scripts and no network', () => {
    const csp: string = manifest.content_security_policy.extension_pages;
    expect(csp).toMatch(/script-src 'self'(;|$)/);
    expect(csp).toContain("connect-src 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline/);
    // The only addresses in it are the mail origins allowed to frame the panel.
    expect(/frame-ancestors ([^;]*)/.exec(csp)?.[1]?.split(' ')).toEqual(
      MAIL_HOSTS.map((host) => host.origin),
    );
    const addresses = csp.match(/https?:\/\/[^\s;]+/g) ?? [];
    expect(
      addresses.filter((origin) => !MAIL_HOSTS.some((host) => host.origin === origin)),
    ).toEqual([]);
  });

  test('carries the browser-specific background and settings', () => {
    if (target === 'chrome') {
      expect(manifest.background.service_worker).toBeTruthy();
      expect(manifest.background.scripts).toBeUndefined();
    } else {
      expect(manifest.background.scripts).toHaveLength(1);
      expect(manifest.background.service_worker).toBeUndefined();
      expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({
        required: ['none'],
      });
    }
  });

  test('contains no dev-server code', () => {
    for (const [file, content] of text) {
      expect(content, file).not.toMatch(/localhost|127\.0\.0\.1|@vite\/client|ws:\/\//);
    }
  });

  test('contains no remote or dynamic code', () => {
    for (const [file, content] of text) {
      expect(content, file).not.toMatch(
        /\beval\(|new Function\(|import\(\s*["'`]https?:|<script[^>]+src=["']?https?:/,
      );
      // The one fetch allowed reads a file packaged in the extension itself (the panel's concern
      // model), by the URL `runtime.getURL` gives: never a network address.
      expect(content, file).not.toMatch(
        /\bfetch\((?![\w$]+\.runtime\.getURL\()|XMLHttpRequest|sendBeacon|new WebSocket/,
      );
    }
  });

  test(`keeps each content script self-contained and within ${CONTENT_SCRIPT_BUDGET} bytes`, () => {
    for (const file of manifest.content_scripts.flatMap((script: { js: string[] }) => script.js)) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code).not.toMatch(/^\s*import\s|\bimport\(/m);
      expect(Buffer.byteLength(code)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    }
  });
});
