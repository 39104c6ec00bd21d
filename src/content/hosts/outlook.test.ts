// @vitest-environment happy-dom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { anchorRange } from '../insert';
import { outlook } from './outlook';
import * as sel from './outlook.selectors';

/**
 * Loads an Outlook fixture into the test's document without its page script. With `open`,
 * clones that <template> into the reading pane, as outlook-page.js does for New mail / Reply.
 */
function load(file: string, open?: 'compose' | 'reply' | 'forward'): Document {
  const html = readFileSync(
    join(import.meta.dirname, '../../../test/fixtures/outlook', file),
    'utf8',
  );
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  for (const part of ['head', 'body'] as const) {
    document[part].replaceChildren(
      ...[...parsed[part].childNodes].map((node) => document.importNode(node, true)),
    );
    document[part].className = parsed[part].className;
  }
  if (open) {
    const template = document.querySelector<HTMLTemplateElement>(`#${open}`)!;
    const node = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
    node.id = 'docking_InitVisiblePart_7';
    document.querySelector('[data-fixture=compose-slot]')!.append(node);
  }
  return document;
}

const only = (doc: Document): HTMLElement => {
  const roots = outlook.findComposeRoots(doc);
  expect(roots).toHaveLength(1);
  return roots[0]!;
};

function chip(well: Element, text: string, title?: string): void {
  const template = document.querySelector<HTMLTemplateElement>('#chip')!;
  const node = template.content.firstElementChild!.cloneNode(true) as HTMLElement;
  node.querySelector('[data-fixture=chip-text]')!.textContent = text;
  if (title) node.title = title;
  well.append(node);
}

const wells = (root: HTMLElement): HTMLElement[] => outlook.parts(root).recipientRows as never;

