/**
 * Reminders in a real browser: saving an interview creates its alarms and the badge; an
 * alarm going off shows the notification; a stopped and woken service worker neither
 * repeats a reminder nor loses one (Chromium); sending the thank-you clears its reminder;
 * the printable card opens for an interviewer.
 *
 * Alarms are fired early the way the browser would fire them: the test creates an alarm of
 * the same name a few milliseconds ahead, and the background's onAlarm handles it.
 *
 * Headless Firefox accepts notifications.create() but shows (and lists) nothing, so there
 * the test checks what the background recorded as shown.
 *
 * Firefox's event page restarts are driven in long-session.e2e.ts, through the add-on's own
 * `terminateBackground()` (runtime.reload() would reinstall the whole add-on, which also
 * resets alarms and notifications).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { defaultSettings } from '../../src/core/model/defaults';
import { sampleInterview } from '../../src/core/model/fixtures.test-helpers';
import type { Interview } from '../../src/core/model/types';
import { BROWSERS, chromiumWorker, launch, until, type Session, type View } from './harness';

/** The slice of the extension API these page scripts use (no @types/chrome in the project). */
interface Api {
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; value?: unknown }> };
  storage: { local: { get(keys: string | null): Promise<Record<string, unknown>> } };
  alarms: {
    getAll(): Promise<{ name: string; scheduledTime: number }[]>;
    create(name: string, info: { when: number }): Promise<void> | void;
  };
  action: {
    getBadgeText(details: object): Promise<string>;
    setBadgeText(details: { text: string }): Promise<void>;
  };
  notifications: {
    getAll(): Promise<Record<string, unknown>>;
    clear(id: string): Promise<boolean>;
  };
}
declare const chrome: Api;

const ID = 'e2e-reminders';
const THANK_YOU = `ft:thank-you:${ID}:p-1`;

/** An interview that ended an hour ago: its thank-you is due, everything else still to come. */
function freshInterview(): Interview {
  const when = new Date(Date.now() - 60 * 60_000);
  when.setUTCSeconds(0, 0);
  // No zone and no decision date: times follow the clock the test runs at.
  const { timeZone: _zone, decisionBy: _date, ...rest } = sampleInterview({ id: ID, rev: 0 });
  return { ...rest, when: when.toISOString().replace('.000Z', 'Z') };
}

// Page functions are sent as source (CDP, Marionette), past the pages' CSP: they may use
// only their arguments and `chrome` (promise-based in both browsers' MV3 pages).
const alarms = (view: View) =>
  view.evaluate(async () => (await chrome.alarms.getAll()).map((a) => a.name).sort());
const alarmTimes = (view: View) =>
  view.evaluate(async () =>
    (await chrome.alarms.getAll()).map((a) => `${a.name}@${a.scheduledTime}`).sort(),
  );
const badge = (view: View) => view.evaluate(() => chrome.action.getBadgeText({}));
const notifications = (view: View) =>
  view.evaluate(async () => Object.keys(await chrome.notifications.getAll()));
const shownRecord = (view: View) =>
  view.evaluate(async () => (await chrome.storage.local.get('reminders-shown'))['reminders-shown']);

