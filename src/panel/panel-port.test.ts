import { describe, expect, test, vi } from 'vitest';
import type browser from '../shared/browser';
import { installMessages } from '../ui/i18n.test-helpers';
import { connectPanelPort } from './panel-port';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));
installMessages();

type Listener = (...args: unknown[]) => void;
const event = () => {
  const listeners = new Set<Listener>();
  return {
    listeners,
    addListener: (l: Listener) => void listeners.add(l),
    removeListener: (l: Listener) => void listeners.delete(l),
    fire: (...args: unknown[]) => listeners.forEach((l) => l(...args)),
  };
};
const fakePort = (name: string, sender?: object) => ({
  name,
  sender,
  posted: [] as unknown[],
  postMessage(message: unknown) {
    this.posted.push(message);
  },
  onMessage: event(),
  onDisconnect: event(),
});
const settle = () => new Promise((done) => setTimeout(done, 0));

describe('connectPanelPort', () => {
  test('Chromium: connects to its own tab by the nonce, and queues until open', async () => {
    const opened = fakePort('ft-panel:n-1');
    const connect = vi.fn(() => opened);
    const api = {
      runtime: { id: 'ext' },
      tabs: { getCurrent: async () => ({ id: 7 }), connect },
    } as unknown as typeof browser;
    const port = connectPanelPort(api, 'n-1');
    const got: unknown[] = [];
    port.onMessage((m) => got.push(m));
    port.post({ type: 'focus-compose' });
    await settle();
    expect(connect).toHaveBeenCalledWith(7, { name: 'ft-panel:n-1' });
    expect(opened.posted).toEqual([{ type: 'focus-compose' }]);
    opened.onMessage.fire({ type: 'toggle' });
    opened.onMessage.fire('junk');
    expect(got).toEqual([{ type: 'toggle' }]);
    const reasons: string[] = [];
    port.onDisconnect((r) => reasons.push(r));
    opened.onDisconnect.fire();
    expect(reasons).toHaveLength(1);
  });

  test('Firefox (no tabs API in the frame): connects through the background relay', () => {
    const opened = fakePort('ft-panel:n-2');
    const connect = vi.fn(() => opened);
    const api = { runtime: { id: 'ext', connect } } as unknown as typeof browser;
    const port = connectPanelPort(api, 'n-2');
    port.post({ type: 'collapse', collapsed: true });
    expect(connect).toHaveBeenCalledWith({ name: 'ft-panel:n-2' });
    expect(opened.posted).toEqual([{ type: 'collapse', collapsed: true }]);
    const got: unknown[] = [];
    port.onMessage((m) => got.push(m));
    opened.onMessage.fire({ type: 'toggle' });
    expect(got).toEqual([{ type: 'toggle' }]);
  });

  test('Firefox: connects again when the idle background drops the relay, then gives up', async () => {
    vi.useFakeTimers();
    try {
      const ports: ReturnType<typeof fakePort>[] = [];
      const connect = vi.fn(() => {
        ports.push(fakePort('ft-panel:n-3'));
        return ports.at(-1)!;
      });
      const port = connectPanelPort(
        { runtime: { id: 'ext', connect } } as unknown as typeof browser,
        'n-3',
      );
      const reasons: string[] = [];
      port.onDisconnect((r) => reasons.push(r));
      ports[0]!.onDisconnect.fire();
      await vi.advanceTimersByTimeAsync(100);
      expect(connect).toHaveBeenCalledTimes(2);
      port.post({ type: 'focus-compose' });
      expect(ports[1]!.posted).toEqual([{ type: 'focus-compose' }]);
      expect(reasons).toEqual([]);
      // The content script is gone for good: every new port drops at once.
      for (let i = 0; i < 6; i++) {
        ports.at(-1)!.onDisconnect.fire();
        await vi.advanceTimersByTimeAsync(5000);
      }
      expect(reasons).toHaveLength(1);
    } finally {
      vi.useRealTimers();
    }
  });

  test('without a nonce it says it cannot reach the compose', async () => {
    const port = connectPanelPort({ runtime: { id: 'ext' } } as unknown as typeof browser, '');
    const reasons: string[] = [];
    port.onDisconnect((r) => reasons.push(r));
    await settle();
    expect(reasons).toEqual(["Follow-Through couldn't reach this compose window."]);
  });
});