describe('Outlook adapter on the dated fixtures', () => {
  test('no compose on a bare mailbox; a new message once New mail opens one', () => {
    expect(outlook.findComposeRoots(load('compose-new-2026-11-22.html'))).toEqual([]);
    const root = only(load('compose-new-2026-11-22.html', 'compose'));
    expect(root.id).toBe('docking_InitVisiblePart_7');
    expect(outlook.dockTarget(root)).toBe(root);
    expect(outlook.readState(root)).toEqual({
      host: 'outlook',
      kind: 'new',
      view: 'inline',
      minimized: false,
      to: [],
      cc: [],
      subject: '',
      subjectFillable: true,
      text: '',
      missing: [],
    });
  });

  test('To chips: an address, "Name <address>", a bare display name, a name with an address hint', () => {
    const root = only(load('compose-new-2026-11-22.html', 'compose'));
    const [to, cc] = wells(root);
    chip(to!, 'gbenavides@fenwickrowe.example');
    chip(to!, 'Marcus Webb <mwebb@fenwickrowe.example>');
    chip(to!, 'Gloria Benavides');
    chip(to!, 'Priya Raman', 'Priya Raman (priya@fenwickrowe.example)');
    // Typed but not yet committed text is not a recipient.
    to!.append(document.createTextNode('half-typed@exa'));
    chip(cc!, 'recruiter@fenwickrowe.example');
    const state = outlook.readState(root);
    expect(state.to).toEqual([
      { email: 'gbenavides@fenwickrowe.example' },
      { name: 'Marcus Webb', email: 'mwebb@fenwickrowe.example' },
      { name: 'Gloria Benavides' },
      { name: 'Priya Raman', email: 'priya@fenwickrowe.example' },
    ]);
    expect(state.cc).toEqual([{ email: 'recruiter@fenwickrowe.example' }]);
    expect(outlook.toCount(root)).toBe(4);
  });

  test('subject and own text: the signature is left out, the lines kept', () => {
    const root = only(load('compose-new-2026-11-22.html', 'compose'));
    const parts = outlook.parts(root);
    parts.subject!.value = 'Thank you';
    const first = parts.body!.firstElementChild!;
    first.replaceChildren('Hi Gloria,');
    const next = document.createElement('div');
    next.className = 'elementToProof';
    next.textContent = 'Thank you for your time today.';
    first.after(next);
    const state = outlook.readState(root);
    expect(state.subject).toBe('Thank you');
    expect(state.subjectFillable).toBe(false);
    expect(state.text).toBe('Hi Gloria,\nThank you for your time today.');
    expect(state.text).not.toContain('Dana Whitfield');
  });

  test('a reply draft open at load: thread subject, display-name chip, no quote or signature in the text', () => {
    const root = only(load('reply-2026-11-22.html'));
    expect(root.id).toBe('docking_InitVisiblePart_0');
    expect(outlook.readState(root)).toEqual({
      host: 'outlook',
      kind: 'reply',
      view: 'inline',
      minimized: false,
      to: [{ name: 'Gloria Benavides' }],
      cc: [],
      subject: 'Store Manager interview',
      subjectFillable: false,
      text: 'Hi Gloria,\n\nThank you for the conversation today.',
      missing: [],
    });
    expect(outlook.parts(root).subject).toBeNull();
  });

  test('quoted text without #appendonsend is cut at #divRplyFwdMsg and everything after it', () => {
    const root = only(load('reply-2026-11-22.html'));
    const body = outlook.parts(root).body!;
    body.querySelector('#appendonsend')!.remove();
    body.querySelector('#Signature')!.remove();
    const text = outlook.readState(root).text!;
    expect(text).toBe('Hi Gloria,\n\nThank you for the conversation today.');
    expect(text).not.toMatch(/From:|weekend availability/);
  });

  test('insert anchor: in the empty line above the signature, never in the quote', () => {
    // Two composes now: the restored draft and the new reply.
    const roots = outlook.findComposeRoots(load('reply-2026-11-22.html', 'reply'));
    expect(roots).toHaveLength(2);
    const reply = roots[1]!;
    const body = outlook.parts(reply).body!;
    const tail = outlook.bodyTail(body);
    expect(tail?.id).toBe('Signature');
    const range = anchorRange(body, tail);
    expect(range.startContainer).toBe(body.firstElementChild);
    expect(body.querySelector('#divRplyFwdMsg')!.contains(range.startContainer)).toBe(false);
  });

  test('a forward: empty To; told apart by an FW: subject when the subject is shown', () => {
    const root = outlook.findComposeRoots(load('reply-2026-11-22.html', 'forward'))[1]!;
    const state = outlook.readState(root);
    expect(state.to).toEqual([]);
    // Inline, the thread's subject carries no prefix: a forward reads as a reply (weak spot).
    expect(state.kind).toBe('reply');
    const popout = only(load('popout-2026-11-22.html'));
    outlook.parts(popout).subject!.value = 'FW: Store Manager interview';
    expect(outlook.readState(popout).kind).toBe('forward');
  });

  test('the pop-out: root spans form and toolbar, panel docks on the form, Send is the primary half', () => {
    const root = only(load('popout-2026-11-22.html'));
    const form = root.querySelector<HTMLElement>('[data-app-section=Form_Content]')!;
    expect(root).toBe(form.parentElement);
    expect(outlook.dockTarget(root)).toBe(form);
    const state = outlook.readState(root);
    expect(state).toMatchObject({
      kind: 'reply',
      view: 'popout',
      to: [{ name: 'Gloria Benavides', email: 'gbenavides@fenwickrowe.example' }],
      subject: 'RE: Store Manager interview',
      subjectFillable: false,
      missing: [],
    });
    const [send, more] = root.querySelectorAll('[data-testid=ComposeSendButton] button');
    expect(outlook.isSendControl(send!, root)).toBe(true);
    expect(outlook.isSendControl(more!, root)).toBe(false);
    expect(outlook.isSendControl(root.querySelector('[aria-label=Discard]')!, root)).toBe(false);
  });

  test('a draft parked as a tab reads as minimised; a closed one as closed', () => {
    load('reply-2026-11-22.html');
    const root = only(document);
    root.hidden = true;
    expect(outlook.readState(root).minimized).toBe(true);
    expect(outlook.isClosed(root)).toBe(false);
    root.remove();
    expect(outlook.isClosed(root)).toBe(true);
    // The pop-out window empties when it closes; its root (the form's parent) stays.
    const popout = only(load('popout-2026-11-22.html'));
    popout.querySelector('[data-app-section=Form_Content]')!.remove();
    expect(outlook.isClosed(popout)).toBe(true);
  });

  test('missing parts are named, never thrown', () => {
    const root = only(load('compose-new-2026-11-22.html', 'compose'));
    root.querySelector('[data-testid=ComposeSendButton]')!.remove();
    root.querySelector('[aria-label=Send]')?.remove();
    for (const well of wells(root)) well.removeAttribute('contenteditable');
    expect(outlook.readState(root)).toMatchObject({ to: null, missing: ['to', 'send'] });
    // Outlook renamed the editor: the compose still gets a panel, which offers to copy.
    const body = outlook.parts(root).body!;
    body.removeAttribute('aria-multiline');
    body.parentElement!.parentElement!.id = 'editorHost';
    expect(outlook.findComposeRoots(document)).toEqual([root]);
    expect(outlook.isClosed(root)).toBe(false);
    expect(() => outlook.readState(root)).not.toThrow();
    const state = outlook.readState(root);
    expect(state.text).toBeNull();
    expect(state.missing).toContain('body');
  });

  test('the editor hint marks the compose editor, not list churn', () => {
    load('inbox-large-2026-11-22.html', 'compose');
    const root = only(document);
    const editors = document.querySelectorAll(outlook.editorHint);
    expect(editors).toHaveLength(1);
    expect(root.contains(editors[0]!)).toBe(true);
    const row = document.querySelector<HTMLTemplateElement>('#row')!.content.firstElementChild!;
    expect(row.matches(outlook.editorHint) || row.querySelector(outlook.editorHint)).toBeFalsy();
    expect(document.body.classList.contains('churn')).toBe(true);
  });

  test('the same markup on every Outlook host: one adapter', async () => {
    const { adapterFor } = await import('./index');
    for (const host of [
      'outlook.live.com',
      'outlook.office.com',
      'outlook.office365.com',
      'outlook.cloud.microsoft',
    ])
      expect(adapterFor(host)).toBe(outlook);
  });
});