describe.each(BROWSERS)('%s: reminders', (name) => {
  let session: Session;
  let page: View;
  beforeAll(async () => {
    session = await launch(name);
    const settings = defaultSettings(new Date().toISOString());
    // No quiet hours, whatever time of day the test runs.
    settings.reminders = { ...settings.reminders, quietStart: '00:00', quietEnd: '00:00' };
    await session.seed({ interviews: [], templates: [], settings });
    page = await session.openOptions();
  });
  afterAll(async () => {
    await page?.close().catch(() => undefined);
    await session?.close();
  });

  test('saving an interview creates its alarms and counts it on the badge', async () => {
    const reply = await page.evaluate(
      (next) =>
        chrome.runtime.sendMessage({
          type: 'ui-bg-put',
          payload: { key: `interview:${next.id}`, base: null, next },
        }),
      freshInterview(),
    );
    expect(reply.ok).toBe(true);
    const names = await until(async () => {
      const all = await alarms(page);
      return all.includes(THANK_YOU) ? all : null;
    }, 'the thank-you alarm');
    expect(names).toEqual(
      expect.arrayContaining([THANK_YOU, `ft:follow-up-1:${ID}`, `ft:close:${ID}`, 'ft:tick']),
    );
    expect(new Set(names).size).toBe(names.length);
    await until(async () => (await badge(page)) === '1', 'badge 1');
  });

  test('an alarm going off shows its notification, once', async () => {
    await page.evaluate(async (alarm) => {
      await chrome.alarms.create(alarm, { when: Date.now() + 50 });
    }, THANK_YOU);
    await until(async () => Object.keys((await shownRecord(page)) ?? {}).length > 0, 'shown');
    expect(Object.keys((await shownRecord(page)) as object)).toEqual([THANK_YOU]);
    // Headless Firefox has no alert service: create() resolves, but getAll() stays empty.
    if (name === 'chromium') expect(await notifications(page)).toContain(THANK_YOU);
    // Shown, so no longer scheduled.
    expect(await alarms(page)).not.toContain(THANK_YOU);
    expect(await badge(page)).toBe('1');
  });

  test.runIf(name === 'chromium')(
    'a stopped and woken service worker neither repeats nor loses a reminder',
    async () => {
      const before = await alarmTimes(page);
      // The user dismissed it; the badge is blanked so the next pass shows that it ran.
      await page.evaluate(async (id) => {
        await chrome.notifications.clear(id);
        await chrome.action.setBadgeText({ text: '' });
      }, THANK_YOU);

      const worker = await chromiumWorker(session, page);
      await worker.stop();
      // Any message wakes it; this one changes nothing.
      const woke = await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'ui-bg-delete', payload: { key: 'interview:none' } }),
      );
      expect(woke.ok).toBe(true);
      await worker.woken();
      await until(async () => (await badge(page)) === '1', 'a pass after the restart');

      expect(await notifications(page)).not.toContain(THANK_YOU);
      const after = await alarmTimes(page);
      // Same alarms, same times (the tick is periodic and may have moved on).
      const notTick = (list: string[]) => list.filter((a) => !a.startsWith('ft:tick@'));
      expect(notTick(after)).toEqual(notTick(before));
      expect(after.filter((a) => a.startsWith('ft:tick@'))).toHaveLength(1);
      await worker.detach();
    },
  );

  test('sending the thank-you clears its reminder and the badge', async () => {
    const reply = await page.evaluate(async (key) => {
      const base = (await chrome.storage.local.get(key))[key] as Interview;
      const at = new Date().toISOString();
      const next = {
        ...base,
        interviewers: base.interviewers.map((p) => ({
          ...p,
          thankedAt: at,
          history: [
            ...p.history,
            { kind: 'thank-you', at, channel: 'email', text: 'Dear Gloria, thank you.' },
          ],
        })),
      };
      return chrome.runtime.sendMessage({ type: 'ui-bg-put', payload: { key, base, next } });
    }, `interview:${ID}`);
    expect(reply.ok).toBe(true);
    await until(async () => (await badge(page)) === '', 'badge cleared');
    const names = await alarms(page);
    expect(names.some((n) => n.includes(`:${ID}:`))).toBe(false);
    expect(names).toContain(`ft:follow-up-1:${ID}`);
    expect(await notifications(page)).not.toContain(THANK_YOU);
    expect(await shownRecord(page)).toEqual({});
  });

  test.runIf(name === 'chromium')(
    'notification text comes from _locales inside the service worker',
    async () => {
      // Wake it (any message does), then ask its own i18n API, as reminder-text.ts does.
      await page.evaluate(() =>
        chrome.runtime.sendMessage({ type: 'ui-bg-delete', payload: { key: 'interview:none' } }),
      );
      const target = await session
        .chromium()
        .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.base));
      const worker = await target.worker();
      const title = await worker!.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { i18n: { getMessage(key: string, subs: string[]): string } };
          }
        ).chrome.i18n.getMessage('reminderThankYouTitle', ['Acme']),
      );
      expect(title).toBe('Thank-you note · Acme');
    },
  );

  test('the printable card opens for an interviewer', async () => {
    const card = await session.open(
      `${session.base}src/card/index.html?interview=${ID}&interviewer=p-1`,
    );
    await card.waitFor('#card-text');
    const text = await card.evaluate(
      () => (document.querySelector('#card-text') as HTMLTextAreaElement).value,
    );
    expect(text).toMatch(/^Dear Gloria,/);
    expect(await card.text('#card-length')).toMatch(/\d+ words/);
    expect(await card.text('.envelope-line')).toBe('Gloria Benavides');
    await card.close();
  });
});
