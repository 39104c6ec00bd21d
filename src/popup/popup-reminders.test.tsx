// @vitest-environment happy-dom
/**
 * The popup's "I sent it", "I posted it", "I followed up" and "Record the outcome" against
 * the real background (writer and reminders) on the fake browser: each one must take its
 * reminder off the badge, its alarm off the schedule and its notification off the screen,
 * through nothing but the storage change the background reacts to.
 */
import { fakeBrowser } from '@webext-core/fake-browser';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fake, settle, startExtension, type Extension } from '../../test/setup/fake-extension';
import { MemoryStorage } from '../../test/setup/memory-storage';
import { sampleInterview } from '../core/model/fixtures.test-helpers';
import type { Interview } from '../core/model/types';
import { startReminders } from '../background/reminders';
import type { Store } from '../shared/store';
import { interviewKey } from '../shared/store-keys';
import { installMessages } from '../ui/i18n.test-helpers';
import { buttonByText, click, flushUi, mount } from '../ui/render.test-helpers';
import { PopupApp } from './popup-app';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const shownNow = () =>
  Object.keys(
    (
      fakeBrowser.notifications as unknown as { getAllCreateOptions(): Record<string, unknown> }
    ).getAllCreateOptions(),
  );
const alarmNames = async () => (await fake.alarms.getAll()).map((a) => a.name).sort();
const badge = () => fake.action.getBadgeText({});

describe('popup buttons clear reminders and the badge', () => {
  let ext: Extension;
  let store: Store;
  let clock: Date;
  let stopReminders: () => void = () => undefined;
  let unmount: () => void = () => undefined;
  const tabs = { create: vi.fn(async () => ({})) };
  const runtime = {
    openOptionsPage: vi.fn(async () => undefined),
    getURL: (path: string) => `chrome-extension://ft-test/${path}`,
  };

  /** Stores the interview, lets the background notify what is due, opens the popup. */
  const setUp = async (interview: Interview, at: string, fire: string) => {
    clock = new Date(at);
    stopReminders = startReminders(fake, {
      now: () => clock,
      zone: () => 'America/New_York',
    });
    // Straight into storage, as saved before the moment came: the writer would stamp it with
    // the real clock, and a moment passed before an interview was saved is never notified.
    await fake.storage.local.set({ [interviewKey(interview.id)]: interview });
    await store.ready;
    await settle(20);
    await fakeBrowser.alarms.onAlarm.trigger({
      name: fire,
      scheduledTime: clock.getTime(),
      persistAcrossSessions: true,
    });
    await settle(20);
    expect(shownNow()).toContain(fire);
    expect(await badge()).toBe('1');
    const page = mount(
      <PopupApp
        store={store}
        api={{ tabs, runtime } as never}
        now={() => clock}
        memory={new MemoryStorage()}
      />,
    );
    unmount = page.unmount;
    await flushUi();
    return page.root;
  };
  const dueItem = (root: HTMLElement, text: string) =>
    [...root.querySelectorAll<HTMLElement>('.due-item')].find((li) =>
      li.textContent?.includes(text),
    )!;
  const afterClick = async () => {
    await flushUi();
    await store.flush();
    await settle(20);
  };

  beforeEach(() => {
    ext = startExtension();
    installMessages();
    store = ext.client({ path: 'src/popup/index.html' });
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    unmount();
    stopReminders();
    store.dispose();
  });

  test('"I sent it": the thank-you reminder, its notification and the badge go', async () => {
    const root = await setUp(sampleInterview(), '2026-04-08T14:00:00Z', 'ft:thank-you:iv-1:p-1');
    act(() => buttonByText(dueItem(root, 'Gloria Benavides'), 'I sent it').click());
    await afterClick();
    expect(await badge()).toBe('');
    expect(shownNow()).toEqual([]);
    expect(await alarmNames()).not.toContain('ft:thank-you:iv-1:p-1');
    expect(store.interviews.value[0]?.interviewers[0]?.history[0]).toMatchObject({
      kind: 'thank-you',
      at: '2026-04-08T14:00:00.000Z',
    });
  });

  test('"I posted it": the card reminder and the badge go', async () => {
    const root = await setUp(
      sampleInterview({ channel: 'card' }),
      '2026-04-09T14:00:00Z',
      'ft:card:iv-1:p-1',
    );
    act(() => buttonByText(dueItem(root, 'Gloria Benavides'), 'I posted it').click());
    await afterClick();
    expect(await badge()).toBe('');
    expect(shownNow()).toEqual([]);
    expect(await alarmNames()).not.toContain('ft:card:iv-1:p-1');
  });

  test('"I followed up": the first follow-up goes, the second is scheduled', async () => {
    const thanked = sampleInterview();
    const [gloria] = thanked.interviewers;
    gloria!.thankedAt = '2026-04-07T20:00:00.000Z';
    gloria!.history = [
      { kind: 'thank-you', at: '2026-04-07T20:00:00.000Z', channel: 'email', text: 'Thanks' },
    ];
    const root = await setUp(thanked, '2026-04-20T14:00:00Z', 'ft:follow-up-1:iv-1');
    act(() => buttonByText(dueItem(root, 'Follow up'), 'I followed up').click());
    await afterClick();
    expect(await badge()).toBe('');
    expect(shownNow()).toEqual([]);
    const alarms = await alarmNames();
    expect(alarms).not.toContain('ft:follow-up-1:iv-1');
    expect(alarms).toContain('ft:follow-up-2:iv-1');
  });

  test('"Record the outcome": every reminder of the interview goes', async () => {
    const thanked = sampleInterview();
    thanked.interviewers[0]!.thankedAt = '2026-04-07T20:00:00.000Z';
    const root = await setUp(thanked, '2026-05-04T14:00:00Z', 'ft:close:iv-1');
    const item = dueItem(root, 'Close Fenwick');
    act(() => buttonByText(item, 'Record the outcome').click());
    click(item, 'input[value="rejection"]');
    act(() => buttonByText(item, 'Close interview').click());
    await afterClick();
    expect(await badge()).toBe('');
    expect(shownNow()).toEqual([]);
    expect((await alarmNames()).filter((n) => n.includes('iv-1'))).toEqual([]);
  });
});
