/**
 * What a reminder says and where its button leads: plain functions of the reminder, the
 * interview and the clock, so the background can rebuild both at any time from storage
 * (the notification is shown by one worker, its click may be handled by the next).
 */
import { mailClientOf } from '../core/model/defaults';
import type { Interview, Interviewer, Settings, Template } from '../core/model/types';
import { fillTemplate } from '../core/templates/fill-template';
import { BUILT_IN_TEMPLATES } from '../core/templates/built-in-templates';
import type { PlannedReminder } from '../core/timing/reminders';
import { timeLeft } from '../core/timing/time-left';
import { parseDate } from '../core/timing/zoned-time';
import { cardLink, composeUrl, popupLink } from '../shared/links';
// The UI's helper, usable here: `i18n.getMessage` works in the service worker (Chrome) and
// the background page (Firefox), reading the same `_locales` as the pages.
import { say, t, uiLocale } from '../ui/i18n';

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

function personOf(reminder: PlannedReminder, interview: Interview): Interviewer | undefined {
  return interview.interviewers.find((p) => p.id === reminder.interviewerId);
}

/** "due in 2 h", "overdue by 3 h", "due now": the popup's wording, turned into a phrase. */
function duePhrase(at: string, now: string): string {
  const left = timeLeft(at, now);
  if (!left) return t('reminderDue');
  // Only the "… left" form needs recasting, into "due in …".
  const span = left.subs?.[0];
  if (left.key === 'timeLeft' && typeof span === 'object') return t('reminderDueIn', [say(span)]);
  return say(left);
}

function longDate(yyyyMmDd: string): string {
  const d = parseDate(yyyyMmDd);
  if (!d) return yyyyMmDd;
  // In the language of the messages it goes into ("Wednesday, April 8" in English).
  return new Intl.DateTimeFormat(uiLocale('en-US'), {
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
  const company = interview.company.trim() || t('reminderYourInterview');
  const role = interview.role.trim();
  const name = personOf(reminder, interview)?.name.trim() || t('yourInterviewer');
  const due = duePhrase(reminder.at, now);
  switch (reminder.kind) {
    case 'nudge':
      return interview.channel === 'card'
        ? {
            title: t('reminderCardTitle', [company]),
            message: t('reminderCardNudge', [name]),
          }
        : {
            title: t('reminderThankYouTitle', [company]),
            message: t('reminderThankYouNudge', [name, duePhrase(deadlineOf(interview), now)]),
          };
    case 'thank-you':
      return {
        title: t('reminderThankYouTitle', [company]),
        message: t('reminderThankYouDue', [name, due]),
      };
    case 'card':
      return {
        title: t('reminderCardTitle', [company]),
        message: t('reminderCardDue', [name, due]),
      };
    case 'follow-up-1':
    case 'follow-up-2': {
      // Whole sentences per case (not glued fragments), so a translation can reorder them.
      const second = reminder.kind === 'follow-up-2';
      const which = role
        ? t(second ? 'reminderFollowUp2Role' : 'reminderFollowUp1Role', [role])
        : t(second ? 'reminderFollowUp2' : 'reminderFollowUp1');
      const decided = interview.decisionBy
        ? t('reminderFollowUpDecision', [longDate(interview.decisionBy)])
        : '';
      return {
        title: t('reminderFollowUpTitle', [company]),
        message: [which, decided, t('reminderFollowUpHow')].filter(Boolean).join(' '),
      };
    }
    case 'close':
      return {
        title: t('reminderCloseTitle', [company]),
        message:
          followUpsSent(interview) > 0
            ? t('reminderCloseAfterFollowUp')
            : interview.decisionBy
              ? t('reminderCloseAfterDecision')
              : t('reminderCloseAfterInterview'),
      };
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
    templates.find((tpl) => tpl.type === type && tpl.builtIn) ??
    templates.find((tpl) => tpl.type === type) ??
    BUILT_IN_TEMPLATES.find((tpl) => tpl.type === type)
  );
}

export interface ActionContext {
  templates: Template[];
  /** Also says which web mail "Write in …" opens (`mailClient`). */
  settings: Settings;
}

/**
 * What to do next. Email notes and follow-ups open a compose window with To and Subject
 * filled (the panel fills the body there); a card opens the printable card; anything else
 * (no address yet, a phone follow-up, closing) opens the interview in the popup page.
 */
export function reminderActions(
  reminder: PlannedReminder,
  interview: Interview,
  { templates, settings }: ActionContext,
): ReminderActions {
  const client = mailClientOf(settings);
  const open: ReminderAction = { label: t('reminderOpen'), url: popupLink(interview.id) };
  const person = personOf(reminder, interview);
  const write = client === 'outlook' ? t('writeInOutlook') : t('writeInGmail');
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
          primary: { label: t('reminderOpenCard'), url: cardLink(interview.id, person.id) },
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
      // Straight to the outcome form: closing is the whole point of this reminder.
      return {
        primary: { label: t('recordOutcome'), url: popupLink(interview.id, 'outcome') },
      };
  }
}
