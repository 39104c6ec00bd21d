import { fakeBrowser } from '@webext-core/fake-browser';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings } from '../core/model/defaults';
import { sampleInterview } from '../core/model/fixtures.test-helpers';
import type { Interview, Settings } from '../core/model/types';
import { REMINDERS_SHOWN_KEY, SETTINGS_KEY, interviewKey } from '../shared/store-keys';
import { fake, settle } from '../../test/setup/fake-extension';
import { installMessages } from '../ui/i18n.test-helpers';
import { TICK_ALARM, reconcile, startReminders, type ShownReminders } from './reminders';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

/** The fake's notifications keep the options each id was created with. */
const shownNow = () =>
  (
    fakeBrowser.notifications as unknown as {
      getAllCreateOptions(): Record<
        string,
        { title: string; message: string; buttons?: unknown[] }
      >;
    }
  ).getAllCreateOptions();

const NY = () => 'America/New_York';
let clock: Date;
const options = { now: () => clock, zone: NY };

async function save(interview: Interview): Promise<void> {
  await fake.storage.local.set({ [interviewKey(interview.id)]: interview });
  await settle(20);
}
/** An alarm going off, as the browser reports it. */
const fire = (name: string) =>
  fakeBrowser.alarms.onAlarm.trigger({
    name,
    scheduledTime: clock.getTime(),
    persistAcrossSessions: true,
  });
const alarmNames = async () => (await fake.alarms.getAll()).map((a) => a.name).sort();
const badge = () => fake.action.getBadgeText({});
const shownRecord = async () =>
  ((await fake.storage.local.get(REMINDERS_SHOWN_KEY))[REMINDERS_SHOWN_KEY] ??
    {}) as ShownReminders;

