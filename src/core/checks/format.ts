import { msg, type Text } from '../i18n/text';
import type { Interviewer } from '../model/types';

/** "43 s", "1 min 16 s", "2 min": how long a draft takes to read. */
export function formatSeconds(seconds: number): Text {
  if (seconds < 60) return msg('timeSeconds', seconds);
  const minutes = Math.floor(seconds / 60);
  const rest = seconds % 60;
  return rest === 0 ? msg('timeMinutes', minutes) : msg('timeMinutesSeconds', minutes, rest);
}

/** The name people are greeted by in messages ("Gloria"), falling back to the full name. */
export function firstName(person: Pick<Interviewer, 'name'>): string {
  return person.name.trim().split(/\s+/)[0] || person.name;
}

/** Shortens a quoted sentence so a message stays one line in the panel. */
export function clip(text: string, max = 90): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1).trimEnd()}…`;
}
