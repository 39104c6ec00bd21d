import type { Interview } from '../model/types';
import {
  formatOffsetDateTime,
  instantAt,
  isValidZone,
  offsetOf,
  zonedTime,
  type WallTime,
} from './zoned-time';

/**
 * The zone an interview's local times are computed in: its IANA zone when known (so DST is
 * followed), else the fixed offset written in `when`, else UTC.
 */
export function interviewZone(interview: Pick<Interview, 'when' | 'timeZone'>): string {
  if (interview.timeZone && isValidZone(interview.timeZone)) return interview.timeZone;
  return offsetOf(interview.when) ?? 'Z';
}

/** The interview's start as it read on the wall where it happened. */
export function interviewWallTime(interview: Pick<Interview, 'when' | 'timeZone'>): WallTime {
  return zonedTime(Date.parse(interview.when), interviewZone(interview));
}

/** "2026-04-07T10:00" typed into a form, read in `zone`, as an ISO date-time with offset. */
export function localInputToDateTime(local: string, zone: string): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(local);
  if (!m || !isValidZone(zone)) return null;
  const [year = 0, month = 1, day = 1, hour = 0, minute = 0] = m.slice(1).map(Number);
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return formatOffsetDateTime(instantAt({ year, month, day, hour, minute }, zone), zone);
}
