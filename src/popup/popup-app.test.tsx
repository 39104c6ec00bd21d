// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { demoData } from '../../test/tools/demo-data';
import { fake, startExtension, type Extension } from '../../test/setup/fake-extension';
import { MemoryStorage } from '../../test/setup/memory-storage';
import type { Store } from '../shared/store';
import { installMessages } from '../ui/i18n.test-helpers';
import {
  $,
  blur,
  buttonByText,
  click,
  flushUi,
  mount,
  press,
  typeInto,
} from '../ui/render.test-helpers';
import { parsePopupLink, popupLink } from '../shared/links';
import { PopupApp, type PopupAppProps } from './popup-app';

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = new Date('2026-05-13T15:20:00Z');

describe('popup', () => {
  let ext: Extension;
  let store: Store;
  let unmount: () => void = () => undefined;
  const tabs = { create: vi.fn(async () => ({})) };
  const runtime = {
    openOptionsPage: vi.fn(async () => undefined),
    getURL: (path: string) => `chrome-extension://ft-test/${path}`,
  };

  const open = async (memory = new MemoryStorage(), link: PopupAppProps['link'] = null) => {
    const page = mount(
      <PopupApp
        store={store}
        api={{ tabs, runtime } as never}
        now={() => NOW}
        memory={memory}
        link={link}
      />,
    );
    unmount = page.unmount;
    await flushUi();
    return page.root;
  };

  beforeEach(() => {
    ext = startExtension();
    installMessages();
    store = ext.client({ path: 'src/popup/index.html' });
    tabs.create.mockClear();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  afterEach(() => {
    unmount();
    store.dispose();
  });

  test('the due list shows every state, with time left and the next step', async () => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    const root = await open();
    const due = $(root, '.due-list').textContent ?? '';
    expect(due).toContain('Thank-you note to Dana Whitfield');
    expect(due).toContain('Thank-you note to Marcus Oyelaran');
    expect(due).toMatch(/overdue by 6 h/);
    expect(due).toMatch(/4 h \d+ min left/);
    expect(due).toContain('Just finished');
    expect(due).toContain('Card to post to Helena Sørensen');
    expect(due).toContain('Follow up with Cobalt Robotics');
    expect(due).toContain('Close Meridian Bank');
    expect(due).not.toContain('Juniper');
    // The count matches the badge: the note still in its first minutes is not counted.
    expect($(root, '#due-title .count').textContent).toBe('6');
    expect($(root, '.interview-list').textContent).toContain('Closed: Rejection');

    const fenwick = [...root.querySelectorAll('.due-item')].find((li) =>
      li.textContent?.includes('Gloria Benavides'),
    )!;
    act(() => buttonByText(fenwick as HTMLElement, 'Write in Gmail').click());
    const url = new URL((tabs.create.mock.calls[0] as unknown as [{ url: string }])[0].url);
    expect(url.origin + url.pathname).toBe('https://mail.google.com/mail/');
    expect(url.searchParams.get('to')).toBe('gbenavides@fenwickrowe.example');
    expect(url.searchParams.get('su')).toBe('Thank you – Store Manager interview');

    act(() => buttonByText(fenwick as HTMLElement, 'I sent it').click());
    await flushUi();
    expect($(root, '.due-list').textContent).not.toContain('Gloria Benavides');
  });

  test('records another page set aside are mentioned quietly, once nothing louder is shown', async () => {
    await fake.storage.local.set({
      'corrupt:interview:x:2026-05-13T15:00:00.000Z': { nonsense: true },
      'corrupt:interview:y:2026-05-13T15:00:00.000Z': { nonsense: true },
    });
    const root = await open();
    const notice = $(root, '#set-aside-notice');
    expect(notice.getAttribute('role')).toBe('status');
    expect(notice.textContent).toBe(
      "2 saved items couldn't be read, so they were set aside: they are kept in storage, not deleted, and nothing else is affected.",
    );
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  test('an interview to close takes its outcome and a lesson', async () => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    const root = await open();
    const meridian = [...root.querySelectorAll<HTMLElement>('.due-item')].find((li) =>
      li.textContent?.includes('Close Meridian Bank'),
    )!;
    act(() => buttonByText(meridian, 'Record the outcome').click());
    act(() => buttonByText(meridian, 'Close interview').click());
    expect(meridian.textContent).toContain('Choose what happened.');
    click(meridian, 'input[value="no-answer"]');
    typeInto(meridian, 'input[id$="-lesson"]', 'Ask for the decision date before leaving.');
    act(() => buttonByText(meridian, 'Close interview').click());
    await flushUi();
    const closed = store.interviews.value.find((iv) => iv.id === 'demo-meridian')!;
    expect(closed.outcome).toMatchObject({
      result: 'no-answer',
      lesson: 'Ask for the decision date before leaving.',
    });
    expect($(root, '.due-list').textContent).not.toContain('Meridian');
  });

  test('a new interview: Enter adds rows, problems are marked inline and saved anyway', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const memory = new MemoryStorage();
    const root = await open(memory);
    click(root, '#new-interview');
    expect(document.activeElement?.id).toBe('f-company');
    // Nothing is stored until the user types.
    expect(store.interviews.value).toHaveLength(0);
    typeInto(root, '#f-company', 'Harbor Lane Coffee');
    expect(store.interviews.value).toHaveLength(0);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    expect(store.interviews.value[0]?.company).toBe('Harbor Lane Coffee');

    const name = '.interviewers fieldset:nth-child(1) input[id$="-name"]';
    const email = '.interviewers fieldset:nth-child(1) input[id$="-email"]';
    typeInto(root, name, 'Samira Haddad');
    typeInto(root, email, 'samira.harborlane');
    blur(root, email);
    expect(root.textContent).toContain('This email address has no "@".');
    expect($(root, email).getAttribute('aria-invalid')).toBe('true');
    press(root, email, 'Enter');
    expect(root.querySelectorAll('.interviewers fieldset')).toHaveLength(2);
    expect(document.activeElement?.id).toMatch(/-name$/);

    typeInto(root, '#f-decision', '2026-05-01');
    expect(root.textContent).toContain('The decision date is before the interview.');

    click(root, '.interviewers fieldset:nth-child(1) button[id$="-add-topic"]');
    typeInto(root, '.interviewers fieldset:nth-child(1) input[id$="-topic-0"]', 'wholesale');
    press(root, '.interviewers fieldset:nth-child(1) input[id$="-topic-0"]', 'Enter');
    expect(document.activeElement?.id).toMatch(/-topic-1$/);

    await act(async () => {
      await vi.advanceTimersByTimeAsync(1100);
    });
    await flushUi();
    const saved = store.interviews.value[0]!;
    // Invalid, and stored all the same.
    expect(saved.interviewers[0]).toMatchObject({
      email: 'samira.harborlane',
      topics: ['wholesale', ''],
    });
    expect(saved.interviewers).toHaveLength(2);
    expect(saved.decisionBy).toBe('2026-05-01');
    expect(JSON.parse(memory.getItem('follow-through:popup-editing')!).id).toBe(saved.id);
    vi.useRealTimers();
  });

  test('each concern invites a one-line planned answer, and Enter moves on', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const root = await open();
    click(root, '#new-interview');
    typeInto(root, '#f-company', 'Harbor Lane Coffee');
    typeInto(root, '.interviewers fieldset:nth-child(1) input[id$="-name"]', 'Samira Haddad');
    click(root, '.interviewers fieldset:nth-child(1) button[id$="-add-concern"]');
    const concern = '.interviewers fieldset:nth-child(1) .concern input[id$="-text"]';
    expect(document.activeElement).toBe($(root, concern));
    typeInto(root, concern, 'no roastery experience');
    press(root, concern, 'Enter');
    const answer = document.activeElement as HTMLInputElement;
    expect(answer.id).toMatch(/-answer$/);
    // What the line is for is said in its label and its description.
    expect(root.querySelector(`label[for="${answer.id}"]`)?.textContent).toContain(
      'Planned answer (optional)',
    );
    const hint = document.getElementById(answer.getAttribute('aria-describedby') ?? '');
    expect(hint?.textContent).toMatch(/templates put it in the note/);
    typeInto(root, `#${answer.id}`, 'ran the production floor at a bakery');
    press(root, `#${answer.id}`, 'Enter');
    // Enter in the answer opens the next concern, ready to type.
    expect(root.querySelectorAll('.interviewers fieldset:nth-child(1) .concern')).toHaveLength(2);
    expect(document.activeElement?.id).toMatch(/-text$/);
    await act(async () => {
      await vi.advanceTimersByTimeAsync(1100);
    });
    await flushUi();
    expect(store.interviews.value[0]?.interviewers[0]?.concerns[0]).toMatchObject({
      text: 'no roastery experience',
      answer: 'ran the production floor at a bakery',
    });
    vi.useRealTimers();
  });

  test('closing mid-word: the page-hide flush stores what the throttle held back', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { installLeaveHandlers } = await import('../ui/page-lifecycle');
    const stop = installLeaveHandlers(window);
    const root = await open();
    click(root, '#new-interview');
    typeInto(root, '#f-company', 'Acme');
    await act(async () => {
      await vi.advanceTimersByTimeAsync(10);
    });
    typeInto(root, '#f-notes', 'Ask about the tou');
    expect(store.interviews.value[0]?.notes).toBe('');
    window.dispatchEvent(new Event('pagehide'));
    // Stored (optimistically) and on its way to the background, in the same tick.
    expect(store.interviews.value[0]?.notes).toBe('Ask about the tou');
    await store.flush();
    const stored = Object.values(await ext.dump()).find(
      (r) => (r as { kind?: string }).kind === 'interview',
    );
    expect(stored).toMatchObject({ company: 'Acme', notes: 'Ask about the tou' });
    stop();
    vi.useRealTimers();
  });

  const lastTab = () =>
    (tabs.create.mock.calls.at(-1) as unknown as [{ url: string }] | undefined)?.[0].url;

  test('"Write in …" follows the mail client in Settings', async () => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    await store.saveSettings({ ...store.settings.value, mailClient: 'outlook' });
    const root = await open();
    const fenwick = [...root.querySelectorAll<HTMLElement>('.due-item')].find((li) =>
      li.textContent?.includes('Gloria Benavides'),
    )!;
    act(() => buttonByText(fenwick, 'Write in Outlook').click());
    expect(lastTab()).toMatch(/^https:\/\/outlook\.office\.com\/mail\/deeplink\/compose\?to=/);
  });

  test('a card item links to its printable card, opened in a tab', async () => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    const root = await open();
    const card = [...root.querySelectorAll<HTMLElement>('.due-item')].find((li) =>
      li.textContent?.includes('Card to post to Helena Sørensen'),
    )!;
    const link = [...card.querySelectorAll('a')].find((a) => a.textContent === 'Print the card')!;
    const url =
      'chrome-extension://ft-test/src/card/index.html?interview=demo-alder&interviewer=demo-alder-1';
    expect(link.getAttribute('href')).toBe(url);
    expect(link.getAttribute('aria-describedby')).toBeTruthy();
    act(() => link.click());
    expect(lastTab()).toBe(url);
    // Only card items have it.
    expect(root.querySelectorAll('.due-link')).toHaveLength(1);
  });

  test.each([
    ['an interview link opens it', popupLink('demo-fenwick'), 'f-company'],
    [
      'a close link opens its outcome form',
      popupLink('demo-meridian', 'outcome'),
      'history-outcome-offer',
    ],
  ])('%s', async (_name, path, focused) => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    const link = parsePopupLink(path.slice(path.indexOf('#')));
    // A resume entry loses to the link.
    const memory = new MemoryStorage();
    memory.setItem(
      'follow-through:popup-editing',
      JSON.stringify({ id: 'demo-cobalt', at: NOW.toISOString() }),
    );
    const root = await open(memory, link);
    expect($(root, '#editor-title').textContent).toBe(
      link!.interviewId === 'demo-fenwick' ? 'Fenwick & Rowe' : 'Meridian Bank',
    );
    expect(document.activeElement?.id).toBe(focused);
  });

  test('closing from the deep link records the outcome and shows it in the history', async () => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    const root = await open(new MemoryStorage(), {
      interviewId: 'demo-meridian',
      focus: 'outcome',
    });
    click(root, '#history-outcome-no-answer');
    typeInto(root, '#history-outcome-lesson', 'Ask for a date before leaving.');
    act(() => buttonByText(root, 'Close interview').click());
    await flushUi();
    expect(store.interviews.value.find((iv) => iv.id === 'demo-meridian')?.outcome).toEqual({
      result: 'no-answer',
      lesson: 'Ask for a date before leaving.',
      closedAt: NOW.toISOString(),
    });
    const outcome = $(root, '.history-outcome').textContent ?? '';
    expect(outcome).toContain('No answer');
    expect(outcome).toContain('Next time: Ask for a date before leaving.');
    act(() => buttonByText(root, 'Reopen the interview').click());
    await flushUi();
    expect(store.interviews.value.find((iv) => iv.id === 'demo-meridian')?.outcome).toBeUndefined();
  });

  test('a link to a deleted interview says so and shows the home view', async () => {
    await store.ready;
    const root = await open(new MemoryStorage(), { interviewId: 'gone' });
    expect(root.textContent).toContain('That interview is no longer saved.');
    expect(root.querySelector('#new-interview')).not.toBeNull();
  });

  test('history: each note sent per interviewer, oldest first, and the outcome', async () => {
    await store.ready;
    await store.importData(demoData(NOW, 'America/New_York'), 'replace');
    const root = await open();
    act(() =>
      [...root.querySelectorAll<HTMLButtonElement>('.interview-row')]
        .find((b) => b.textContent?.includes('Meridian Bank'))!
        .click(),
    );
    await flushUi();
    const notes = [...root.querySelectorAll('.history-person .history-note')];
    expect(notes.map((n) => n.querySelector('strong')?.textContent)).toEqual([
      'Thank-you note',
      'Follow-up',
      'Follow-up',
    ]);
    const times = notes.map((n) => n.querySelector('time')!.getAttribute('datetime')!);
    expect([...times].sort()).toEqual(times);
    expect(notes[1]?.textContent).toContain('Email');
    expect(notes[1]?.querySelector('summary')?.textContent).toBe('Following up');
    expect(notes[1]?.querySelector('.history-text')?.textContent).toBe(
      'Dear Robert, I am following up …',
    );
    expect($(root, '.history-person h4').textContent).toBe('Robert Lindqvist');
    expect($(root, '.history-outcome').textContent).toContain('Still open');

    // Marked sent by hand ("I sent it"): no text to show, and it says so.
    act(() => buttonByText(root, '← All interviews').click());
    const fenwick = store.interviews.value.find((iv) => iv.id === 'demo-fenwick')!;
    await store.recordSent(fenwick.id, fenwick.interviewers[0]!.id, {
      kind: 'thank-you',
      at: NOW.toISOString(),
      channel: 'email',
      text: '',
    });
    await flushUi();
    act(() =>
      [...root.querySelectorAll<HTMLButtonElement>('.interview-row')]
        .find((b) => b.textContent?.includes('Fenwick'))!
        .click(),
    );
    await flushUi();
    expect($(root, '.history-person').textContent).toContain(
      'Marked as sent by hand; the text was not recorded.',
    );
  });

  test('a new entry shows no history section', async () => {
    const root = await open();
    click(root, '#new-interview');
    expect(root.querySelector('.history')).toBeNull();
  });
});
