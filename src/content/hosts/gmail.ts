import type { Recipient } from '../../core/checks/types';
import type { ComposeState, ComposeView } from '../../shared/compose-protocol';
import type { ComposeParts, HostAdapter } from './host-adapter';
import { queryFirst, structuralRoot, FORWARD_PREFIX, REPLY_PREFIX } from './query';
import * as sel from './gmail.selectors';
import { ownTextOf, readChips, readClassicChips } from './read-body';

const bodySelector = sel.body.join(',');

/**
 * The compose a body belongs to, outermost form first: a dialog counts only when it holds a
 * form (InboxSDK's rule; Gmail has other dialogs), then the inline/pop-out `.M9`, and when a
 * redesign has renamed all of those, the nearest ancestor holding the compose's form.
 */
function rootOf(body: Element): HTMLElement | null {
  for (const selector of sel.composeRoot) {
    const root = body.closest<HTMLElement>(selector);
    if (root && (selector !== '[role=dialog]' || root.querySelector('form'))) return root;
  }
  return structuralRoot(body, sel.composeFormFallback, bodySelector);
}

/** Hidden by an inline style or the hidden attribute somewhere between `node` and `root`. */
function hiddenWithin(node: HTMLElement | null, root: HTMLElement): boolean {
  // Inline styles and the hidden attribute only: reading computed style would force a layout.
  for (; node && node !== root; node = node.parentElement) {
    if (node.style.display === 'none' || node.hidden) return true;
  }
  return false;
}

/** A pop-out window or `?view=cm` page: Gmail's body classes, else the URL, else the layout. */
function isStandalone(root: HTMLElement): boolean {
  const doc = root.ownerDocument;
  if (doc.body?.matches(sel.standaloneDocument)) return true;
  const { pathname = '', search = '' } = doc.location ?? {};
  if (sel.standalonePath.test(pathname) || sel.standaloneQuery.test(search)) return true;
  if (root.matches('[role=dialog]') || sel.inlineContainer.some((s) => root.closest(s))) {
    return false;
  }
  const box = subjectBox(root);
  return box !== null && !hiddenWithin(box, root);
}

function viewOf(root: HTMLElement): ComposeView {
  if (isStandalone(root)) return 'popout';
  if (queryFirst(root.ownerDocument, sel.fullscreenSlot)?.contains(root)) return 'fullscreen';
  return root.matches('[role=dialog]') ? 'window' : 'inline';
}

/** Minimised: Gmail hides the part holding the body with an inline style (InboxSDK). */
function isMinimized(root: HTMLElement, body: HTMLElement | null): boolean {
  return hiddenWithin(body?.parentElement ?? null, root);
}

/** The To or Cc recipients in whichever recipient UI this compose has; null if neither. */
function recipients(root: HTMLElement, field: 'to' | 'cc'): Recipient[] | null {
  const row = queryFirst(root, field === 'to' ? sel.toRow : sel.ccRow);
  if (row) return readChips(row, sel.chip);
  const classic = queryFirst(root, field === 'to' ? sel.classicTo : sel.classicCc);
  const classicRow = classic?.closest('tr');
  return classicRow ? readClassicChips(classicRow, sel.classicChip) : null;
}

function subjectBox(root: HTMLElement): HTMLInputElement | null {
  return queryFirst<HTMLInputElement>(root, sel.subjectBox);
}

export const gmail: HostAdapter = {
  family: 'gmail',

  findComposeRoots(doc) {
    // Finder model (StreakYC/page-parser-tree's README): every Gmail body, mapped to its compose.
    const roots = new Set<HTMLElement>();
    for (const body of doc.querySelectorAll(bodySelector)) {
      const root = rootOf(body);
      if (root) roots.add(root);
    }
    return [...roots];
  },

  editorHint: sel.editorHint,

  isClosed(root) {
    if (!root.isConnected) return true;
    const content = root.querySelector(sel.composeContent);
    if (content !== null && content.childElementCount === 0) return true;
    return !root.querySelector(bodySelector);
  },

  dockTarget(root) {
    return root;
  },

  parts(root): ComposeParts {
    const view = viewOf(root);
    const row = queryFirst(root, sel.toRow);
    const classic = row ? null : queryFirst<HTMLTextAreaElement>(root, sel.classicTo);
    const rows: Element[] = [];
    for (const found of [row, classic?.closest('tr'), queryFirst(root, sel.ccRow)]) {
      if (found) rows.push(found);
    }
    return {
      body: queryFirst(root, sel.body),
      // Replies in a thread keep the thread's subject; the box there is hidden.
      subject: view === 'inline' ? null : subjectBox(root),
      toInput: row ? queryFirst<HTMLInputElement>(row, sel.toInput) : classic,
      recipientRows: rows,
    };
  },

  bodyTail(body) {
    return body.querySelector(sel.bodyTail.join(','));
  },

  afterInsert(body) {
    // Gmail starts its draft save from its key handlers, not from the `input` event an
    // insert fires, so an inserted draft stays unsaved until a key reaches the body. InboxSDK
    // (GmailComposeView `#triggerDraftSave`) sends one key event, keyCode 190 with no
    // character, one task after inserting: sent synchronously, Gmail may type it as "¾". An
    // untrusted key event types nothing itself, and our own listeners ignore it (isTrusted).
    setTimeout(() => {
      for (const type of ['keydown', 'keypress', 'keyup']) {
        body.dispatchEvent(
          new KeyboardEvent(type, { bubbles: true, cancelable: true, keyCode: 190 }),
        );
      }
    }, 0);
  },

  toCount(root) {
    return recipients(root, 'to')?.length ?? 0;
  },

  sendControl(root) {
    return queryFirst(root, sel.sendButton);
  },
  isSendControl(target, root) {
    const send = queryFirst(root, sel.sendButton);
    return send !== null && send.contains(target);
  },

  readState(root): ComposeState {
    const missing: string[] = [];
    const body = queryFirst(root, sel.body);
    if (!body) missing.push('body');
    const view = viewOf(root);
    const box = subjectBox(root);
    const hidden = queryFirst<HTMLInputElement>(root, sel.subjectHidden);
    // Inline replies show the thread's subject from the hidden field; the box is stale there.
    const subjectField = view === 'inline' ? (hidden ?? box) : (box ?? hidden);
    if (!subjectField) missing.push('subject');
    const subject = subjectField ? subjectField.value : null;
    const to = recipients(root, 'to');
    if (!to) missing.push('to');
    if (!queryFirst(root, sel.sendButton)) missing.push('send');
    const thread = queryFirst<HTMLInputElement>(root, sel.threadId)?.value ?? '';
    const forward =
      queryFirst(root, sel.forwardMarker) !== null || FORWARD_PREFIX.test(subject ?? '');
    const reply =
      view === 'inline' ||
      thread !== '' ||
      queryFirst(root, sel.replyMarker) !== null ||
      REPLY_PREFIX.test(subject ?? '');
    return {
      host: 'gmail',
      kind: forward ? 'forward' : reply ? 'reply' : 'new',
      view,
      minimized: isMinimized(root, body),
      to,
      // Gmail adds the Cc row only once the user asks for it: no row means no Cc.
      cc: recipients(root, 'cc') ?? [],
      subject,
      subjectFillable: view !== 'inline' && box !== null && box.value.trim() === '',
      // The DOM already marks quote and signature; core's extractOwnText (run by the checks)
      // catches the rest, so the content script doesn't carry it (size budget).
      text: body ? ownTextOf(body, sel.notOwnText) : null,
      missing,
    };
  },
};