describe('background reminders', () => {
  let stop: () => void;
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
    // Tuesday 7 April 2026, 11:00 in New York: an hour after the interview.
    clock = new Date('2026-04-07T15:00:00Z');
  });
  afterEach(() => {
    stop?.();
    vi.restoreAllMocks();
  });

  test('saving an interview creates one alarm per due moment, and re-planning never duplicates', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview());
    expect(await alarmNames()).toEqual([
      'ft:close:iv-1',
      'ft:follow-up-1:iv-1',
      'ft:nudge:iv-1:p-1',
      'ft:thank-you:iv-1:p-1',
      TICK_ALARM,
    ]);
    const nudge = await fake.alarms.get('ft:nudge:iv-1:p-1');
    expect(nudge?.scheduledTime).toBe(Date.parse('2026-04-07T21:00:00Z'));
    expect((await fake.alarms.get(TICK_ALARM))?.periodInMinutes).toBe(15);
    expect(await badge()).toBe('1');

    await save({ ...sampleInterview(), notes: 'edited' });
    await fakeBrowser.runtime.onStartup.trigger();
    await settle(20);
    expect(await alarmNames()).toHaveLength(5);
    expect(shownNow()).toEqual({});
  });

  test('an alarm firing shows its notification once, with a plain message and what to do next', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview());
    clock = new Date('2026-04-07T21:00:00Z');
    await fire('ft:nudge:iv-1:p-1');
    await settle(20);
    const shown = shownNow()['ft:nudge:iv-1:p-1'];
    expect(shown?.title).toBe('Thank-you note · Fenwick & Rowe');
    expect(shown?.message).toMatch(/^Thank-you note to Gloria Benavides is due in 17 h\./);
    expect(shown?.buttons).toEqual([
      { title: 'Write in Gmail' },
      { title: 'Open in Follow-Through' },
    ]);
    expect(await alarmNames()).not.toContain('ft:nudge:iv-1:p-1');
    expect((await shownRecord())['ft:nudge:iv-1:p-1']).toMatchObject({
      kind: 'nudge',
      interviewId: 'iv-1',
    });

    // The user closes it; a restarted worker and a browser start must not bring it back.
    await fake.notifications.clear('ft:nudge:iv-1:p-1');
    stop();
    stop = startReminders(fake, options);
    await fakeBrowser.runtime.onStartup.trigger();
    await settle(20);
    expect(shownNow()).toEqual({});
    expect(await alarmNames()).toEqual([
      'ft:close:iv-1',
      'ft:follow-up-1:iv-1',
      'ft:thank-you:iv-1:p-1',
      TICK_ALARM,
    ]);
  });

  test('sending the thank-you clears its alarm, its notification and the badge', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview());
    clock = new Date('2026-04-08T14:00:00Z');
    await fire('ft:thank-you:iv-1:p-1');
    await settle(20);
    expect(shownNow()['ft:thank-you:iv-1:p-1']?.message).toMatch(/is due now/);
    expect(await badge()).toBe('1');

    const iv = sampleInterview();
    const [gloria] = iv.interviewers;
    await save({
      ...iv,
      interviewers: [
        {
          ...gloria!,
          thankedAt: clock.toISOString(),
          history: [
            { kind: 'thank-you', at: clock.toISOString(), channel: 'email', text: 'Thank you' },
          ],
        },
      ],
    });
    expect(await alarmNames()).toEqual(['ft:close:iv-1', 'ft:follow-up-1:iv-1', TICK_ALARM]);
    expect(await badge()).toBe('');
    expect(shownNow()).toEqual({});
    expect(await shownRecord()).toEqual({});
  });

  test('missed while the browser was closed: shown at start, once', async () => {
    await fake.storage.local.set({ [interviewKey('iv-1')]: sampleInterview() });
    clock = new Date('2026-04-08T16:00:00Z');
    stop = startReminders(fake, options);
    await settle(20);
    expect(Object.keys(shownNow())).toEqual(['ft:thank-you:iv-1:p-1']);
    expect(shownNow()['ft:thank-you:iv-1:p-1']?.message).toMatch(/is overdue by 2 h/);
    await reconcile(fake, options);
    await fake.notifications.clear('ft:thank-you:iv-1:p-1');
    await reconcile(fake, options);
    expect(shownNow()).toEqual({});
  });

  test('quiet hours: a moment inside them waits for their end, even when its alarm fires', async () => {
    const settings: Settings = defaultSettings('2026-04-01T00:00:00Z');
    settings.reminders = { ...settings.reminders, quietStart: '09:00', quietEnd: '12:00' };
    await fake.storage.local.set({ [SETTINGS_KEY]: settings });
    stop = startReminders(fake, options);
    await save(sampleInterview());
    // The deadline is 10:00 in New York: planned for 12:00.
    const noon = Date.parse('2026-04-08T16:00:00Z');
    expect((await fake.alarms.get('ft:thank-you:iv-1:p-1'))?.scheduledTime).toBe(noon);
    clock = new Date('2026-04-08T14:00:00Z');
    await fire('ft:thank-you:iv-1:p-1');
    await settle(20);
    expect(shownNow()).toEqual({});
    expect((await fake.alarms.get('ft:thank-you:iv-1:p-1'))?.scheduledTime).toBe(noon);
    clock = new Date(noon);
    await fire('ft:thank-you:iv-1:p-1');
    await settle(20);
    expect(shownNow()['ft:thank-you:iv-1:p-1']?.message).toMatch(/overdue by 2 h/);
  });

  test('switched off: no reminder alarms and no notifications; the badge still counts', async () => {
    const settings = defaultSettings('2026-04-01T00:00:00Z');
    settings.reminders.enabled = false;
    await fake.storage.local.set({ [SETTINGS_KEY]: settings });
    stop = startReminders(fake, options);
    await save(sampleInterview());
    expect(await alarmNames()).toEqual([TICK_ALARM]);
    clock = new Date('2026-04-08T16:00:00Z');
    await fire(TICK_ALARM);
    await settle(20);
    expect(shownNow()).toEqual({});
    expect(await badge()).toBe('1');
  });

  test('the close suggestion is a notification and counts on the badge', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview());
    clock = new Date('2026-05-04T13:00:00Z');
    await fire('ft:close:iv-1');
    await settle(20);
    expect(shownNow()['ft:close:iv-1']).toMatchObject({
      title: 'Close the interview · Fenwick & Rowe',
      message:
        'It’s been a week since the decision date — time to close this interview and note what you learned.',
    });
    expect(await badge()).toBe('1');
  });

  test('a click opens the compose window; the second button opens the interview', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview());
    await fire('ft:nudge:iv-1:p-1');
    await settle(20);
    const created = vi.spyOn(fake.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('ft:nudge:iv-1:p-1');
    await settle(20);
    expect(created.mock.calls[0]?.[0].url).toBe(
      'https://mail.google.com/mail/?view=cm&fs=1&to=gbenavides%40fenwickrowe.example&su=Thank%20you%20%E2%80%93%20Store%20Manager%20interview',
    );
    expect(shownNow()).toEqual({});

    await fakeBrowser.notifications.onButtonClicked.trigger('ft:nudge:iv-1:p-1', 1);
    await settle(20);
    expect(created.mock.calls[1]?.[0].url).toBe(
      fake.runtime.getURL('src/popup/index.html#interview=iv-1'),
    );
  });

  test('the mail client comes from stored settings: Outlook in the button and the click', async () => {
    // The worker has no page localStorage: the choice must reach it through storage.
    await fake.storage.local.set({
      [SETTINGS_KEY]: { ...defaultSettings('2026-04-01T00:00:00Z'), mailClient: 'outlook' },
    });
    stop = startReminders(fake, options);
    await save(sampleInterview());
    await fire('ft:nudge:iv-1:p-1');
    await settle(20);
    expect(shownNow()['ft:nudge:iv-1:p-1']?.buttons).toEqual([
      { title: 'Write in Outlook' },
      { title: 'Open in Follow-Through' },
    ]);
    const created = vi.spyOn(fake.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('ft:nudge:iv-1:p-1');
    await settle(20);
    expect(created.mock.calls[0]?.[0].url).toMatch(
      /^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?to=gbenavides%40fenwickrowe\.example&subject=/,
    );
  });

  test('the close notification opens the outcome form in the popup page', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview());
    clock = new Date('2026-05-04T13:00:00Z');
    await fire('ft:close:iv-1');
    await settle(20);
    expect(shownNow()['ft:close:iv-1']?.buttons).toEqual([{ title: 'Record the outcome' }]);
    const created = vi.spyOn(fake.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('ft:close:iv-1');
    await settle(20);
    expect(created.mock.calls[0]?.[0].url).toBe(
      fake.runtime.getURL('src/popup/index.html#interview=iv-1&focus=outcome'),
    );
  });

  test('a card interview reminds to post the card and opens the printable card', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview({ channel: 'card' }));
    expect(await alarmNames()).toContain('ft:card:iv-1:p-1');
    clock = new Date('2026-04-09T14:00:00Z');
    await fire('ft:card:iv-1:p-1');
    await settle(20);
    expect(shownNow()['ft:card:iv-1:p-1']?.message).toBe(
      'The card to Gloria Benavides should be in the post: due now.',
    );
    const created = vi.spyOn(fake.tabs, 'create');
    await fakeBrowser.notifications.onClicked.trigger('ft:card:iv-1:p-1');
    await settle(20);
    expect(created.mock.calls[0]?.[0].url).toBe(
      fake.runtime.getURL('src/card/index.html?interview=iv-1&interviewer=p-1'),
    );
  });

  test('Firefox refuses notification buttons: shown without them', async () => {
    const real = fake.notifications.create.bind(fake.notifications);
    vi.spyOn(fake.notifications, 'create').mockImplementation(((
      id: string,
      o: { buttons?: unknown },
    ) =>
      o.buttons
        ? Promise.reject(new Error('Property "buttons" is unsupported by Firefox'))
        : real(id, o as never)) as never);
    stop = startReminders(fake, options);
    await save(sampleInterview());
    await fire('ft:nudge:iv-1:p-1');
    await settle(20);
    expect(shownNow()['ft:nudge:iv-1:p-1']?.buttons).toBeUndefined();
    vi.restoreAllMocks();
  });

  test('a deleted interview leaves no alarm behind', async () => {
    stop = startReminders(fake, options);
    await save(sampleInterview());
    await fake.storage.local.remove(interviewKey('iv-1'));
    await settle(20);
    expect(await alarmNames()).toEqual([TICK_ALARM]);
  });
});
