/**
 * Wall-clock time in a zone, without a date library. `Intl.DateTimeFormat` knows every
 * IANA zone's offsets (and DST switches); we only need to ask it and invert the answer.
 *
 * A zone is an IANA name ("Europe/Berlin") or a fixed offset ("+05:30", "Z"), the latter
 * for interviews saved without a zone, where only the offset in `when` is known.
 */

export interface WallTime {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday … 6 = Saturday. */
  weekday: number;
}

const MINUTE = 60_000;
const FIXED = /^(?:Z|UTC|([+-])(\d{2}):?(\d{2}))$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

function fixedOffset(zone: string): number | null {
  const m = FIXED.exec(zone);
  if (!m) return null;
  if (!m[1]) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

/** True for an IANA name this runtime knows, or a fixed offset. */
export function isValidZone(zone: string): boolean {
  if (fixedOffset(zone) !== null) return true;
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Minutes east of UTC in `zone` at `instantMs`. */
export function zoneOffsetMinutes(instantMs: number, zone: string): number {
  const fixed = fixedOffset(zone);
  if (fixed !== null) return fixed;
  const parts: Record<string, number> = {};
  for (const p of formatter(zone).formatToParts(new Date(instantMs))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - Math.floor(instantMs / 1000) * 1000) / MINUTE);
}

/** The wall-clock reading in `zone` at `instantMs`. */
export function zonedTime(instantMs: number, zone: string): WallTime {
  const local = new Date(instantMs + zoneOffsetMinutes(instantMs, zone) * MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
  };
}

/**
 * The instant at which the clock in `zone` reads the given wall time. A time skipped by a
 * spring-forward switch resolves to the same distance past the switch (02:30 → 03:30); a
 * time repeated in autumn resolves to its first occurrence.
 */
export function instantAt(
  wall: { year: number; month: number; day: number; hour?: number; minute?: number },
  zone: string,
): number {
  const wallUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 0, wall.minute ?? 0);
  const before = zoneOffsetMinutes(wallUtc - 14 * 60 * MINUTE, zone);
  const after = zoneOffsetMinutes(wallUtc + 14 * 60 * MINUTE, zone);
  const candidates = [wallUtc - before * MINUTE, wallUtc - after * MINUTE].filter(
    (t) => t + zoneOffsetMinutes(t, zone) * MINUTE === wallUtc,
  );
  if (candidates.length > 0) return Math.min(...candidates);
  return wallUtc - before * MINUTE;
}

/** "2026-04-07T10:00:00-04:00": the instant as it reads on the wall in `zone`. */
export function formatOffsetDateTime(instantMs: number, zone: string): string {
  const offset = zoneOffsetMinutes(instantMs, zone);
  const w = zonedTime(instantMs, zone);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${w.year}-${pad(w.month)}-${pad(w.day)}T${pad(w.hour)}:${pad(w.minute)}:${pad(w.second)}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

const OFFSET_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** The offset written in an ISO date-time ("-04:00", "Z"), or null. */
export function offsetOf(dateTime: string): string | null {
  return OFFSET_DATE_TIME.exec(dateTime)?.[7] ?? null;
}

/** True for an ISO 8601 date-time with an explicit offset that names a real moment. */
export function isOffsetDateTime(value: string): boolean {
  const m = OFFSET_DATE_TIME.exec(value);
  if (!m) return false;
  const [, y, mo, d, h, mi] = m.map(Number) as number[];
  const date = new Date(Date.UTC(y ?? 0, (mo ?? 0) - 1, d ?? 0));
  return (
    date.getUTCMonth() + 1 === mo &&
    date.getUTCDate() === d &&
    (h ?? 0) < 24 &&
    (mi ?? 0) < 60 &&
    !Number.isNaN(Date.parse(value))
  );
}

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" into its parts, or null when it is not a calendar date. */
export function parseDate(value: string): { year: number; month: number; day: number } | null {
  const m = DATE_ONLY.exec(value);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() + 1 !== month || date.getUTCDate() !== day) return null;
  return { year, month, day };
}

/** Calendar arithmetic on dates, independent of any zone. */
export function addDays(
  date: { year: number; month: number; day: number },
  days: number,
): { year: number; month: number; day: number; weekday: number } {
  const d = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    weekday: d.getUTCDay(),
  };
}

/** Moves forward `count` working days (Monday–Friday); public holidays are not known. */
export function addBusinessDays(
  date: { year: number; month: number; day: number },
  count: number,
): { year: number; month: number; day: number } {
  let current = addDays(date, 0);
  let left = count;
  while (left > 0) {
    current = addDays(current, 1);
    if (current.weekday !== 0 && current.weekday !== 6) left--;
  }
  return { year: current.year, month: current.month, day: current.day };
}

export function formatDate(date: { year: number; month: number; day: number }): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
