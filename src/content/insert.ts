import type { ContentToPanel, InsertWarning } from '../shared/compose-protocol';
import type { HostAdapter } from './hosts/host-adapter';
import { ownTextOf } from './hosts/read-body';

type Inserted = Extract<ContentToPanel, { type: 'inserted' }>;

export interface InsertRequest {
  subject: string;
  to: string;
  body: string;
}

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

const lineBreaks = (body: HTMLElement): number => ownTextOf(body, []).split('\n').length;

/**
 * Types `text` at the current selection through the browser's editing path, the only one that
 * keeps native undo and makes the host save the draft
 * (https://developer.mozilla.org/en-US/docs/Web/API/Document/execCommand). One `insertText`
 * call is one undo step: Chromium makes paragraphs of the "\n"s and Firefox (checked on ESR
 * 153) `<br>`s. An editor that drops them gets the text again line by line with
 * `insertParagraph` between (Briskine's Firefox way; undo then takes one step per line).
 */
export function typeText(text: string, body: HTMLElement): boolean {
  const doc = body.ownerDocument;
  const before = lineBreaks(body);
  if (!doc.execCommand('insertText', false, text)) return false;
  if (!text.includes('\n') || lineBreaks(body) > before) return true;
  doc.execCommand('undo');
  let ok = true;
  text.split('\n').forEach((line, index) => {
    if (index > 0) ok = doc.execCommand('insertParagraph') && ok;
    if (line) ok = doc.execCommand('insertText', false, line) && ok;
  });
  return ok;
}

/** An empty line: a `<br>`, whitespace, or an element with neither text nor media in it. */
function isBlank(node: Node): boolean {
  if (node.nodeType === 3) return !(node.nodeValue ?? '').trim();
  if (node.nodeType !== 1) return false;
  const element = node as Element;
  return (
    element.tagName === 'BR' ||
    (!(element.textContent ?? '').trim() && !element.querySelector('img'))
  );
}

/**
 * Where the body text goes when the caret isn't usable: the first of the empty lines just
 * above the signature or quote (inside it when it's Gmail's `<div><br></div>`), else right
 * before them; with neither, before the body's trailing `<br>` or at its end.
 */
export function anchorRange(body: HTMLElement, tail: Element | null): Range {
  const range = body.ownerDocument.createRange();
  let block: Node | null = tail;
  while (block && block.parentNode !== body) block = block.parentNode;
  if (block) {
    let first: Node = block;
    while (first.previousSibling && isBlank(first.previousSibling)) first = first.previousSibling;
    if (first !== block && first.nodeType === 1 && first.nodeName !== 'BR')
      range.setStart(first, 0);
    else range.setStartBefore(first);
  } else if (body.lastChild?.nodeName === 'BR') {
    range.setStartBefore(body.lastChild);
  } else {
    range.selectNodeContents(body);
    range.collapse(false);
  }
  range.collapse(true);
  return range;
}

/** Whether `caret` starts inside `tail` or after it (in a signature below its "-- " line). */
function inOrAfter(caret: Range, tail: Element): boolean {
  const start = caret.startContainer.ownerDocument!.createRange();
  start.setStartBefore(tail);
  return start.comparePoint(caret.startContainer, caret.startOffset) > 0;
}

