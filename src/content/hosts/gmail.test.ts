// @vitest-environment happy-dom
import { describe, expect, test, vi } from 'vitest';
import { loadGmailFixture } from './fixture.test-helpers';
import { anchorRange } from '../insert';
import { gmail } from './gmail';

const only = (doc: Document): HTMLElement => {
  const roots = gmail.findComposeRoots(doc);
  expect(roots).toHaveLength(1);
  return roots[0]!;
};

function addPeopleKitChip(root: HTMLElement, email: string, name: string): void {
  const chip = document.createElement('div');
  chip.setAttribute('role', 'option');
  chip.setAttribute('data-hovercard-id', email);
  chip.setAttribute('data-name', name);
  chip.textContent = name;
  root.querySelector('[name=to] [role=listbox]')!.append(chip);
}

describe('Gmail adapter on the dated fixtures', () => {
  test('no compose on a bare inbox; a new message once Compose opens one', () => {
    const doc = loadGmailFixture('compose-new-2026-11-22.html');
    expect(gmail.findComposeRoots(doc)).toEqual([]);
    loadGmailFixture('compose-new-2026-11-22.html', 'compose');
    const root = only(document);
    expect(root.getAttribute('role')).toBe('dialog');
    expect(gmail.readState(root)).toEqual({
      host: 'gmail',
      kind: 'new',
      view: 'window',
      minimized: false,
      to: [],
      cc: [],
      subject: '',
      subjectFillable: true,
      text: '',
      missing: [],
    });
  });

  test('reads PeopleKit chips, subject and own text without the signature', () => {
    const root = only(loadGmailFixture('compose-new-2026-11-22.html', 'compose'));
    addPeopleKitChip(root, 'jordan.lee@acme.example', 'Jordan Lee');
    root.querySelector<HTMLInputElement>('input.aoT')!.value = 'Thank you';
    const body = gmail.parts(root).body!;
    const line = document.createElement('div');
    line.textContent = 'Hi Jordan,';
    body.prepend(line);
    const state = gmail.readState(root);
    expect(state.to).toEqual([{ name: 'Jordan Lee', email: 'jordan.lee@acme.example' }]);
    expect(state.subject).toBe('Thank you');
    expect(state.subjectFillable).toBe(false);
    expect(state.text).toBe('Hi Jordan,');
    expect(gmail.toCount(root)).toBe(1);
  });

  test('the A/B class variant (Ht-<hash>, <img> controls) still works', () => {
    const root = only(loadGmailFixture('compose-ab-2026-11-22.html', 'compose'));
    expect(root.querySelector('table.Ht')).toBeNull();
    const state = gmail.readState(root);
    expect(state.missing).toEqual([]);
    expect(state.view).toBe('window');
    expect(gmail.isSendControl(root.querySelector('.aoO')!, root)).toBe(true);
  });

  test('classic recipient UI: "Name <email>" chips and the textarea to type into', () => {
    const root = only(loadGmailFixture('compose-classic-2026-11-22.html', 'compose'));
    expect(gmail.parts(root).toInput?.tagName).toBe('TEXTAREA');
    expect(gmail.readState(root).to).toEqual([]);
    const chip = document.createElement('span');
    chip.className = 'vR';
    const value = document.createElement('input');
    value.type = 'hidden';
    value.value = 'Jordan Lee <jordan.lee@acme.example>';
    chip.append(value);
    root.querySelector('.vR-list')!.append(chip);
    expect(gmail.readState(root).to).toEqual([
      { name: 'Jordan Lee', email: 'jordan.lee@acme.example' },
    ]);
    expect(gmail.readState(root).missing).toEqual([]);
  });

  test('full-screen compose open at load', () => {
    const root = only(loadGmailFixture('compose-fullscreen-2026-11-22.html'));
    const state = gmail.readState(root);
    expect(state.view).toBe('fullscreen');
    expect(state.to).toEqual([{ name: 'Jordan Lee', email: 'jordan.lee@acme.example' }]);
    expect(state.subject).toBe('Thank you');
  });

  test('pop-out window (body.xE.xp)', () => {
    const root = only(loadGmailFixture('compose-popout-2026-11-22.html'));
    expect(root.classList.contains('M9')).toBe(true);
    expect(gmail.readState(root)).toMatchObject({
      view: 'popout',
      kind: 'new',
      subjectFillable: true,
      missing: [],
    });
  });

  test('inline reply: reply, thread subject, quote and signature left out, subject not fillable', () => {
    const doc = loadGmailFixture('reply-inline-2026-11-22.html');
    expect(gmail.findComposeRoots(doc)).toEqual([]);
    const root = only(loadGmailFixture('reply-inline-2026-11-22.html', 'reply'));
    const state = gmail.readState(root);
    expect(state).toMatchObject({
      kind: 'reply',
      view: 'inline',
      subject: 'Re: Interview follow-up',
      subjectFillable: false,
      text: '',
      missing: [],
    });
    expect(state.to).toEqual([{ name: 'Jordan Lee', email: 'jordan.lee@acme.example' }]);
    expect(gmail.parts(root).subject).toBeNull();
    expect(gmail.bodyTail(gmail.parts(root).body!)?.className).toBe('gmail_signature');
  });

  test('inline forward open at load', () => {
    const root = only(loadGmailFixture('forward-inline-2026-11-22.html'));
    expect(gmail.readState(root)).toMatchObject({
      kind: 'forward',
      view: 'inline',
      to: [],
      text: '',
    });
  });

  test('minimise is an inline style on the body container; close empties or detaches', () => {
    const root = only(loadGmailFixture('compose-new-2026-11-22.html', 'compose'));
    const content = root.querySelector<HTMLElement>('.aaZ')!;
    content.style.display = 'none';
    expect(gmail.readState(root).minimized).toBe(true);
    content.style.display = '';
    expect(gmail.readState(root).minimized).toBe(false);
    expect(gmail.isClosed(root)).toBe(false);
    content.replaceChildren();
    expect(gmail.isClosed(root)).toBe(true);
    root.remove();
    expect(gmail.isClosed(root)).toBe(true);
  });

  test('a missing part is listed, never thrown', () => {
    const root = only(loadGmailFixture('compose-new-2026-11-22.html', 'compose'));
    root.querySelector('.IZ')!.remove();
    root.querySelector('[name=to]')!.remove();
    expect(gmail.readState(root).missing).toEqual(['to', 'send']);
    expect(gmail.readState(root).to).toBeNull();
  });

  test('Send and the "more send options" arrow are told apart', () => {
    const root = only(loadGmailFixture('compose-new-2026-11-22.html', 'compose'));
    expect(gmail.isSendControl(root.querySelector('.aoO')!, root)).toBe(true);
    expect(gmail.isSendControl(root.querySelector('.hG')!, root)).toBe(false);
  });

  test('the editor hint marks each compose editor, not list rows', () => {
    loadGmailFixture('compose-new-2026-11-22.html', 'compose');
    const editors = document.querySelectorAll(gmail.editorHint);
    expect(editors).toHaveLength(1);
    expect(editors[0]!.closest('[role=dialog]')).not.toBeNull();
    const row = document.createElement('tr');
    row.append(document.createElement('td'));
    expect(row.matches(gmail.editorHint)).toBe(false);
  });
});