describe('Outlook adapter on the 2026-12-03 fixtures', () => {
  const at = (url: string): void =>
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

  test('a reply: read-only To and Cc summaries are read, names without presence or repeats', () => {
    at('https://outlook.office.com/mail/inbox/id/AAQk');
    const root = only(load('reply-2026-12-03.html'));
    const state = outlook.readState(root);
    expect(state.to).toEqual([{ name: 'Dr. Adaeze N. Okonkwo' }]);
    expect(state.cc).toEqual([{ name: 'Webb, Marcus' }]);
    expect(state.missing).toEqual([]);
    expect(state.kind).toBe('reply');
    expect(outlook.toCount(root)).toBe(1);
    // The To well is the first, read-only one; nothing made it editable by reading it.
    const toWell = outlook.parts(root).toWell!;
    expect(toWell.getAttribute('aria-label')).toBe('To');
    expect(toWell.isContentEditable).toBe(false);
  });

  test('a chip nested in a chip counts once; without a text container its text pieces are cleaned', () => {
    at('https://outlook.office.com/mail/');
    const root = only(load('compose-new-2026-12-03.html', 'compose'));
    const well = outlook.parts(root).toWell!;
    const outer = document.createElement('span');
    outer.contentEditable = 'false';
    const name = document.createElement('span');
    name.textContent = 'Gloria Benavides';
    const presence = document.createElement('span');
    presence.contentEditable = 'false';
    presence.textContent = 'Busy';
    const repeat = document.createElement('span');
    repeat.textContent = 'Gloria Benavides';
    outer.append(name, presence, repeat);
    well.append(outer);
    expect(outlook.readState(root).to).toEqual([{ name: 'Gloria Benavides' }]);
  });

  test('a new message: the empty To well is where an address is typed', () => {
    at('https://outlook.office.com/mail/');
    const root = only(load('compose-new-2026-12-03.html', 'compose'));
    const parts = outlook.parts(root);
    expect(parts.toInput).toBeNull();
    expect(parts.toWell).toBe(wells(root)[0]);
    expect(parts.toWell!.getAttribute('aria-label')).toBe('To');
    expect(outlook.toCount(root)).toBe(0);
  });

  test('a calendar event form gets no compose root; the same form under /mail does', () => {
    at('https://outlook.office.com/calendar/deeplink/compose');
    expect(outlook.findComposeRoots(load('calendar-form-2026-12-03.html'))).toEqual([]);
    at('https://outlook.live.com/calendar/0/view/week');
    expect(outlook.findComposeRoots(load('calendar-form-2026-12-03.html'))).toEqual([]);
    at('https://outlook.office.com/mail/deeplink/compose');
    expect(outlook.findComposeRoots(load('calendar-form-2026-12-03.html'))).toHaveLength(1);
  });

  test('markUndoStep: an empty, non-bubbling compositionend on the body, nothing else', () => {
    at('https://outlook.office.com/mail/');
    const root = only(load('compose-new-2026-12-03.html', 'compose'));
    const body = outlook.parts(root).body!;
    const before = body.cloneNode(true);
    const heard: { type: string; data: string; bubbles: boolean; onBody: boolean }[] = [];
    body.addEventListener('compositionend', (event) =>
      heard.push({
        type: event.type,
        // happy-dom leaves an empty `data` undefined; a browser reports "".
        data: (event as CompositionEvent).data ?? '',
        bubbles: event.bubbles,
        onBody: event.target === body,
      }),
    );
    let above = 0;
    document.addEventListener('compositionend', () => above++);
    outlook.markUndoStep!(body);
    expect(heard).toEqual([{ type: 'compositionend', data: '', bubbles: false, onBody: true }]);
    expect(above).toBe(0);
    expect(body.isEqualNode(before)).toBe(true);
  });
});

