// @vitest-environment happy-dom
import { describe, expect, test } from 'vitest';
import { loadGmailFixture } from './hosts/fixture.test-helpers';
import { gmail } from './hosts/gmail';
import { anchorRange } from './insert';

describe('anchorRange: where the text goes when the caret is not in the body', () => {
  test('new message: before the empty line above the signature', () => {
    loadGmailFixture('compose-new-2026-11-22.html', 'compose');
    const body = gmail.parts(document.querySelector<HTMLElement>('[role=dialog]')!).body!;
    const range = anchorRange(body, gmail.bodyTail(body));
    expect(range.collapsed).toBe(true);
    expect(range.startContainer).toBe(body);
    expect(body.childNodes[range.startOffset]?.nodeName).toBe('BR');
  });

  test('inline reply: before the signature, never inside the quote', () => {
    loadGmailFixture('reply-inline-2026-11-22.html', 'reply');
    const body = gmail.parts(document.querySelector<HTMLElement>('.thread .M9')!).body!;
    const range = anchorRange(body, gmail.bodyTail(body));
    expect(body.querySelector('.gmail_quote')!.contains(range.startContainer)).toBe(false);
    expect(body.querySelector('.gmail_signature')!.contains(range.startContainer)).toBe(false);
    expect(range.startContainer).toBe(body);
    expect(body.childNodes[range.startOffset]?.nodeName).toBe('BR');
  });

  test("an empty <div><br></div> before the signature takes the text inside it (Gmail's empty line)", () => {
    const body = document.createElement('div');
    const line = document.createElement('div');
    line.append(document.createElement('br'));
    const signature = document.createElement('div');
    signature.className = 'gmail_signature';
    signature.textContent = '-- Alex';
    body.append(line, signature);
    const range = anchorRange(body, signature);
    expect(range.startContainer).toBe(line);
    expect(range.startOffset).toBe(0);
  });

  test('no signature or quote: before the trailing <br>, else at the end', () => {
    const body = document.createElement('div');
    body.append('Hello', document.createElement('br'));
    let range = anchorRange(body, null);
    expect(body.childNodes[range.startOffset]?.nodeName).toBe('BR');
    body.lastChild!.remove();
    range = anchorRange(body, null);
    expect(range.startContainer).toBe(body);
    expect(range.startOffset).toBe(1);
  });
});
