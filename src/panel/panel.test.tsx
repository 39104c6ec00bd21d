// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { goodDraft } from '../core/checks/examples';
import type { Interview } from '../core/model/types';
import { interviewKey } from '../shared/store-keys';
import type { Store } from '../shared/store';
import { fake, settle, startExtension } from '../../test/setup/fake-extension';
import { Panel } from './panel';
import { createPanelModel, type PanelModel } from './panel-model';
import { composeState, fakePort, seedInterviews, type FakePort } from './panel.test-helpers';
import { checksReady } from './live-checks';

// The checks load lazily in the page; tests start once they are in.
beforeAll(() => checksReady);

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = new Date('2026-04-07T19:00:00.000Z');
const GLORIA = [{ name: 'Gloria Benavides', email: 'gbenavides@fenwickrowe.example' }];

const $ = <T extends Element = HTMLElement>(selector: string): T | null =>
  document.querySelector<T>(selector);
const $$ = (selector: string): HTMLElement[] => [
  ...document.querySelectorAll<HTMLElement>(selector),
];
const text = (selector: string): string => $(selector)?.textContent ?? '';

describe('the panel page', () => {
  let store: Store;
  let link: FakePort;
  let model: PanelModel;
  let root: HTMLElement;

  const mount = async (interviews: Interview[] = seedInterviews()): Promise<void> => {
    const ext = startExtension();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await fake.storage.local.set(
      Object.fromEntries(interviews.map((i) => [interviewKey(i.id), i])),
    );
    store = ext.client({ path: 'src/panel/index.html' });
    link = fakePort();
    model = createPanelModel(store, link.port, { now: () => NOW, isVisible: () => true });
    root = document.createElement('div');
    document.body.append(root);
    await act(() => render(<Panel model={model} />, root));
    await act(() => store.ready);
  };
  const deliver = (message: Parameters<FakePort['deliver']>[0]) => act(() => link.deliver(message));

  beforeEach(() => {
    document.body.replaceChildren();
  });
  afterEach(() => {
    render(null, root);
    model.dispose();
    store.dispose();
  });

  test('picks Gloria from the To field and shows her draft', async () => {
    await mount();
    await deliver({ type: 'state', state: composeState({ to: GLORIA }) });
    expect(text('.pick-who')).toBe('To Gloria Benavides, District Manager');
    expect(document.body.textContent).toContain('Matched from the To field.');
    expect(text('#ft-preview-body')).toContain('Dear Gloria,');
    expect($('#ft-insert')).not.toBeNull();
  });

  test('without a match, lists interviews most recent first and picks on click', async () => {
    await mount();
    await deliver({
      type: 'state',
      state: composeState({ to: [{ email: 'someone@else.example' }] }),
    });
    expect($$('.pick-interview').map((h) => h.textContent)).toEqual([
      'Lumen Books · Shop Lead · Thu 9 Apr',
      'Fenwick & Rowe · Store Manager · Tue 7 Apr',
      'Kestrel Outdoor · Assistant Manager · Fri 20 Mar',
    ]);
    const rita = $$('.pick-person').find((b) => b.textContent?.includes('Rita Osei'))!;
    expect(rita.textContent).toContain('✓ Thanked');
    const marcus = $$('.pick-person').find((b) => b.textContent?.includes('Marcus Webb'))!;
    expect(marcus.textContent).toContain('Not thanked yet');
    await act(() => marcus.click());
    expect(text('.pick-who')).toContain('Marcus Webb');
    // Changing is always possible.
    await act(() => $('#ft-change-pick')!.click());
    expect($$('.pick-person')).toHaveLength(4);
  });

  test('no interviews saved: says so and offers the options page', async () => {
    await mount([]);
    expect(document.body.textContent).toContain('No interviews saved yet');
    expect($$('button').map((b) => b.textContent)).toContain('Open Follow-Through');
  });

  test('lists the fields the template could not fill, by name', async () => {
    await mount();
    await deliver({ type: 'state', state: composeState({ to: [{ email: 'SAM@lumen.example' }] }) });
    const lines = $$('#ft-not-filled li').map((li) => li.textContent);
    expect(lines).toContain("Not filled: first topic — add a topic to Sam's notes");
  });

  test('a click a person did not make inserts nothing', async () => {
    await mount();
    await deliver({ type: 'state', state: composeState({ to: GLORIA }) });
    // happy-dom's click() is untrusted, like a page script's el.click().
    await act(() => $('#ft-insert')!.click());
    expect(link.sent.some((m) => m.type === 'insert')).toBe(false);
    expect(text('#ft-insert-result')).toContain('Nothing was inserted');
    // The same button with a trusted event does insert.
    await act(() => void model.insert({ isTrusted: true }));
    expect(link.sent.some((m) => m.type === 'insert')).toBe(true);
  });

  test('when the body is missing, explains and offers Copy draft instead of Insert', async () => {
    await mount();
    await deliver({
      type: 'state',
      state: composeState({ to: GLORIA, text: null, missing: ['body'] }),
    });
    expect(text('[role="alert"]')).toContain("can't find the message text");
    expect($('#ft-insert')).toBeNull();
    expect($('#ft-copy')).not.toBeNull();
  });

  test('findings: Concerns first, severity in words, every item a button with its reason', async () => {
    await mount();
    await deliver({
      type: 'state',
      state: composeState({ to: GLORIA, text: 'Dear Gloria,\n\nThank you for your time!!' }),
    });
    const headings = $$('#ft-findings h3').map((h) => h.textContent);
    expect(headings[0]).toBe('Concerns');
    expect(headings).toContain('Length');
    const concerns = $$('#ft-concerns li').map((li) => li.textContent);
    expect(concerns[0]).toMatch(/^✗Missing: only managed 6 people/);
    const items = $$('#ft-findings li > button');
    expect(items.length).toBeGreaterThan(3);
    for (const item of items) {
      expect(item.getAttribute('aria-expanded')).toBe('false');
      expect(item.querySelector('.sev-label')?.textContent).toMatch(
        /^(Fix|Check|Note|Answered|Missing|Not sure):$/,
      );
      expect(item.querySelector('.sev-icon')?.getAttribute('aria-hidden')).toBe('true');
    }
    const length = $$('.sev-warning .finding-button').find((b) =>
      b.textContent?.includes('words'),
    )!;
    await act(() => length.click());
    expect(length.getAttribute('aria-expanded')).toBe('true');
    expect(length.parentElement!.textContent).toMatch(/Why: .*Boomerang/);
  });

  test('the live region is there from the start and changes once per changed report', async () => {
    await mount();
    const status = $('[role="status"]')!;
    expect(status).not.toBeNull();
    model.choose({ interviewId: 'example-fenwick', interviewerId: 'gloria' });
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(status.textContent ?? ''));
    observer.observe(status, { childList: true, characterData: true, subtree: true });

    await deliver({
      type: 'state',
      state: composeState({ to: GLORIA, text: 'Dear Gloria,\n\nThanks.' }),
    });
    await deliver({
      type: 'state',
      state: composeState({ to: GLORIA, text: 'Dear Gloria,\n\nThanks.' }),
    });
    await deliver({ type: 'state', state: composeState({ to: GLORIA, text: goodDraft }) });
    await settle();
    observer.disconnect();
    expect($('[role="status"]')).toBe(status);
    expect(new Set(seen).size).toBe(2);
    expect(seen.at(-1)).toMatch(/^All 2 concerns answered; \d+ words$/);
    // Turning to a concern answered: it now quotes the sentence that answers it.
    expect(text('#ft-concerns')).toContain('Answered:');
    expect(text('#ft-concerns')).toContain('“Last December I scheduled');
  });

  test('"This answers it" marks a missing concern answered, for this draft, across a reload', async () => {
    await mount();
    const thin = 'Dear Gloria,\n\nThank you for your time today.';
    await deliver({ type: 'state', state: composeState({ to: GLORIA, text: thin }) });
    const first = () => $$('#ft-concerns > li')[0]!;
    expect(first().dataset.state).toBe('missing');
    expect(text('[role="status"]')).toMatch(/^0 concerns answered, 2 missing;/);
    // Only what would change the verdict is offered, named with the concern it is about.
    const answers = first().querySelector<HTMLButtonElement>('[data-call="answered"]')!;
    expect(first().querySelector('[data-call="missing"]')).toBeNull();
    expect(answers.textContent).toBe('This answers it');
    expect(answers.getAttribute('aria-label')).toBe(
      'This answers it: “only managed 6 people, this store has 40+”',
    );
    await act(() => answers.click());
    await settle();
    await act(() => store.flush());
    expect(first().dataset.state).toBe('answered');
    expect(first().textContent).toContain('You marked it answered.');
    expect(text('[role="status"]')).toMatch(/^1 concern answered, 1 missing;/);
    // Focus moves to the control that replaced the button pressed.
    expect(document.activeElement?.textContent).toBe('Undo my choice');

    // A fresh panel (the iframe reloaded) reads the choice back from storage.
    render(null, root);
    model.dispose();
    store.dispose();
    document.body.replaceChildren();
    const saved = (await fake.storage.local.get(interviewKey('example-fenwick')))[
      interviewKey('example-fenwick')
    ] as Interview;
    await mount([saved]);
    await deliver({ type: 'state', state: composeState({ to: GLORIA, text: thin }) });
    expect(first().dataset.state).toBe('answered');
    // A follow-up to her is another draft: the choice on the thank-you does not carry over.
    await act(() => model.chooseKind('follow-up'));
    expect(first().dataset.state).toBe('missing');
    await act(() => model.chooseKind('email'));

    // Undo: back to the checker's verdict.
    await act(() => first().querySelector<HTMLButtonElement>('[data-call="undo"]')!.click());
    await settle();
    expect(first().dataset.state).toBe('missing');
    expect(document.activeElement?.getAttribute('data-call')).toBe('answered');
  });

  test('"Not answered" wins over a concern the checker found answered', async () => {
    await mount();
    await deliver({ type: 'state', state: composeState({ to: GLORIA, text: goodDraft }) });
    const first = () => $$('#ft-concerns > li')[0]!;
    expect(first().dataset.state).toBe('answered');
    await act(() => first().querySelector<HTMLButtonElement>('[data-call="missing"]')!.click());
    await settle();
    expect(first().dataset.state).toBe('missing');
    expect(text('[role="status"]')).toMatch(/^1 concern answered, 1 missing;/);
  });

  test('notes holding markup are shown as text, never parsed', async () => {
    const interviews = seedInterviews();
    const payload = '<img src=x onerror=alert(1)>';
    const fenwick = interviews.find((i) => i.id === 'example-fenwick')!;
    fenwick.interviewers[0]!.topics = [payload];
    fenwick.interviewers[0]!.name = `Gloria "><svg onload=alert(2)> Benavides`;
    await mount(interviews);
    await deliver({ type: 'state', state: composeState({ to: GLORIA, text: payload }) });
    expect(text('#ft-preview-body')).toContain(payload);
    expect(document.querySelector('img, svg')).toBeNull();
  });

  test('sent: records the note and replies', async () => {
    await mount();
    await deliver({ type: 'state', state: composeState({ to: GLORIA, text: goodDraft }) });
    await deliver({ type: 'sent', text: goodDraft, subject: 'Thank you', to: GLORIA });
    await settle();
    await act(() => store.flush());
    expect(link.sent.at(-1)).toEqual({ type: 'sent-recorded' });
    expect(text('.pick-who')).toContain('Gloria');
    expect(document.body.textContent).toContain('Already thanked on Tue 7 Apr.');
  });

  test('collapses to a tab with aria-expanded, and Escape gives focus back to the compose', async () => {
    await mount();
    const hide = $('#ft-collapse')!;
    expect(hide.getAttribute('aria-expanded')).toBe('true');
    await act(() => hide.click());
    const tab = $('#ft-expand')!;
    expect(tab.getAttribute('aria-expanded')).toBe('false');
    expect(link.sent.at(-1)).toEqual({ type: 'collapse', collapsed: true });
    expect($('[role="status"]')).not.toBeNull();
    await act(() => tab.click());
    await act(() => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(link.sent.slice(-2)).toEqual([
      { type: 'collapse', collapsed: true },
      { type: 'focus-compose' },
    ]);
    await deliver({ type: 'layout', collapsed: false, cramped: false });
    expect($('#ft-collapse')).not.toBeNull();
  });

  test('axe finds no violations', async () => {
    await mount();
    await deliver({
      type: 'state',
      state: composeState({ to: GLORIA, text: 'Dear Gloria,\n\nThanks!' }),
    });
    // As index.html sets them.
    document.documentElement.lang = 'en';
    document.title = 'Follow-Through';
    const axe = (await import('axe-core')).default;
    const results = await axe.run(document, {
      rules: {
        // happy-dom does no layout, so colour contrast can't be computed here (the e2e can).
        'color-contrast': { enabled: false },
        // The panel is a complementary region beside the mail page's own main content, not a
        // page of its own: an <aside> is what it is (WCAG 2.2, 4.1.2 Name, Role, Value).
        'landmark-one-main': { enabled: false },
      },
    });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(' | ')}`),
    ).toEqual([]);
    // axe walks the whole panel: seconds on a busy two-core machine.
  }, 30_000);
});
