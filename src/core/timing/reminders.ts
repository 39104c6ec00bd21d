/**
 * When to remind the user, as a plan the background turns into alarms and notifications.
 * Pure: the same interviews, settings and clock always give the same plan, so the background
 * can throw its alarms away and rebuild them from storage at any time (the service worker is
 * stopped after ~30 s idle and keeps nothing in memory).
 */
import type { Interview, Interviewer, ReminderSettings, Settings } from '../model/types';
import { interviewFollowUps } from './follow-up-dates';
import { cardPostBy, iso, thankYouWindow } from './thank-you-window';
import { instantAt, zonedTime } from './zoned-time';

/**
 * `nudge`: 5 pm on the interview day while the note is unsent; `thank-you`: the 24-hour
 * deadline; `card`: the card's post-by time (when the channel is card); `follow-up-1`/`-2`:
 * the follow-up dates (numbered so the second is a reminder of its own); `close`: time to
 * move on and record the outcome.
 */
export type ReminderKind = 'nudge' | 'thank-you' | 'card' | 'follow-up-1' | 'follow-up-2' | 'close';

export interface PlannedReminder {
  /** `ft:<kind>:<interviewId>[:<interviewerId>]`: the alarm's and the notification's id. */
  name: string;
  /** ISO instant to notify: the moment, moved out of quiet hours, never before `now`. */
  when: string;
  /** ISO instant the reminder is about (the deadline, the follow-up date …). */
  at: string;
  kind: ReminderKind;
  interviewId: string;
  interviewerId?: string;
}

const DAY = 24 * 60 * 60_000;
/** Mirrors due-items: past five days a late thank-you is no longer suggested. */
const LATE_NOTE_DAYS = 5;
export const ALARM_PREFIX = 'ft:';

export function reminderName(kind: ReminderKind, interviewId: string, interviewerId?: string) {
  return `${ALARM_PREFIX}${kind}:${interviewId}${interviewerId === undefined ? '' : `:${interviewerId}`}`;
}

/** The zone the browser runs in: quiet hours are the user's nights, wherever they are. */
export function localZone(): string {
  try {
    return Intl.DateTimeFormat().resolvedOptions().timeZone || 'Z';
  } catch {
    return 'Z';
  }
}

/**
 * Every reminder still to come, plus at most one already passed per chain (thank-you
 * chain per interviewer; follow-up chain per interview): the latest moment that went by
 * while the browser was closed. A moment counts as missed only if the interview was saved
 * before it; one entered afterwards is already in front of the user (the popup lists it).
 */
export function planReminders(
  interviews: Interview[],
  settings: Pick<Settings, 'reminders'>,
  now: string,
  userZone: string = localZone(),
): PlannedReminder[] {
  if (!settings.reminders.enabled) return [];
  const t = Date.parse(now);
  const plan: PlannedReminder[] = [];
  for (const interview of interviews) {
    const start = Date.parse(interview.when);
    if (interview.outcome || Number.isNaN(start)) continue;
    const saved = Date.parse(interview.updatedAt);
    const keep = (chain: Omit<PlannedReminder, 'when'>[]) => {
      const past = chain.filter((r) => Date.parse(r.at) <= t);
      const missed = past.at(-1);
      const entries = chain.filter((r) => Date.parse(r.at) > t);
      if (missed && !(Date.parse(missed.at) <= saved)) entries.unshift(missed);
      for (const entry of entries) {
        const when = deferQuiet(Math.max(Date.parse(entry.at), t), settings.reminders, userZone);
        plan.push({ ...entry, when: iso(when) });
      }
    };

    const byCard = interview.channel === 'card';
    const thanks = thankYouWindow(interview, settings);
    const stillSuggested = t < start + LATE_NOTE_DAYS * DAY;
    for (const person of interview.interviewers) {
      if (!stillSuggested || hasThanked(person, byCard ? 'card' : 'thank-you')) continue;
      const chain: Omit<PlannedReminder, 'when'>[] = [];
      const entry = (kind: ReminderKind, at: string) => ({
        name: reminderName(kind, interview.id, person.id),
        at,
        kind,
        interviewId: interview.id,
        interviewerId: person.id,
      });
      if (thanks.nudgeAt) chain.push(entry('nudge', thanks.nudgeAt));
      chain.push(byCard ? entry('card', cardPostBy(interview)) : entry('thank-you', thanks.dueAt));
      keep(chain);
    }

    const dates = interviewFollowUps(interview);
    const { sent } = dates;
    const chain: Omit<PlannedReminder, 'when'>[] = [];
    if (dates.next) {
      const kind = sent.length === 0 ? 'follow-up-1' : 'follow-up-2';
      chain.push({
        name: reminderName(kind, interview.id),
        at: dates.next,
        kind,
        interviewId: interview.id,
      });
    }
    chain.push({
      name: reminderName('close', interview.id),
      at: dates.moveOnAt,
      kind: 'close',
      interviewId: interview.id,
    });
    keep(chain);
  }
  return plan.sort((a, b) => a.when.localeCompare(b.when) || a.name.localeCompare(b.name));
}

/** Same test as due-items: the note counts as sent once `thankedAt` or history says so. */
function hasThanked(person: Interviewer, kind: 'thank-you' | 'card'): boolean {
  return Boolean(person.thankedAt) || person.history.some((n) => n.kind === kind);
}

/** "21:00" → minutes after midnight; null when unreadable (then there are no quiet hours). */
function minutesOf(hhmm: string): number | null {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const hours = Number(m[1]);
  const minutes = Number(m[2]);
  return hours < 24 && minutes < 60 ? hours * 60 + minutes : null;
}

function quietBounds(reminders: ReminderSettings): { start: number; end: number } | null {
  const start = minutesOf(reminders.quietStart);
  const end = minutesOf(reminders.quietEnd);
  if (start === null || end === null || start === end) return null;
  return { start, end };
}

/** True when `ms` falls in quiet hours in `zone` (start inclusive, end exclusive; may wrap midnight). */
export function isQuiet(ms: number, reminders: ReminderSettings, zone: string): boolean {
  const bounds = quietBounds(reminders);
  if (!bounds) return false;
  const wall = zonedTime(ms, zone);
  const m = wall.hour * 60 + wall.minute;
  return bounds.start < bounds.end
    ? m >= bounds.start && m < bounds.end
    : m >= bounds.start || m < bounds.end;
}

/** `ms`, or the end of the quiet hours it falls in (the next time the clock reads `quietEnd`). */
export function deferQuiet(ms: number, reminders: ReminderSettings, zone: string): number {
  const bounds = quietBounds(reminders);
  if (!bounds || !isQuiet(ms, reminders, zone)) return ms;
  const wall = zonedTime(ms, zone);
  for (let day = 0; day <= 2; day++) {
    const candidate = instantAt(
      {
        year: wall.year,
        month: wall.month,
        day: wall.day + day,
        hour: Math.floor(bounds.end / 60),
        minute: bounds.end % 60,
      },
      zone,
    );
    if (candidate > ms) return candidate;
  }
  return ms;
}
