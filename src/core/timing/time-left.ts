const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * "5 h 12 min left", "overdue by 2 h", "due now". Rounded to the minute, two units at most:
 * the popup shows it at a glance, not as a countdown.
 */
export function timeLeft(dueAt: string, now: string): string {
  const diff = Date.parse(dueAt) - Date.parse(now);
  if (Number.isNaN(diff)) return '';
  const minutes = Math.floor(Math.abs(diff) / MINUTE);
  if (minutes === 0) return 'due now';
  const span = duration(minutes * MINUTE);
  return diff > 0 ? `${span} left` : `overdue by ${span}`;
}

function duration(ms: number): string {
  const days = Math.floor(ms / DAY);
  const hours = Math.floor((ms % DAY) / HOUR);
  const minutes = Math.floor((ms % HOUR) / MINUTE);
  if (days > 0) return hours > 0 ? `${days} d ${hours} h` : `${days} d`;
  if (hours > 0) return minutes > 0 ? `${hours} h ${minutes} min` : `${hours} h`;
  return `${minutes} min`;
}

/** `start <= at < end`; an absent bound is open. */
export function isWithin(at: string, start?: string | null, end?: string | null): boolean {
  const t = Date.parse(at);
  if (Number.isNaN(t)) return false;
  if (start && t < Date.parse(start)) return false;
  if (end && t >= Date.parse(end)) return false;
  return true;
}