/** Resolves true once `check()` holds (re-tested on each change under `root`), else false. */
export function waitFor(
  root: Node,
  check: () => boolean,
  timeout: number,
  signal: AbortSignal,
): Promise<boolean> {
  if (check()) return Promise.resolve(true);
  return new Promise((resolve) => {
    const done = (value: boolean): void => {
      observer.disconnect();
      clearTimeout(timer);
      signal.removeEventListener('abort', abort);
      resolve(value);
    };
    const abort = (): void => done(false);
    const observer = new MutationObserver(() => {
      if (check()) done(true);
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
    const timer = setTimeout(() => done(check()), timeout);
    signal.addEventListener('abort', abort);
  });
}

/** Fill an input or textarea the way typing would, so the host's own handlers see it. */
function fillField(field: HTMLInputElement | HTMLTextAreaElement, text: string): void {
  field.focus({ preventScroll: true });
  field.select();
  field.ownerDocument.execCommand('insertText', false, text);
}

/**
 * Types `address` and ";" at the end of an empty recipient well, as a person does to make
 * Outlook turn it into a chip (since 2025-04 only ";" or "," commit one, never Enter), and
 * resolves whether `made()` came true. A reply's well is a read-only summary until focused,
 * so it is focused first; a well that stays read-only, or holds typed text, is left alone.
 */
async function fillWell(
  well: HTMLElement,
  address: string,
  made: () => boolean,
  signal: AbortSignal,
): Promise<boolean> {
  well.focus({ preventScroll: true });
  if (!well.isContentEditable || squash(ownTextOf(well, [])) !== '') return false;
  const range = well.ownerDocument.createRange();
  range.selectNodeContents(well);
  range.collapse(false);
  const selection = well.ownerDocument.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  well.ownerDocument.execCommand('insertText', false, `${address};`);
  return waitFor(well, made, 800, signal);
}

/**
 * The insert action: an empty, fillable subject and an empty To are filled, then the body text
 * goes in at `caret` (if it's still inside the body's own words) or before the signature/quote.
 * Never writes markup: only `insertText`, so Trusted Types never come into it, and the body
 * never carries anything of ours. Reports what landed in plain words.
 */
export async function insertDraft(
  adapter: HostAdapter,
  root: HTMLElement,
  request: InsertRequest,
  caret: Range | null,
  signal: AbortSignal,
): Promise<Inserted> {
  const parts = adapter.parts(root);
  const body = parts.body;
  if (!body || !body.isContentEditable) {
    return {
      type: 'inserted',
      ok: false,
      reason: 'no-body',
    };
  }
  const doc = body.ownerDocument;
  const filled: ('subject' | 'to' | 'body')[] = [];
  const warnings: InsertWarning[] = [];

  if (request.subject && parts.subject && !parts.subject.value.trim()) {
    fillField(parts.subject, request.subject);
    if (parts.subject.value === request.subject) filled.push('subject');
    else warnings.push('subject');
  }

  let toPending = false;
  const well = parts.toWell;
  if (request.to && !parts.toInput && well && adapter.toCount(root) === 0) {
    if (await fillWell(well, request.to, () => adapter.toCount(root) > 0, signal))
      filled.push('to');
    else warnings.push('to-outlook');
  }
  if (request.to && parts.toInput && !parts.toInput.value.trim() && adapter.toCount(root) === 0) {
    // Typing the address and a comma is how a person makes Gmail turn it into a recipient.
    fillField(parts.toInput, request.to);
    doc.execCommand('insertText', false, ',');
    toPending = !(await waitFor(root, () => adapter.toCount(root) > 0, 800, signal));
    if (!toPending) filled.push('to');
  }

  const tail = adapter.bodyTail(body);
  const caretUsable =
    caret !== null &&
    body.contains(caret.startContainer) &&
    body.contains(caret.endContainer) &&
    !(tail && inOrAfter(caret, tail));
  const range = caretUsable ? caret.cloneRange() : anchorRange(body, tail);
  const before = squash(ownTextOf(body, []));
  body.focus({ preventScroll: true });
  const selection = doc.getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
  adapter.markUndoStep?.(body);
  const accepted = request.body ? typeText(request.body, body) : true;
  if (accepted) adapter.markUndoStep?.(body);
  const after = squash(ownTextOf(body, []));
  if (request.body && (!accepted || after === before || !after.includes(squash(request.body)))) {
    return {
      type: 'inserted',
      ok: false,
      reason: 'not-taken',
    };
  }
  if (request.body) {
    filled.push('body');
    adapter.afterInsert?.(body);
  }

  if (toPending) {
    // Focus left the To field for the body: Gmail commits a typed address on blur.
    if (await waitFor(root, () => adapter.toCount(root) > 0, 800, signal)) filled.push('to');
    else warnings.push('to-gmail');
  }
  return { type: 'inserted', ok: true, filled, warnings };
}
