// @vitest-environment happy-dom
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadGmailFixture } from './hosts/fixture.test-helpers';
import { censoredOutline, reportMiss, resetReportedMisses } from './report-miss';

afterEach(() => {
  resetReportedMisses();
  vi.restoreAllMocks();
});

describe('report-miss', () => {
  test('the outline keeps structure and drops every word and address', () => {
    loadGmailFixture('compose-fullscreen-2026-11-22.html');
    const root = document.querySelector<HTMLElement>('[role=dialog]')!;
    const body = root.querySelector('[g_editable]')!;
    body.prepend(document.createTextNode('Secret interview notes about Jordan'));
    const outline = censoredOutline(root);
    expect(outline).toMatch(/<div class="nH Hd" role="dialog"/);
    expect(outline).toContain('g_editable="true"');
    expect(outline).toContain('aria-multiline="true"');
    expect(outline).toContain('aria-label="…"');
    for (const secret of [
      'Secret',
      'Jordan',
      'jordan.lee@acme.example',
      'Thank you',
      'Alex Candidate',
      'New Message',
    ]) {
      expect(outline).not.toContain(secret);
    }
  });

  test('each missing role is logged once per page load, to console.debug only', () => {
    const debug = vi.spyOn(console, 'debug').mockImplementation(() => undefined);
    const log = vi.spyOn(console, 'log');
    const root = document.createElement('div');
    reportMiss('gmail', ['send'], root);
    reportMiss('gmail', ['send'], root);
    reportMiss('gmail', ['send', 'to'], root);
    expect(debug).toHaveBeenCalledTimes(2);
    expect(debug.mock.calls[1]![0]).toContain('could not find to');
    expect(log).not.toHaveBeenCalled();
  });
});
