// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import type { ContentToPanel } from '../shared/compose-protocol';
import { loadGmailFixture } from './hosts/fixture.test-helpers';
import { gmail } from './hosts/gmail';

// The content script reads the extension API from globalThis; give it the little it uses.
(globalThis as unknown as { chrome: object }).chrome = {
  runtime: { id: 'ext-id', getURL: (path: string) => `chrome-extension://ext-id/${path}` },
};

let startComposeSession: typeof import('./compose-session').startComposeSession;
beforeAll(async () => {
  ({ startComposeSession } = await import('./compose-session'));
});

function fakePort() {
  const message: ((m: unknown) => void)[] = [];
  const posted: ContentToPanel[] = [];
  return {
    posted,
    port: {
      name: 'ft-panel:x',
      postMessage: (m: ContentToPanel) => posted.push(m),
      disconnect: vi.fn(),
      onMessage: { addListener: (l: (m: unknown) => void) => message.push(l) },
      onDisconnect: { addListener: () => undefined },
    },
    send: (m: unknown) => message.forEach((l) => l(m)),
  };
}

const states = (posted: ContentToPanel[]) => posted.filter((m) => m.type === 'state');

describe('compose session', () => {
  let controller = new AbortController();
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    controller.abort();
    controller = new AbortController();
  });

  function open() {
    loadGmailFixture('compose-new-2026-11-22.html', 'compose');
    const root = document.querySelector<HTMLElement>('[role=dialog]')!;
    const session = startComposeSession(gmail, root, controller.signal);
    return { root, session };
  }

  test('docks one iframe named by the nonce, nothing else in the page', () => {
    const { session } = open();
    const hosts = document.querySelectorAll('ft-panel');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.getAttributeNames()).toEqual(['style']);
    expect(session.nonce).toMatch(/^[0-9a-f-]{36}$/);
  });

  test('layout and state on connect; a second port is ignored', () => {
    const { session } = open();
    const first = fakePort();
    session.accept(first.port as never);
    expect(first.posted[0]!.type).toBe('layout');
    expect(states(first.posted)).toHaveLength(1);
    const second = fakePort();
    session.accept(second.port as never);
    expect(second.posted).toEqual([]);
  });

  test('typing is read once after a pause (debounced), and only a change is sent', async () => {
    vi.useFakeTimers();
    const { root, session } = open();
    const { port, posted } = fakePort();
    session.accept(port as never);
    const body = gmail.parts(root).body!;
    const typed = document.createTextNode('');
    body.prepend(typed);
    for (const word of ['Hi', 'Hi Jordan', 'Hi Jordan,']) {
      typed.nodeValue = word;
      body.dispatchEvent(new Event('input'));
      vi.advanceTimersByTime(50);
    }
    expect(states(posted)).toHaveLength(1);
    vi.advanceTimersByTime(250);
    const sent = states(posted);
    expect(sent).toHaveLength(2);
    expect(sent[1]!.type === 'state' && sent[1]!.state.text).toBe('Hi Jordan,');
    body.dispatchEvent(new Event('input'));
    vi.advanceTimersByTime(250);
    expect(states(posted)).toHaveLength(2);
  });

  test('insert is refused when the panel is not plainly visible (clickjacking)', async () => {
    const { root, session } = open();
    const { port, posted, send } = fakePort();
    session.accept(port as never);
    vi.spyOn(document, 'elementFromPoint').mockReturnValue(document.body);
    send({ type: 'insert', subject: 'Thanks', to: 'a@b.example', body: 'Hello' });
    await vi.waitFor(() => expect(posted.some((m) => m.type === 'inserted')).toBe(true));
    const answer = posted.find((m) => m.type === 'inserted')!;
    expect(answer).toMatchObject({ ok: false });
    expect(gmail.parts(root).body!.textContent).not.toContain('Hello');
    expect(root.querySelector<HTMLInputElement>('input.aoT')!.value).toBe('');
  });

  test('oversized or malformed inserts are refused without touching the compose', async () => {
    const { session } = open();
    const { port, posted, send } = fakePort();
    session.accept(port as never);
    send({ type: 'insert', subject: 1, to: '', body: '' });
    send({ type: 'insert', subject: '', to: '', body: 'x'.repeat(20_001) });
    send('insert');
    await vi.waitFor(() => expect(posted.filter((m) => m.type === 'inserted')).toHaveLength(2));
    expect(
      posted.filter((m) => m.type === 'inserted').every((m) => m.type === 'inserted' && !m.ok),
    ).toBe(true);
  });

  test('a close without a trusted Send gesture takes the panel down at once', () => {
    const { session } = open();
    const { port, posted } = fakePort();
    session.accept(port as never);
    session.closed();
    expect(document.querySelector('ft-panel')).toBeNull();
    expect(posted.some((m) => m.type === 'sent')).toBe(false);
  });

  test('a page-world click on Send (isTrusted false) records no send', () => {
    const { root, session } = open();
    const { port, posted } = fakePort();
    session.accept(port as never);
    root.querySelector<HTMLElement>('.aoO')!.click();
    session.closed();
    expect(posted.some((m) => m.type === 'sent')).toBe(false);
  });
});
