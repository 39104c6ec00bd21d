/**
 * Reminders in the background: alarms for every due moment, a notification when one comes,
 * and the badge. Nothing lives in the worker's memory, which the browser drops after about
 * 30 s idle
 * (https://developer.chrome.com/docs/extensions/develop/concepts/service-workers/lifecycle):
 * every pass reads storage, plans with core `planReminders`, and makes the browser's alarms
 * match the plan. Names are deterministic, so a pass never duplicates; what was already notified is
 * recorded in storage (`reminders-shown`), so a restarted worker never shows it again.
 *
 * Passes run when interview or settings records change, when an alarm fires, on a
 * periodic tick (time passing changes the badge), and whenever the worker or browser starts.
 */
import { defaultSettings } from '../core/model/defaults';
import type { Interview, Settings, Template } from '../core/model/types';
import {
  ALARM_PREFIX,
  isQuiet,
  localZone,
  planReminders,
  type PlannedReminder,
  type ReminderKind,
} from '../core/timing/reminders';
import type browser from '../shared/browser';
import { REMINDERS_SHOWN_KEY, recordKindOf } from '../shared/store-keys';
import { loadStored } from '../shared/store-records';
import { badgeText, setBadge } from './badge';
import { clearNotification, onNotificationAction, showNotification } from './notifications';
import { reminderActions, reminderText } from './reminder-text';

type Browser = typeof browser;

/** The periodic alarm that keeps the badge in step with the clock. */
export const TICK_ALARM = `${ALARM_PREFIX}tick`;
export const TICK_MINUTES = 15;
/** Alarms fire at or a little after their time; this much early still counts as due. */
const SLACK_MS = 5_000;

/** What was notified, by alarm name: enough to act on a click after a restart. */
export interface ShownReminder {
  /** The moment notified about; a moved moment (edited interview) is a new reminder. */
  at: string;
  kind: ReminderKind;
  interviewId: string;
  interviewerId?: string;
}
export type ShownReminders = Record<string, ShownReminder>;

export interface ReminderOptions {
  now?: () => Date;
  /** The user's zone, for quiet hours. */
  zone?: () => string;
}

interface Data {
  interviews: Interview[];
  templates: Template[];
  settings: Settings;
  shown: ShownReminders;
}

async function readData(api: Browser): Promise<Data> {
  const all = await api.storage.local.get(null);
  const interviews: Interview[] = [];
  const templates: Template[] = [];
  let settings = defaultSettings();
  for (const [key, raw] of Object.entries(all)) {
    if (recordKindOf(key) === null) continue;
    // A record that fails to load is the store's to set aside; reminders just skip it.
    const loaded = loadStored(key, raw);
    if (!loaded.ok) continue;
    const record = loaded.value;
    if (record.kind === 'interview') interviews.push(record);
    else if (record.kind === 'template') templates.push(record);
    else settings = record;
  }
  const shown = all[REMINDERS_SHOWN_KEY];
  return {
    interviews,
    templates,
    settings,
    shown: shown && typeof shown === 'object' ? (shown as ShownReminders) : {},
  };
}

function isShown(shown: ShownReminders, reminder: PlannedReminder): boolean {
  return shown[reminder.name]?.at === reminder.at;
}

/**
 * One pass: badge, notifications for what is due (or for `fired`, the alarm that woke us),
 * alarms for the rest, and no alarm or shown-record left for anything that no longer applies.
 */
