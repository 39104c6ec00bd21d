import { msg, type Text } from '../i18n/text';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 h 12 min left", "overdue by 2 h", "due now". Rounded to the minute, two units at most:
 * the popup shows it at a glance, not as a countdown. Null when a date is not a date.
 */
export function timeLeft(dueAt: string, now: string): Text | null {
  const diff = Date.parse(dueAt) - Date.parse(now);
  if (Number.isNaN(diff)) return null;
  if (Math.floor(Math.abs(diff) / MINUTE) === 0) return msg('timeDueNow');
  const span = duration(Math.abs(diff));
  return diff > 0 ? msg('timeLeft', span) : msg('timeOverdue', span);
}

/** "2 d 3 h", "5 h 12 min", "12 min": a span rounded down to the minute, two units at most. */
export function duration(ms: number): Text {
  const whole = Math.floor(Math.max(0, ms) / MINUTE) * MINUTE;
  const days = Math.floor(whole / DAY);
  const hours = Math.floor((whole % DAY) / HOUR);
  const minutes = Math.floor((whole % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? msg('timeDaysHours', days, hours) : msg('timeDays', days);
  if (hours > 0) {
    return minutes > 0 ? msg('timeHoursMinutes', hours, minutes) : msg('timeHours', hours);
  }
  return msg('timeMinutes', minutes);
}

/** `start <= at < end`; an absent bound is open. */
export function isWithin(at: string, start?: string | null, end?: string | null): boolean {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return false;
  if (start && t < Date.parse(start)) return false;
  if (end && t >= Date.parse(end)) return false;
  return true;
}
