// @vitest-environment happy-dom
/**
 * The live check `npm run probe` prints, run as printed against fixture pages: it counts what
 * every selector role matches, outlines each compose, and its JSON carries none of the words,
 * names or addresses on the page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInThisContext } from 'node:vm';
import { afterEach, describe, expect, test } from 'vitest';
import { loadGmailFixture } from '../../src/content/hosts/fixture.test-helpers';
import * as gmailSelectors from '../../src/content/hosts/gmail.selectors';
import { probeScript } from '../tools/probe';

interface Outline {
  tag: string;
  attrs?: Record<string, string>;
  text?: boolean;
  children?: Outline[];
}
interface Report {
  family: string;
  page: { path: string; query: string[]; bodyClasses: string[] };
  roles: Record<string, { selector: string; count: number }[] | { url: boolean }>;
  composes: Outline[];
}

const setURL = (url: string) =>
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

/** Runs the printed script as the devtools console would, keeping what it logged. */
function runProbe(): { report: Report; logged: string } {
  const logged: string[] = [];
  const log = console.log;
  console.log = (line: string) => logged.push(line);
  try {
    const report = runInThisContext(probeScript()) as Report;
    return { report, logged: logged.join('\n') };
  } finally {
    console.log = log;
  }
}

/** Everything a person typed or that names someone, put where Gmail would show it. */
const PRIVATE = [
  'Gloria',
  'Benavides',
  'fenwickrowe',
  '@',
  'Thank you for today',
  'Dear',
  'weekend',
  'Alex Candidate',
  '555',
  'candidate',
];

afterEach(() => setURL('about:blank'));

describe('npm run probe', () => {
  test('prints a script built from the selectors files', () => {
    const script = probeScript();
    expect(script).toContain(JSON.stringify(gmailSelectors.sendButton[0]));
    expect(script).toContain('docking_InitVisiblePart_');
    expect(script).not.toMatch(/\bfetch\(|XMLHttpRequest|sendBeacon|WebSocket|\.src\s*=/);
  });

  test('on a Gmail compose: counts per role, an outline of the compose, and no private text', () => {
    setURL('https://mail.google.com/mail/u/0/#inbox?compose=new');
    loadGmailFixture('compose-signature-2026-12-03.html', 'compose');
    const root = document.querySelector('[role=dialog]')!;
    const chip = document.createElement('div');
    chip.setAttribute('role', 'option');
    chip.setAttribute('data-hovercard-id', 'gbenavides@fenwickrowe.example');
    chip.setAttribute('data-name', 'Gloria Benavides');
    chip.setAttribute('aria-label', 'Gloria Benavides <gbenavides@fenwickrowe.example>');
    chip.textContent = 'Gloria Benavides';
    root.querySelector('[name=to] [role=listbox]')!.append(chip);
    root.querySelector<HTMLInputElement>('input.aoT')!.value = 'Thank you for today';
    root.querySelector<HTMLInputElement>('input.aoT')!.setAttribute('value', 'Thank you for today');
    const line = document.createElement('div');
    line.textContent = 'Dear Gloria, about weekends: I am free.';
    root.querySelector('[g_editable]')!.prepend(line);

    const { report, logged } = runProbe();
    expect(report.family).toBe('gmail');
    expect(JSON.parse(logged)).toEqual(report);
    const counts = report.roles as Record<string, { selector: string; count: number }[]>;
    expect(counts.body![0]).toEqual({ selector: '.Ap [g_editable="true"]', count: 1 });
    expect(counts.sendButton![0]!.count).toBe(1);
    expect(counts.signaturePrefix![0]!.count).toBe(1);
    expect(report.roles.standalonePath).toEqual({ url: false });
    setURL('https://mail.google.com/mail/u/0/popout?ver=1#cmid%3D1');
    expect(runProbe().report.roles.standalonePath).toEqual({ url: true });
    expect(report.composes).toHaveLength(1);
    expect(report.composes[0]!.attrs).toMatchObject({ role: 'dialog', 'aria-label': '…' });

    const json = JSON.stringify(report);
    for (const secret of PRIVATE) expect(json, secret).not.toContain(secret);
    // The hooks a fixture needs are there.
    expect(json).toContain('"g_editable":"true"');
    expect(json).toContain('gmail_signature_prefix');
    expect(json).toContain('"data-hovercard-id":"…"');
    expect(json).toContain('"name":"subjectbox"');
  });

  test('on an Outlook compose: the Outlook roles, and no private text', () => {
    setURL('https://outlook.office.com/mail/deeplink/compose');
    const html = readFileSync(
      join(import.meta.dirname, '../fixtures/outlook/compose-new-2026-11-22.html'),
      'utf8',
    );
    const parsed = new DOMParser().parseFromString(html, 'text/html');
    for (const script of parsed.querySelectorAll('script')) script.remove();
    document.body.replaceChildren(
      ...[...parsed.body.childNodes].map((node) => document.importNode(node, true)),
    );
    const compose = document
      .querySelector<HTMLTemplateElement>('#compose')!
      .content.firstElementChild!.cloneNode(true) as HTMLElement;
    document.querySelector('[data-fixture=compose-slot]')!.append(compose);
    compose.querySelector('[contenteditable=true][aria-multiline=true]')!.textContent =
      'Dear Gloria, about weekends: I am free.';

    const { report } = runProbe();
    expect(report.family).toBe('outlook');
    expect(report.page.path).toBe('/mail/deeplink/compose');
    const counts = report.roles as Record<string, { selector: string; count: number }[]>;
    expect(counts.body![0]!.count).toBe(1);
    expect(counts.popoutForm![0]!.count).toBe(0);
    expect(report.composes).toHaveLength(1);
    expect(report.composes[0]!.attrs).toMatchObject({ id: 'docking_InitVisiblePart_0' });
    // The selectors may name "@" (address hooks); what the page gave must not.
    const seen = JSON.stringify({ page: report.page, composes: report.composes });
    for (const secret of ['Gloria', 'Dear', 'weekend', 'Dana', '@']) {
      expect(seen, secret).not.toContain(secret);
    }
  });
});
