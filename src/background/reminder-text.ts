/**
 * What a reminder says and where its button leads: plain functions of the reminder, the
 * interview and the clock, so the background can rebuild both at any time from storage
 * (the notification is shown by one worker, its click may be handled by the next).
 */
import type { Interview, Interviewer, Settings, Template } from '../core/model/types';
import { fillTemplate } from '../core/templates/fill-template';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import type { PlannedReminder } from '../core/timing/reminders';
import { timeLeft } from '../core/timing/time-left';
import { parseDate } from '../core/timing/zoned-time';
import { composeUrl, type MailClient } from '../ui/mail-client';

export interface ReminderText {
  title: string;
  message: string;
}

export interface ReminderAction {
  label: string;
  url: string;
}

/** The button (and the click) on a notification, plus the way into the interview. */
export interface ReminderActions {
  primary: ReminderAction;
  /** The interview in the popup page; absent when the primary action already goes there. */
  open?: ReminderAction;
}

export const POPUP_PATH = 'src/popup/index.html';
export const CARD_PATH = 'src/card/index.html';

/** `src/popup/index.html#interview=<id>`: the popup page, in a tab, at that interview. */
export function popupLink(interviewId: string): string {
  return `${POPUP_PATH}#interview=${encodeURIComponent(interviewId)}`;
}

/** `src/card/index.html?interview=<id>&interviewer=<id>`: the printable card. */
export function cardLink(interviewId: string, interviewerId: string): string {
  const q = new URLSearchParams({ interview: interviewId, interviewer: interviewerId });
  return `${CARD_PATH}?${q.toString()}`;
}

function personOf(reminder: PlannedReminder, interview: Interview): Interviewer | undefined {
  return interview.interviewers.find((p) => p.id === reminder.interviewerId);
}

/** "due in 2 h", "overdue by 3 h", "due now": the popup's wording, turned into a phrase. */
function duePhrase(at: string, now: string): string {
  const left = timeLeft(at, now);
  if (left.endsWith(' left')) return `due in ${left.slice(0, -' left'.length)}`;
  return left || 'due';
}

function longDate(yyyyMmDd: string): string {
  const d = parseDate(yyyyMmDd);
  if (!d) return yyyyMmDd;
  return new Intl.DateTimeFormat('en-US', {
    timeZone: 'UTC',
    weekday: 'long',
    month: 'long',
    day: 'numeric',
  }).format(new Date(Date.UTC(d.year, d.month - 1, d.day)));
}

function followUpsSent(interview: Interview): number {
  return interview.interviewers.reduce(
    (n, p) => n + p.history.filter((h) => h.kind === 'follow-up').length,
    0,
  );
}

export function reminderText(
  reminder: PlannedReminder,
  interview: Interview,
  now: string,
): ReminderText {
  const company = interview.company.trim() || 'your interview';
  const role = interview.role.trim();
  const name = personOf(reminder, interview)?.name.trim() || 'your interviewer';
  const due = duePhrase(reminder.at, now);
  switch (reminder.kind) {
    case 'nudge':
      return interview.channel === 'card'
        ? {
            title: `Handwritten card · ${company}`,
            message: `Write the card to ${name} today, while the conversation is fresh. It should be in the post within 48 hours.`,
          }
        : {
            title: `Thank-you note · ${company}`,
            message: `Thank-you note to ${name} is ${duePhrase(deadlineOf(interview), now)}. The end of the day is a good moment, while the team is still deciding.`,
          };
    case 'thank-you':
      return {
        title: `Thank-you note · ${company}`,
        message: `Thank-you note to ${name} is ${due}. A short, specific note still helps.`,
      };
    case 'card':
      return {
        title: `Handwritten card · ${company}`,
        message: `The card to ${name} should be in the post: ${due}.`,
      };
    case 'follow-up-1':
    case 'follow-up-2': {
      const which =
        reminder.kind === 'follow-up-1'
          ? 'Time to follow up'
          : 'Time for your second and last follow-up';
      const about = role ? ` on the ${role} interview` : '';
      const decided = interview.decisionBy
        ? ` They expected to decide by ${longDate(interview.decisionBy)}.`
        : '';
      return {
        title: `Follow-up · ${company}`,
        message: `${which}${about}.${decided} One brief message with your number is enough.`,
      };
    }
    case 'close': {
      const since =
        followUpsSent(interview) > 0
          ? 'It’s been a week since your last follow-up'
          : interview.decisionBy
            ? 'It’s been a week since the decision date'
            : 'It’s been weeks since the interview';
      return {
        title: `Close the interview · ${company}`,
        message: `${since} — time to close this interview and note what you learned.`,
      };
    }
  }
}

/** The 24-hour deadline of the interview's thank-you, for the nudge's "due in …". */
function deadlineOf(interview: Interview): string {
  return new Date(Date.parse(interview.when) + 24 * 60 * 60_000).toISOString();
}

/** The user's version of a template type: an edited built-in first, then the shipped one. */
function templateOf(
  templates: Template[],
  type: Template['type'],
): Pick<Template, 'subject' | 'body'> | undefined {
  return (
    templates.find((t) => t.type === type && t.builtIn) ??
    templates.find((t) => t.type === type) ??
    BUILT_IN_TEMPLATES.find((t) => t.type === type)
  );
}

export interface ActionContext {
  templates: Template[];
  settings: Settings;
  client: MailClient;
}

/**
 * What to do next. Email notes and follow-ups open a compose window with To and Subject
 * filled (the panel fills the body there); a card opens the printable card; anything else
 * (no address yet, a phone follow-up, closing) opens the interview in the popup page.
 */
export function reminderActions(
  reminder: PlannedReminder,
  interview: Interview,
  { templates, settings, client }: ActionContext,
): ReminderActions {
  const open: ReminderAction = { label: 'Open in Follow-Through', url: popupLink(interview.id) };
  const person = personOf(reminder, interview);
  const write = client === 'outlook' ? 'Write in Outlook' : 'Write in Gmail';
  const emails = (people: Interviewer[]) =>
    people.map((p) => p.email?.trim() ?? '').filter((e) => e.includes('@'));
  const subject = (type: Template['type'], who: Interviewer | undefined) => {
    const template = templateOf(templates, type);
    if (!template || !who) return '';
    return fillTemplate(template, { interview, interviewer: who, settings }).subject;
  };

  switch (reminder.kind) {
    case 'nudge':
    case 'thank-you':
    case 'card': {
      if (!person) return { primary: open };
      if (interview.channel === 'card' || reminder.kind === 'card') {
        return {
          primary: { label: 'Open the card', url: cardLink(interview.id, person.id) },
          open,
        };
      }
      const to = emails([person]);
      if (interview.channel !== 'email' || to.length === 0) return { primary: open };
      return {
        primary: {
          label: write,
          url: composeUrl(client, { to, subject: subject('email', person) }),
        },
        open,
      };
    }
    case 'follow-up-1':
    case 'follow-up-2': {
      const to = emails(interview.interviewers);
      if (interview.channel === 'phone' || to.length === 0) return { primary: open };
      const subjectLine = subject('follow-up', interview.interviewers[0]);
      return {
        primary: { label: write, url: composeUrl(client, { to, subject: subjectLine }) },
        open,
      };
    }
    case 'close':
      return { primary: { label: 'Record the outcome', url: popupLink(interview.id) } };
  }
}
