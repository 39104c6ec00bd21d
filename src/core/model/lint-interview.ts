/**
 * Problems with what the user typed that are valid data but worth marking inline in the
 * popup (the schema keeps them, so nothing typed is lost).
 */
import { interviewWallTime } from '../timing/interview-zone';
import { formatDate, parseDate } from '../timing/zoned-time';
import type { Interview } from './types';

export interface LintIssue {
  /** Same path syntax as schema errors: "interviewers[1].email". */
  path: string;
  message: string;
}

// Deliberately loose: one "@", something either side, a dot in the domain. Real address
// syntax is the mail client's business; this only catches typos and pasted names.
const EMAIL = /^[^\s@<>(),;:"]+@[^\s@<>(),;:"]+\.[^\s@<>(),;:".]{2,}$/;

export function isPlausibleEmail(value: string): boolean {
  return EMAIL.test(value.trim());
}

export function lintInterview(interview: Interview): LintIssue[] {
  const issues: LintIssue[] = [];
  const add = (path: string, message: string) => issues.push({ path, message });

  if (interview.company.trim() === '') add('company', 'Add the company name.');
  if (interview.role.trim() === '') add('role', 'Add the role you interviewed for.');
  if (interview.interviewers.length === 0) {
    add('interviewers', 'Add at least one interviewer: one note per person.');
  }

  const start = Date.parse(interview.when);
  if (interview.decisionBy && !Number.isNaN(start)) {
    const decision = parseDate(interview.decisionBy);
    const day = formatDate(interviewWallTime(interview));
    if (decision && formatDate(decision) < day) {
      add('decisionBy', 'The decision date is before the interview.');
    }
  }

  const seenEmails = new Map<string, number>();
  interview.interviewers.forEach((person, i) => {
    const at = `interviewers[${i}]`;
    const name = person.name.trim();
    if (name === '') add(`${at}.name`, 'Add the interviewer’s name, spelled exactly.');
    else if (!/\s/.test(name)) {
      add(`${at}.name`, 'Add the last name too, so the greeting can be checked.');
    }
    const email = person.email?.trim() ?? '';
    if (email === '') {
      add(`${at}.email`, 'Add the email address (ask the recruiter if you don’t have it).');
    } else if (!email.includes('@')) {
      add(`${at}.email`, 'This email address has no "@".');
    } else if (!isPlausibleEmail(email)) {
      add(`${at}.email`, 'This email address looks incomplete.');
    } else {
      const key = email.toLowerCase();
      const first = seenEmails.get(key);
      if (first !== undefined) {
        add(`${at}.email`, `Same email as interviewer ${first + 1}.`);
      } else seenEmails.set(key, i);
    }
    person.concerns.forEach((concern, j) => {
      if (concern.text.trim() === '') {
        add(`${at}.concerns[${j}].text`, 'Describe the concern, or remove it.');
      }
    });
  });
  return issues;
}
