/**
 * The mail-host table and what the build derives from it: adding a row must be enough for a
 * host of a family we support, and a half-added host must fail loudly.
 */
import { X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { adapterFor } from '../../src/content/hosts';
import {
  familyOf,
  hostnameOf,
  MAIL_HOSTS,
  type MailFamily,
  type MailHost,
} from '../../src/content/hosts/mail-hosts';
import { manifestFor, sourceManifest, type Target } from '../tools/manifest';

const row = (origin: string, family: string): MailHost => ({
  origin,
  family: family as MailFamily,
  matches: [`${origin}/*`],
});

/** The manifest's host-derived parts, by where they end up. */
function hostParts(manifest: ReturnType<typeof manifestFor>) {
  const scripts: { js: string[]; matches: string[] }[] = manifest.content_scripts;
  return {
    script: (family: string) =>
      scripts.find((script) => script.js[0]!.includes(`entry-${family}.`))!,
    webAccessible: manifest.web_accessible_resources[0].matches as string[],
    frameAncestors: /frame-ancestors ([^;]*)/
      .exec(manifest.content_security_policy.extension_pages)![1]!
      .split(' '),
  };
}

describe('MAIL_HOSTS', () => {
  test('each row is a bare https origin whose patterns stay on that origin', () => {
    for (const host of MAIL_HOSTS) {
      const url = new URL(host.origin);
      expect(url.protocol, host.origin).toBe('https:');
      expect(url.origin, host.origin).toBe(host.origin);
      expect(host.matches.length, host.origin).toBeGreaterThan(0);
      for (const match of host.matches)
        expect(match.startsWith(`${host.origin}/`), match).toBe(true);
    }
    const hostnames = MAIL_HOSTS.map(hostnameOf);
    expect(new Set(hostnames).size).toBe(hostnames.length);
  });

  test("every row's hostname gets its family's adapter, and no other hostname gets one", () => {
    for (const host of MAIL_HOSTS) expect(adapterFor(hostnameOf(host))?.family).toBe(host.family);
    expect(adapterFor('mail.google.com.evil.example')).toBeNull();
    expect(adapterFor('google.com')).toBeNull();
    expect(familyOf('outlook.com')).toBeNull();
  });

  test("the e2e proxy's test certificate covers every host in the table", () => {
    const cert = new X509Certificate(readFileSync('test/e2e/tls/cert.pem'));
    const names = (cert.subjectAltName ?? '').split(', ').map((name) => name.replace(/^DNS:/, ''));
    const hostnames = MAIL_HOSTS.map(hostnameOf);
    const regenerate =
      'regenerate test/e2e/tls/cert.pem as its README says, with subjectAltName=' +
      hostnames.map((name) => `DNS:${name}`).join(',');
    expect(names, regenerate).toEqual(expect.arrayContaining(hostnames));
  });
});

describe.each<Target>(['chrome', 'firefox'])('the %s manifest', (target) => {
  test('takes every mail match from the table and none from manifest.json', () => {
    const source = JSON.stringify(sourceManifest());
    for (const host of MAIL_HOSTS) expect(source).not.toContain(hostnameOf(host));
    const parts = hostParts(manifestFor(target));
    for (const family of ['gmail', 'outlook']) {
      expect(parts.script(family).matches).toEqual(
        MAIL_HOSTS.filter((host) => host.family === family).flatMap((host) => host.matches),
      );
    }
    expect(parts.webAccessible).toEqual(MAIL_HOSTS.flatMap((host) => host.matches));
    expect(parts.frameAncestors).toEqual(MAIL_HOSTS.map((host) => host.origin));
  });

  test('an added Outlook row reaches its content script, the panel and frame-ancestors', () => {
    const extra = row('https://outlook.example.test', 'outlook');
    const parts = hostParts(manifestFor(target, [...MAIL_HOSTS, extra]));
    expect(parts.script('outlook').matches).toContain('https://outlook.example.test/*');
    expect(parts.script('gmail').matches).not.toContain('https://outlook.example.test/*');
    expect(parts.webAccessible).toContain('https://outlook.example.test/*');
    expect(parts.frameAncestors).toContain('https://outlook.example.test');
    // The real hosts are all still there.
    for (const host of MAIL_HOSTS)
      expect(parts.webAccessible).toEqual(expect.arrayContaining([...host.matches]));
  });

  test('an added Gmail row reaches the Gmail script only', () => {
    const parts = hostParts(
      manifestFor(target, [...MAIL_HOSTS, row('https://gmail.example.test', 'gmail')]),
    );
    expect(parts.script('gmail').matches).toContain('https://gmail.example.test/*');
    expect(parts.script('outlook').matches).not.toContain('https://gmail.example.test/*');
    expect(parts.webAccessible).toContain('https://gmail.example.test/*');
  });

  test('a row of a family with no content-script entry fails, naming the entry to add', () => {
    expect(() =>
      manifestFor(target, [...MAIL_HOSTS, row('https://mail.yahoo.com', 'yahoo')]),
    ).toThrow(/src\/content\/entry-yahoo\.ts/);
  });

  test('a family with a content script but no row fails instead of shipping an empty match list', () => {
    expect(() =>
      manifestFor(
        target,
        MAIL_HOSTS.filter((host) => host.family !== 'outlook'),
      ),
    ).toThrow(/no host for src\/content\/entry-outlook\.ts/);
  });
});