export async function reconcile(
  api: Browser,
  { now = () => new Date(), zone = localZone }: ReminderOptions = {},
  fired: ReadonlySet<string> = new Set(),
): Promise<void> {
  const data = await readData(api);
  const clock = now();
  const t = clock.getTime();
  const nowIso = clock.toISOString();
  await setBadge(api, badgeText(data.interviews, data.settings, nowIso)).catch((error: unknown) =>
    console.warn('[Follow-Through] badge', error),
  );

  const plan = planReminders(data.interviews, data.settings, nowIso, zone());
  const byId = new Map(data.interviews.map((iv) => [iv.id, iv]));
  const shown: ShownReminders = { ...data.shown };
  const quiet = isQuiet(t, data.settings.reminders, zone());

  for (const reminder of plan) {
    if (isShown(shown, reminder) || quiet) continue;
    if (Date.parse(reminder.when) > t + SLACK_MS && !fired.has(reminder.name)) continue;
    const interview = byId.get(reminder.interviewId);
    if (!interview) continue;
    const text = reminderText(reminder, interview, nowIso);
    const actions = reminderActions(reminder, interview, {
      templates: data.templates,
      settings: data.settings,
    });
    const buttons = [actions.primary.label, ...(actions.open ? [actions.open.label] : [])];
    try {
      await showNotification(api, reminder.name, { ...text, buttons });
    } catch (error) {
      // Not recorded as shown: the next pass tries again.
      console.warn('[Follow-Through] notification failed', error);
      continue;
    }
    shown[reminder.name] = {
      at: reminder.at,
      kind: reminder.kind,
      interviewId: reminder.interviewId,
      ...(reminder.interviewerId === undefined ? {} : { interviewerId: reminder.interviewerId }),
    };
  }

  // Alarms: exactly the planned reminders not yet shown, at their time.
  const wanted = new Map(
    plan.filter((r) => !isShown(shown, r)).map((r) => [r.name, Date.parse(r.when)]),
  );
  const existing = await api.alarms.getAll();
  for (const alarm of existing) {
    if (!alarm.name.startsWith(ALARM_PREFIX) || alarm.name === TICK_ALARM) continue;
    if (!wanted.has(alarm.name)) await api.alarms.clear(alarm.name);
  }
  const scheduled = new Map(existing.map((a) => [a.name, a.scheduledTime]));
  for (const [name, when] of wanted) {
    // Due now but held back (quiet hours, a failed notification): retry a minute on.
    const at = when > t + SLACK_MS ? when : t + 60_000;
    const current = scheduled.get(name);
    if (current !== undefined && Math.abs(current - at) < 1_000) continue;
    if (current !== undefined && when <= t + SLACK_MS && current > t) continue;
    await api.alarms.create(name, { when: at });
  }
  if (!scheduled.has(TICK_ALARM)) {
    await api.alarms.create(TICK_ALARM, { periodInMinutes: TICK_MINUTES });
  }

  // Forget (and take off the screen) reminders that no longer apply: sent, closed, deleted,
  // or replaced by a later moment. While switched off, keep the record so nothing repeats.
  if (data.settings.reminders.enabled) {
    const planned = new Set(plan.map((r) => r.name));
    for (const name of Object.keys(shown)) {
      if (planned.has(name)) continue;
      delete shown[name];
      await clearNotification(api, name);
    }
  }
  if (JSON.stringify(shown) !== JSON.stringify(data.shown)) {
    await api.storage.local.set({ [REMINDERS_SHOWN_KEY]: shown });
  }
}

/** Opens what the notification's button (or the notification itself) offers. */
export async function openReminder(
  api: Browser,
  name: string,
  button: number,
  { now = () => new Date() }: ReminderOptions = {},
): Promise<void> {
  const data = await readData(api);
  const record = data.shown[name];
  if (!record) return;
  const interview = data.interviews.find((iv) => iv.id === record.interviewId);
  await clearNotification(api, name);
  if (!interview) return;
  const reminder: PlannedReminder = { name, when: now().toISOString(), ...record };
  const actions = reminderActions(reminder, interview, {
    templates: data.templates,
    settings: data.settings,
  });
  const action = button === 1 && actions.open ? actions.open : actions.primary;
  // Web mail URLs open as they are; extension paths need this extension's origin.
  const url = /^https:/.test(action.url) ? action.url : api.runtime.getURL(action.url);
  await api.tabs.create({ url });
}

/**
 * Registers the reminder listeners (synchronously, as MV3 requires for events that wake the
 * worker) and runs a first pass. Returns a function that removes the listeners.
 */
export function startReminders(api: Browser, options: ReminderOptions = {}): () => void {
  // Passes run one at a time; requests made while one runs fold into the next. This is
  // scheduling only: each pass reads everything it needs from storage.
  let running: Promise<void> = Promise.resolve();
  let next: Set<string> | null = null;
  const request = (fired?: string): Promise<void> => {
    if (next) {
      if (fired) next.add(fired);
      return running;
    }
    const batch = new Set<string>(fired ? [fired] : []);
    next = batch;
    running = running
      .then(() => {
        next = null;
        return reconcile(api, options, batch);
      })
      .catch((error: unknown) => console.warn('[Follow-Through] reminders', error));
    return running;
  };

  const onChanged = (changes: Record<string, unknown>, area: string) => {
    if (area !== 'local') return;
    const kinds = Object.keys(changes).map(recordKindOf);
    if (kinds.some((k) => k === 'interview' || k === 'settings')) void request();
  };
  const onAlarm = (alarm: { name: string }) => {
    if (!alarm.name.startsWith(ALARM_PREFIX)) return;
    void request(alarm.name === TICK_ALARM ? undefined : alarm.name);
  };
  const onStart = () => void request();
  const stopActions = onNotificationAction(api, (id, button) => {
    if (!id.startsWith(ALARM_PREFIX)) return;
    openReminder(api, id, button, options).catch((error: unknown) =>
      console.warn('[Follow-Through] reminder action', error),
    );
  });

  api.storage.onChanged.addListener(onChanged);
  api.alarms.onAlarm.addListener(onAlarm);
  api.runtime.onStartup.addListener(onStart);
  api.runtime.onInstalled.addListener(onStart);
  // Every worker start, not only the browser's: the worker is stopped and woken all day.
  void request();

  return () => {
    api.storage.onChanged.removeListener(onChanged);
    api.alarms.onAlarm.removeListener(onAlarm);
    api.runtime.onStartup.removeListener(onStart);
    api.runtime.onInstalled.removeListener(onStart);
    stopActions();
  };
}
