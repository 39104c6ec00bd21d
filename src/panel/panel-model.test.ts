import { beforeAll, afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { goodDraft } from '../core/checks/examples';
import { interviewKey } from '../shared/store-keys';
import type { Store } from '../shared/store';
import { fake, settle, startExtension, type Extension } from '../../test/setup/fake-extension';
import { createPanelModel, recipientLine, type PanelModel } from './panel-model';
import { composeState, fakePort, seedInterviews, type FakePort } from './panel.test-helpers';
import { checksReady } from './live-checks';

// The checks load lazily in the page; tests start once they are in.
beforeAll(() => checksReady);

vi.mock('webextension-polyfill', () => import('../../test/setup/polyfill-module'));

const NOW = new Date('2026-04-07T19:00:00.000Z');
const trusted = { isTrusted: true };

describe('the panel model', () => {
  let ext: Extension;
  let store: Store;
  let link: FakePort;
  let model: PanelModel;
  let visible: boolean;

  beforeEach(async () => {
    ext = startExtension();
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const records = Object.fromEntries(seedInterviews().map((i) => [interviewKey(i.id), i]));
    await fake.storage.local.set(records);
    store = ext.client({ path: 'src/panel/index.html' });
    await store.ready;
    link = fakePort();
    visible = true;
    model = createPanelModel(store, link.port, { now: () => NOW, isVisible: () => visible });
  });
  afterEach(() => {
    model.dispose();
    store.dispose();
  });

  test('picks the interviewer whose address is in To, ignoring case', () => {
    expect(model.picked.value).toBeNull();
    link.deliver({
      type: 'state',
      state: composeState({ to: [{ name: 'G.', email: 'GBenavides@FenwickRowe.example' }] }),
    });
    expect(model.pick.value).toEqual({ interviewId: 'example-fenwick', interviewerId: 'gloria' });
    expect(model.autoPicked.value).toBe(true);
    expect(model.choosing.value).toBe(false);
    expect(model.connection.value.state).toBe('connected');
  });

  test('a hand-made pick stands when To changes later', () => {
    model.choose({ interviewId: 'example-fenwick', interviewerId: 'marcus' });
    link.deliver({
      type: 'state',
      state: composeState({ to: [{ email: 'gbenavides@fenwickrowe.example' }] }),
    });
    expect(model.pick.value?.interviewerId).toBe('marcus');
    expect(model.autoPicked.value).toBe(false);
  });

  test('the choice list is most recent interview first', () => {
    expect(model.groups.value.map((g) => g.label)).toEqual([
      'Lumen Books · Shop Lead · Thu 9 Apr',
      'Fenwick & Rowe · Store Manager · Tue 7 Apr',
      'Kestrel Outdoor · Assistant Manager · Fri 20 Mar',
    ]);
  });

  test('fills the template and names the fields it could not fill', () => {
    model.choose({ interviewId: 'iv-lumen', interviewerId: 'sam' });
    const draft = model.draft.value!;
    expect(draft.template.id).toBe('builtin-thank-you');
    expect(draft.filled.body).toContain('Dear Sam,');
    expect(draft.filled.body).not.toContain('{{');
    expect(draft.notFilled).toContain("first topic — add a topic to Sam's notes");
    expect(draft.notFilled).toContain('your name — add it in Follow-Through settings');
  });

  test('inserts only for a trusted event on a visible panel after the preview was shown', () => {
    link.deliver({
      type: 'state',
      state: composeState({ to: [{ email: 'mwebb@fenwickrowe.example' }] }),
    });
    const draft = model.draft.value!;

    expect(model.insert(trusted)).toBe(false); // preview not shown yet
    model.previewShown(draft.key);
    expect(model.insert({ isTrusted: false })).toBe(false);
    visible = false;
    expect(model.insert(trusted)).toBe(false);
    expect(link.sent.filter((m) => m.type === 'insert')).toEqual([]);
    expect(model.insertStatus.value.state).toBe('refused');

    visible = true;
    // A pointer click whose pointer-down did not land on Insert is not a click on Insert.
    expect(model.insert({ isTrusted: true, detail: 1 })).toBe(false);
    model.press({ isTrusted: false });
    expect(link.sent.filter((m) => m.type === 'press')).toEqual([]);
    expect(model.insert({ isTrusted: true, detail: 1 })).toBe(false);
    expect(link.sent.filter((m) => m.type === 'insert')).toEqual([]);

    model.press(trusted);
    expect(link.sent.at(-1)).toEqual({ type: 'press' });
    expect(model.insert({ isTrusted: true, detail: 1 })).toBe(true);
    expect(link.sent.at(-1)).toEqual({
      type: 'insert',
      subject: draft.filled.subject,
      to: 'Marcus Webb <mwebb@fenwickrowe.example>',
      body: draft.filled.body,
      pointer: true,
    });
    // The press is used up by its click.
    expect(model.insert({ isTrusted: true, detail: 1 })).toBe(false);
    // The keyboard (Enter or Space: detail 0) needs no press; the content script judges it.
    expect(model.insert(trusted)).toBe(true);
    expect(link.sent.at(-1)).toMatchObject({ type: 'insert', pointer: false });
    expect(model.insertStatus.value.state).toBe('sending');
    link.deliver({
      type: 'inserted',
      ok: true,
      filled: ['body'],
      warnings: ['to-gmail'],
    });
    expect(model.insertStatus.value).toEqual({
      state: 'inserted',
      warnings: ["Gmail didn't turn the address into a recipient; check the To field."],
    });
  });

  test('a preview of other text does not allow insert', () => {
    model.choose({ interviewId: 'example-fenwick', interviewerId: 'gloria' });
    model.previewShown(model.draft.value!.key);
    model.chooseTemplate('builtin-short');
    expect(model.insert(trusted)).toBe(false);
  });

  test('a failed insert says why and offers copy', async () => {
    const copied: string[] = [];
    model.dispose();
    model = createPanelModel(store, link.port, {
      now: () => NOW,
      isVisible: () => true,
      copyText: async (text) => void copied.push(text),
    });
    model.choose({ interviewId: 'example-fenwick', interviewerId: 'gloria' });
    model.previewShown(model.draft.value!.key);
    model.insert(trusted);
    link.deliver({ type: 'inserted', ok: false, reason: 'covered' });
    expect(model.insertStatus.value).toEqual({
      state: 'failed',
      reason:
        'Nothing was inserted: the panel was hidden, covered or disguised by the page. Bring it into full view and try again.',
    });
    await model.copyDraft();
    expect(copied).toEqual([model.draft.value!.filled.body]);
    expect(model.copyStatus.value.state).toBe('copied');
  });

  test('copy falls back to a selectable text when the clipboard refuses', async () => {
    model.dispose();
    model = createPanelModel(store, link.port, {
      now: () => NOW,
      copyText: () => Promise.reject(new Error('denied')),
    });
    model.choose({ interviewId: 'example-fenwick', interviewerId: 'gloria' });
    await model.copyDraft();
    expect(model.copyStatus.value.state).toBe('manual');
  });

  test('checks the compose text on each state; the report changes only with its content', () => {
    model.choose({ interviewId: 'example-fenwick', interviewerId: 'gloria' });
    const to = [{ email: 'gbenavides@fenwickrowe.example' }];
    link.deliver({
      type: 'state',
      state: composeState({ to, text: 'Dear Gloria,\n\nThank you.' }),
    });
    const first = model.report.value!;
    expect(first.concerns!.map((c) => c.addressed)).toEqual([false, false]);
    expect(first.summary).toMatch(/^0 concerns answered, 2 missing; 4 words/);

    link.deliver({
      type: 'state',
      state: composeState({ to, text: 'Dear Gloria,\n\nThank you.' }),
    });
    expect(model.report.value).toBe(first);

    link.deliver({ type: 'state', state: composeState({ to, text: goodDraft }) });
    const second = model.report.value!;
    expect(second).not.toBe(first);
    expect(second.concerns!.every((c) => c.addressed && c.evidence)).toBe(true);
    expect(second.summary).toMatch(/^All 2 concerns answered; \d+ words/);
  });

  test('records the sent note, then tells the content script', async () => {
    link.deliver({
      type: 'state',
      state: composeState({ to: [{ email: 'gbenavides@fenwickrowe.example' }], text: goodDraft }),
    });
    link.deliver({
      type: 'sent',
      text: goodDraft,
      subject: 'Thank you',
      to: [{ email: 'gbenavides@fenwickrowe.example' }],
      at: NOW.toISOString(),
    });
    await settle();
    await store.flush();
    const gloria = store.interviews.value
      .find((i) => i.id === 'example-fenwick')!
      .interviewers.find((p) => p.id === 'gloria')!;
    expect(gloria.thankedAt).toBe(NOW.toISOString());
    expect(gloria.history.at(-1)).toEqual({
      kind: 'thank-you',
      at: NOW.toISOString(),
      channel: 'email',
      subject: 'Thank you',
      text: goodDraft,
    });
    expect(link.sent.at(-1)).toEqual({ type: 'sent-recorded' });
    expect(model.sendStatus.value).toEqual({ state: 'recorded', name: 'Gloria Benavides' });
    const stored = (await ext.dump())['interview:example-fenwick'] as typeof gloria & {
      interviewers: (typeof gloria)[];
    };
    expect(stored.interviewers[0]!.thankedAt).toBe(NOW.toISOString());
  });

  test('collapse and Escape reach the content script; layout and the command come back', () => {
    model.setCollapsed(true);
    expect(link.sent.at(-1)).toEqual({ type: 'collapse', collapsed: true });
    model.setCollapsed(false);
    model.dismiss();
    expect(link.sent.slice(-2)).toEqual([
      { type: 'collapse', collapsed: true },
      { type: 'focus-compose' },
    ]);
    link.deliver({ type: 'layout', collapsed: false, cramped: true });
    expect([model.collapsed.value, model.cramped.value]).toEqual([false, true]);
    link.deliver({ type: 'toggle' });
    expect(model.focusRequest.value).toBe(1);
  });

  test('the To line keeps the name plain', () => {
    expect(recipientLine({ name: 'Gloria "G" <B>, Jr', email: ' g@x.example ' })).toBe(
      'Gloria G B Jr <g@x.example>',
    );
    expect(recipientLine({ name: 'Sam', email: '' })).toBe('');
  });

  test('says when the compose window is gone', () => {
    link.disconnect('The compose window closed.');
    expect(model.connection.value).toEqual({ state: 'lost', reason: 'The compose window closed.' });
  });

  test('offers the follow-up once one is due for a thanked interviewer', () => {
    model.dispose();
    model = createPanelModel(store, link.port, { now: () => new Date('2026-04-21T15:00:00Z') });
    model.choose({ interviewId: 'iv-harbor', interviewerId: 'rita' });
    expect(model.followUpDue.value).not.toBeNull();
    expect(model.kind.value).toBe('follow-up');
    expect(model.draft.value!.template.type).toBe('follow-up');
  });
});