describe('Gmail as it really is (2026-12-03 fixtures)', () => {
  test('the "-- " prefix before the signature is not own text, and inserts go above it', () => {
    const root = only(loadGmailFixture('compose-signature-2026-12-03.html', 'compose'));
    const body = gmail.parts(root).body!;
    expect(gmail.readState(root).text).toBe('');
    const tail = gmail.bodyTail(body)!;
    expect(tail.className).toBe('gmail_signature_prefix');
    // Where the insert lands without a caret: above the prefix and the blank lines over it.
    const range = anchorRange(body, tail);
    const marker = document.createElement('p');
    marker.textContent = 'Dear Gloria,';
    range.insertNode(marker);
    expect(marker.compareDocumentPosition(tail) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(gmail.readState(root).text).toBe('Dear Gloria,');
  });

  test('a pop-out without the xE/xp body classes is a new message in a pop-out', () => {
    const root = only(loadGmailFixture('compose-popout-2026-12-03.html'));
    expect(document.body.className).toBe('');
    expect(gmail.readState(root)).toMatchObject({
      view: 'popout',
      kind: 'new',
      subject: '',
      subjectFillable: true,
      to: [{ name: 'Gloria Benavides', email: 'gbenavides@fenwickrowe.example' }],
      missing: [],
    });
    expect(gmail.parts(root).subject).toBe(root.querySelector('input.aoT'));
  });

  test('the ?view=cm page reads its subject from the subject box', () => {
    const root = only(loadGmailFixture('compose-standalone-2026-12-03.html'));
    root.querySelector<HTMLInputElement>('input.aoT')!.value = 'Thank you for today';
    expect(gmail.readState(root)).toMatchObject({
      view: 'popout',
      kind: 'new',
      subject: 'Thank you for today',
      subjectFillable: false,
    });
  });

  test("the URL says pop-out or ?view=cm when the layout can't tell", () => {
    const root = only(loadGmailFixture('compose-standalone-2026-12-03.html'));
    // A hidden subject box is what an inline reply has: the layout alone now says inline.
    root.querySelector<HTMLElement>('input.aoT')!.parentElement!.style.display = 'none';
    const setURL = (url: string) =>
      (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url);
    const viewAt = (url: string) => {
      setURL(url);
      return gmail.readState(root).view;
    };
    try {
      expect(viewAt('https://mail.google.com/mail/u/0/#inbox')).toBe('inline');
      expect(viewAt('https://mail.google.com/mail/u/0/popout?ver=1#cmid%3D1')).toBe('popout');
      expect(viewAt('https://mail.google.com/mail/?view=cm&fs=1&to=a%40b.example')).toBe('popout');
    } finally {
      setURL('about:blank');
    }
  });

  test('inline replies and forwards stay inline', () => {
    expect(
      gmail.readState(only(loadGmailFixture('reply-inline-2026-11-22.html', 'reply'))).view,
    ).toBe('inline');
    expect(gmail.readState(only(loadGmailFixture('forward-inline-2026-11-22.html'))).view).toBe(
      'inline',
    );
  });

  test('after an insert, one key event (keyCode 190, no character) reaches the body a task later', () => {
    const root = only(loadGmailFixture('compose-draft-2026-12-03.html', 'compose'));
    const body = gmail.parts(root).body!;
    const seen: string[] = [];
    for (const type of ['keydown', 'keypress', 'keyup']) {
      root.addEventListener(type, (event) => {
        const key = event as KeyboardEvent;
        seen.push(`${key.type} ${key.keyCode} ${key.bubbles}`);
      });
    }
    vi.useFakeTimers();
    try {
      gmail.afterInsert!(body);
      expect(seen).toEqual([]);
      vi.runAllTimers();
    } finally {
      vi.useRealTimers();
    }
    expect(seen).toEqual(['keydown 190 true', 'keypress 190 true', 'keyup 190 true']);
  });
});

describe('Gmail adapter after a redesign renames every root hook', () => {
  /** What the drift suite's class and role renames do to a compose's roots. */
  const renameRoots = (): void => {
    for (const element of document.querySelectorAll('[role=dialog], .M9, .aoI')) {
      element.removeAttribute('role');
      element.setAttribute('class', 'renamed');
    }
  };

  test('the compose is still found, around its form, and reads its recipients', () => {
    loadGmailFixture('compose-new-2026-11-22.html', 'compose');
    renameRoots();
    const roots = gmail.findComposeRoots(document);
    expect(roots).toHaveLength(1);
    const root = roots[0]!;
    expect(root.querySelector(':scope > form')).not.toBeNull();
    expect(root.querySelector('[g_editable]')).not.toBeNull();
    expect(gmail.isClosed(root)).toBe(false);
    expect(gmail.readState(root).missing).toEqual([]);
  });

  test('two renamed composes side by side get one root each, never one around both', () => {
    loadGmailFixture('compose-moles-2-2026-12-03.html');
    const before = gmail.findComposeRoots(document).length;
    renameRoots();
    const roots = gmail.findComposeRoots(document);
    expect(roots).toHaveLength(before);
    for (const root of roots) expect(root.querySelectorAll('[g_editable]')).toHaveLength(1);
  });

  test('an editable with no compose form around it is not a compose', () => {
    loadGmailFixture('compose-new-2026-11-22.html', 'compose');
    renameRoots();
    for (const form of document.querySelectorAll('form')) form.remove();
    expect(gmail.findComposeRoots(document)).toEqual([]);
  });
});
