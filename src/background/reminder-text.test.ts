import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, test, vi } from 'vitest';
import { defaultSettings } from '../core/model/defaults';
import { sampleInterview } from '../core/model/fixtures.test-helpers';
import type { Interview, MailClient } from '../core/model/types';
import type { PlannedReminder, ReminderKind } from '../core/timing/reminders';
import { installMessages } from '../ui/i18n.test-helpers';
import { reminderActions, reminderText } from './reminder-text';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = '2026-04-08T12:00:00.000Z';

function reminder(kind: ReminderKind, at = NOW): PlannedReminder {
  const person = kind === 'nudge' || kind === 'thank-you' || kind === 'card';
  return {
    name: `ft:${kind}:iv-1${person ? ':p-1' : ''}`,
    when: at,
    at,
    kind,
    interviewId: 'iv-1',
    ...(person ? { interviewerId: 'p-1' } : {}),
  };
}

const sent = (kind: 'thank-you' | 'follow-up') => ({
  kind,
  at: '2026-04-07T20:00:00.000Z',
  channel: 'email' as const,
  text: 'Hi',
});

describe('reminder text (from _locales)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });

  test.each<[string, ReminderKind, Partial<Interview>, string, string]>([
    [
      'thank-you, overdue',
      'thank-you',
      {},
      'Thank-you note · Fenwick & Rowe',
      'Thank-you note to Gloria Benavides is overdue by 2 h. A short, specific note still helps.',
    ],
    [
      'card nudge',
      'nudge',
      { channel: 'card' },
      'Handwritten card · Fenwick & Rowe',
      'Write the card to Gloria Benavides today, while the conversation is fresh. It should be in the post within 48 hours.',
    ],
    [
      'card due, no company or name yet',
      'card',
      {
        company: ' ',
        interviewers: [{ ...sampleInterview().interviewers[0]!, name: '' }],
      },
      'Handwritten card · your interview',
      'The card to your interviewer should be in the post: due in 2 h.',
    ],
    [
      'first follow-up with role and decision date',
      'follow-up-1',
      {},
      'Follow-up · Fenwick & Rowe',
      'Time to follow up on the Store Manager interview. They expected to decide by Friday, April 17. One brief message with your number is enough.',
    ],
    [
      'second follow-up, no role, no date',
      'follow-up-2',
      { role: '', decisionBy: undefined },
      'Follow-up · Fenwick & Rowe',
      'Time for your second and last follow-up. One brief message with your number is enough.',
    ],
    [
      'close after follow-ups',
      'close',
      {
        interviewers: [
          {
            ...sampleInterview().interviewers[0]!,
            history: [sent('thank-you'), sent('follow-up')],
          },
        ],
      },
      'Close the interview · Fenwick & Rowe',
      'It’s been a week since your last follow-up — time to close this interview and note what you learned.',
    ],
    [
      'close with no decision date',
      'close',
      { decisionBy: undefined },
      'Close the interview · Fenwick & Rowe',
      'It’s been weeks since the interview — time to close this interview and note what you learned.',
    ],
  ])('%s', (_name, kind, change, title, message) => {
    const at =
      kind === 'thank-you'
        ? '2026-04-08T10:00:00.000Z'
        : kind === 'card'
          ? '2026-04-08T14:00:00.000Z'
          : NOW;
    const text = reminderText(reminder(kind, at), sampleInterview(change), NOW);
    expect(text).toEqual({ title, message });
    // No raw key ever reaches a notification.
    expect(text.message).not.toMatch(/^reminder[A-Z]/);
  });
});

describe('reminder actions', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    installMessages();
  });

  const actions = (kind: ReminderKind, client: MailClient | undefined, change = {}) => {
    const settings = { ...defaultSettings(), ...(client ? { mailClient: client } : {}) };
    if (!client) delete (settings as { mailClient?: MailClient }).mailClient;
    return reminderActions(reminder(kind), sampleInterview(change), { templates: [], settings });
  };

  test.each<[string, ReminderKind, MailClient | undefined, Partial<Interview>, string, string]>([
    [
      'thank-you in Gmail',
      'thank-you',
      'gmail',
      {},
      'Write in Gmail',
      'https://mail.google.com/mail/?view=cm&fs=1&to=gbenavides%40fenwickrowe.example&su=Thank%20you%20%E2%80%93%20Store%20Manager%20interview',
    ],
    [
      'thank-you in Outlook (from Settings)',
      'nudge',
      'outlook',
      {},
      'Write in Outlook',
      'https://outlook.office.com/mail/deeplink/compose?to=gbenavides%40fenwickrowe.example&subject=Thank%20you%20%E2%80%93%20Store%20Manager%20interview',
    ],
    [
      'settings from before the setting: Gmail',
      'thank-you',
      undefined,
      {},
      'Write in Gmail',
      'https://mail.google.com/mail/?view=cm&fs=1&to=gbenavides%40fenwickrowe.example&su=Thank%20you%20%E2%80%93%20Store%20Manager%20interview',
    ],
    [
      'follow-up in Outlook',
      'follow-up-1',
      'outlook',
      {},
      'Write in Outlook',
      'https://outlook.office.com/mail/deeplink/compose?to=gbenavides%40fenwickrowe.example&subject=',
    ],
    [
      'card',
      'card',
      'outlook',
      { channel: 'card' },
      'Open the card',
      'src/card/index.html?interview=iv-1&interviewer=p-1',
    ],
    [
      'no email yet',
      'thank-you',
      'gmail',
      { interviewers: [{ ...sampleInterview().interviewers[0]!, email: '' }] },
      'Open in Follow-Through',
      'src/popup/index.html#interview=iv-1',
    ],
    [
      'close: straight to the outcome form',
      'close',
      'outlook',
      {},
      'Record the outcome',
      'src/popup/index.html#interview=iv-1&focus=outcome',
    ],
  ])('%s', (_name, kind, client, change, label, url) => {
    const { primary } = actions(kind, client, change);
    expect(primary.label).toBe(label);
    if (url.endsWith('subject=')) expect(primary.url.startsWith(url)).toBe(true);
    else expect(primary.url).toBe(url);
  });

  test('email actions also offer the interview', () => {
    expect(actions('thank-you', 'gmail').open).toEqual({
      label: 'Open in Follow-Through',
      url: 'src/popup/index.html#interview=iv-1',
    });
    expect(actions('close', 'gmail').open).toBeUndefined();
  });
});