describe('Outlook selectors', () => {
  test('no class names anywhere: Outlook generates them', () => {
    const all = Object.values(sel)
      .flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value : []))
      .map((selector: string) => selector.replace(/\[[^\]]*\]/g, ''));
    expect(all.length).toBeGreaterThan(8);
    for (const selector of all) expect(selector).not.toMatch(/\.[A-Za-z_-]/);
  });
});

describe('Outlook adapter after a redesign renames the root hooks', () => {
  const setURL = (url: string) =>
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);

  test('a reading-pane compose without its docking id is found from its body, Send and all', () => {
    setURL('https://outlook.office.com/mail/inbox');
    load('compose-new-2026-11-22.html', 'compose');
    const hooked = document.querySelector<HTMLElement>('[id^=docking_InitVisiblePart_]')!;
    hooked.id = 'compose-host-2';
    const root = only(document);
    expect(root).toBe(hooked);
    expect(outlook.isClosed(root)).toBe(false);
    expect(outlook.readState(root).missing).toEqual([]);
    // It lasts as long as its editor does.
    root.querySelector('[aria-multiline=true]')!.remove();
    expect(outlook.isClosed(root)).toBe(true);
  });

  test('a reply whose wells are still read-only summaries, without its docking id, is found too', () => {
    setURL('https://outlook.office.com/mail/inbox/id/AAQk');
    load('reply-2026-12-03.html');
    const hooked = document.querySelector<HTMLElement>('[id^=docking_InitVisiblePart_]')!;
    hooked.removeAttribute('id');
    // No subject input and no editable well until the user focuses one: only the summaries.
    expect(hooked.querySelector('input,[contenteditable=true]:not([aria-multiline])')).toBeNull();
    const root = only(document);
    expect(root).toBe(hooked);
    expect(outlook.readState(root).to).toEqual([{ name: 'Dr. Adaeze N. Okonkwo' }]);
  });

  test('the pop-out without its form hook: the root widens to take in the Send toolbar', () => {
    setURL('https://outlook.live.com/mail/0/deeplink/compose/AAQk?popoutv2=1');
    load('popout-2026-11-22.html');
    const form = document.querySelector<HTMLElement>('[data-app-section=Form_Content]')!;
    form.removeAttribute('data-app-section');
    const root = only(document);
    expect(root.contains(form)).toBe(true);
    expect(outlook.readState(root).missing).not.toContain('send');
  });

  test('a pop-out window on about:blank without its form hook: found when its opener is mail', () => {
    setURL('https://outlook.office.com/mail/inbox/id/AAQk');
    load('popout-window-2026-12-03.html');
    // What the opener renders into the window it opened, its form hook renamed.
    const template = document.querySelector<HTMLTemplateElement>('#popout-window')!;
    document.body.replaceChildren(document.importNode(template.content, true));
    const form = document.querySelector<HTMLElement>('[data-app-section=Form_Content]')!;
    form.removeAttribute('data-app-section');
    // The window's own address says nothing; its opener's path does.
    const windowAt = (path: string): Document =>
      new Proxy(document, {
        get(target, key) {
          if (key === 'location') return new URL('about:blank');
          if (key === 'defaultView')
            return { opener: { location: new URL(path, 'https://x.example') } };
          const value: unknown = Reflect.get(target, key);
          return typeof value === 'function' ? value.bind(target) : value;
        },
      });
    const [root, ...more] = outlook.findComposeRoots(windowAt('/mail/0/inbox'));
    expect(more).toEqual([]);
    expect(root!.contains(form)).toBe(true);
    expect(outlook.readState(root!).missing).toEqual([]);
    expect(outlook.findComposeRoots(windowAt('/calendar/0/view/week'))).toEqual([]);
  });

  test('not on the calendar, whose event form also has an editor and a subject', () => {
    setURL('https://outlook.office.com/calendar/deeplink/compose');
    load('compose-new-2026-11-22.html', 'compose');
    document.querySelector('[id^=docking_InitVisiblePart_]')!.id = 'event-form';
    expect(outlook.findComposeRoots(document)).toEqual([]);
  });
});
