/**
 * Which interview and interviewer a compose window is for. Pure, so the matching rules are
 * table-tested: an address beats a name, and the most recent interview wins a tie (the same
 * recruiter often interviews a candidate twice).
 */
import type { Recipient } from '../core/checks/types';
import { sameName, sameNameExactly } from '../core/names/match-name';
import type { Interview, Interviewer } from '../core/model/types';
import { interviewWallTime } from '../core/timing/interview-zone';
import { t } from '../ui/i18n';

export interface Pick {
  interviewId: string;
  interviewerId: string;
}

export interface PickGroup {
  interview: Interview;
  /** "Fenwick & Rowe · Store Manager · Tue 7 Apr" */
  label: string;
  interviewers: Interviewer[];
}

const normalise = (value: string | undefined): string =>
  (value ?? '').trim().replace(/\s+/g, ' ').toLowerCase();

/**
 * The saved interviewer a To line names, or null. `interviews` must be most recent first (as
 * the store gives them). Addresses match case-insensitively; a recipient shown only by name
 * (hosts sometimes hide the address) matches a saved name: first written the same way (after
 * folding case, accents, titles and "Last, First" order), then tolerantly (middle names and
 * initials ignored), so an exact match elsewhere beats a loose one.
 */
export function autoPick(
  interviews: readonly Interview[],
  to: readonly Recipient[] | null,
): Pick | null {
  if (!to || to.length === 0) return null;
  const emails = new Set(to.map((r) => normalise(r.email)).filter(Boolean));
  const names = to
    .filter((r) => !normalise(r.email))
    .map((r) => r.name ?? '')
    .filter((name) => name.trim());
  for (const matches of [
    (p: Interviewer) => emails.has(normalise(p.email)),
    (p: Interviewer) => names.some((name) => sameNameExactly(name, p.name)),
    (p: Interviewer) => names.some((name) => sameName(name, p.name)),
  ]) {
    for (const interview of interviews) {
      const person = interview.interviewers.find(matches);
      if (person) return { interviewId: interview.id, interviewerId: person.id };
    }
  }
  return null;
}

/** The manual choice list: most recent interview first, each with its interviewers. */
export function pickGroups(interviews: readonly Interview[], locale = 'en-GB'): PickGroup[] {
  return [...interviews]
    .sort((a, b) => (Date.parse(b.when) || 0) - (Date.parse(a.when) || 0))
    .map((interview) => ({
      interview,
      label: interviewLabel(interview, locale),
      interviewers: interview.interviewers.filter((p) => p.name.trim() !== ''),
    }))
    .filter((group) => group.interviewers.length > 0);
}

/** "Acme · Store Manager · Tue 7 Apr": enough to tell two interviews apart at a glance. */
export function interviewLabel(interview: Interview, locale = 'en-GB'): string {
  const parts = [interview.company.trim() || t('untitled'), interview.role.trim()];
  if (!Number.isNaN(Date.parse(interview.when))) {
    const wall = interviewWallTime(interview);
    const at = new Date(Date.UTC(wall.year, wall.month - 1, wall.day, 12));
    parts.push(
      new Intl.DateTimeFormat(locale, {
        weekday: 'short',
        day: 'numeric',
        month: 'short',
        timeZone: 'UTC',
      }).format(at),
    );
  }
  return parts.filter(Boolean).join(' · ');
}

export function findPick(
  interviews: readonly Interview[],
  pick: Pick | null,
): { interview: Interview; interviewer: Interviewer } | null {
  if (!pick) return null;
  const interview = interviews.find((i) => i.id === pick.interviewId);
  const interviewer = interview?.interviewers.find((p) => p.id === pick.interviewerId);
  return interview && interviewer ? { interview, interviewer } : null;
}
