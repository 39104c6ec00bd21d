/**
 * Checks on what `npm run build` wrote, run after the build by `npm test`: valid MV3 manifests
 * with the least privilege we need (perf-security.md S-1 to S-4, S-13), no dev-server code, no
 * remote or dynamic code, and the content-script size budget (T6).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const MAIL_ORIGINS = [
  'https://mail.google.com/*',
  'https://outlook.live.com/*',
  'https://outlook.office.com/*',
  'https://outlook.office365.com/*',
  'https://outlook.cloud.microsoft/*',
];
/**
 * The budget for everything the content script loads into every mail page: 20,000 B at first,
 * 24,000 B once Outlook's pop-out windows, read-only reply recipients and RoosterJS undo were
 * handled (the most it may grow by before each mail family gets its own entry).
 */
const CONTENT_SCRIPT_BUDGET = 24_000;

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
    for (const icon of Object.values<string>(manifest.icons)) expect(existsSync(join(dir, icon))).toBe(true);
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

  test('runs its content script on the five mail origins only, at document idle', () => {
    expect(manifest.content_scripts).toHaveLength(1);
    const [script] = manifest.content_scripts;
    expect([...script.matches].sort()).toEqual([...MAIL_ORIGINS].sort());
    expect(script.run_at).toBe('document_idle');
    // Top documents only, plus the about:blank windows those pages open (Outlook's pop-out);
    // never frames, nor data:/blob: documents (no match_origin_as_fallback).
    expect(script.all_frames).toBe(false);
    expect(script.match_about_blank).toBe(true);
    expect(script.match_origin_as_fallback).toBeUndefined();
    for (const file of script.js) expect(existsSync(join(dir, file))).toBe(true);
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
    expect(csp).not.toMatch(/unsafe-eval|unsafe-inline|https?:\/\/(?!mail\.google|outlook\.)/);
  });

  test('carries the browser-specific background and settings', () => {
    if (target === 'chrome') {
      expect(manifest.background.service_worker).toBeTruthy();
      expect(manifest.background.scripts).toBeUndefined();
    } else {
      expect(manifest.background.scripts).toHaveLength(1);
      expect(manifest.background.service_worker).toBeUndefined();
      expect(manifest.browser_specific_settings.gecko.id).toMatch(/@/);
      expect(manifest.browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
    }
  });

  test('contains no dev-server code', () => {
    for (const [file, content] of text) {
      expect(content, file).not.toMatch(/localhost|127\.0\.0\.1|@vite\/client|ws:\/\//);
    }
  });

  test('contains no remote or dynamic code', () => {
    for (const [file, content] of text) {
      expect(content, file).not.toMatch(/\beval\(|new Function\(|import\(\s*["'`]https?:|<script[^>]+src=["']?https?:/);
      expect(content, file).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|new WebSocket/);
    }
  });

  test(`keeps the content script self-contained and within ${CONTENT_SCRIPT_BUDGET} bytes`, () => {
    for (const file of manifest.content_scripts[0].js) {
      const code = readFileSync(join(dir, file), 'utf8');
      expect(code).not.toMatch(/^\s*import\s|\bimport\(/m);
      expect(Buffer.byteLength(code)).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    }
  });
});
