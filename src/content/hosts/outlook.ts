import type { Recipient } from '../../core/checks/types';
import type { HostAdapter } from './host-adapter';
import { queryAllFirst, queryFirst, structuralRoot, FORWARD_PREFIX } from './query';
import * as sel from './outlook.selectors';
import { chipName, ownTextOf, parseAddress, textPieces } from './read-body';

const EMAIL = /[^\s<>"(),;:]+@[^\s<>"(),;:]+/;

/**
 * The compose a root hook stands for. The pop-out's Send sits in a toolbar beside the form, so
 * there the root is the form's parent when that holds the Send button: send capture only looks
 * inside the root.
 */
function rootOf(found: HTMLElement): HTMLElement {
  const parent = found.parentElement;
  return found.matches(sel.popoutForm) && parent && queryFirst(parent, sel.sendButton)
    ? parent
    : found;
}

/**
 * A structural root, widened to its parent when only that holds the Send button (the pop-out's
 * toolbar sits beside its form) and no other compose.
 */
function rootWithSend(found: HTMLElement): HTMLElement {
  const parent = found.parentElement;
  if (queryFirst(found, sel.sendButton) || !parent || parent === found.ownerDocument.body)
    return found;
  const alone = parent.querySelectorAll(sel.body.join(',')).length === 1;
  return alone && queryFirst(parent, sel.sendButton) ? parent : found;
}

/** The compose form itself: the pop-out's form inside its root, else the root. */
const formOf = (root: HTMLElement): HTMLElement =>
  root.querySelector<HTMLElement>(sel.popoutForm) ?? root;

/** Recipient wells (To, Cc, Bcc in order); the body is multi-line, so it is never one. */
const wells = (root: HTMLElement): HTMLElement[] => queryAllFirst(root, sel.recipientWells);

/**
 * A well's recipients. Each chip's name is read from its text container ("Name <address>", an
 * address, or a resolved contact's display name alone, which the panel matches against saved
 * interviewers), without the presence text and screen-reader repeat around it; an address in
 * an attribute, when Outlook exposes one, completes a bare name. A resolved contact's address
 * is often only in its hover card, which is not opened: that would pop cards up under the
 * user's pointer (Mailvelope opens each card, and is slow for it).
 */
function recipients(well: HTMLElement | undefined): Recipient[] | null {
  if (!well) return null;
  const found: Recipient[] = [];
  for (const chip of well.querySelectorAll(sel.chip)) {
    const outer = chip.parentElement?.closest(sel.chip);
    if (outer && well.contains(outer)) continue;
    const name = chipName(textPieces(queryFirst(chip, sel.chipText) ?? chip), sel.presence);
    const hint = chip.matches(sel.chipAddress) ? chip : chip.querySelector(sel.chipAddress);
    const email = EMAIL.exec(
      `${hint?.getAttribute('title')} ${hint?.getAttribute('data-lpc-hover-target-id')}`,
    )?.[0];
    const parsed = parseAddress(name);
    if (parsed || name || email)
      found.push(parsed ?? (email ? { name: name || undefined, email } : { name }));
  }
  return found;
}

/** The page's path: the opener's, for a pop-out window on about:blank; '' when unknown. */
function pagePath(doc: Document): string {
  try {
    const at =
      doc.location?.protocol === 'about:' ? doc.defaultView?.opener?.location : doc.location;
    return at?.pathname ?? '';
  } catch {
    // An opener on another origin: not an Outlook page.
    return '';
  }
}

/** The last matching text input: Outlook's subject follows any input-based recipient field. */
function subjectField(root: HTMLElement): HTMLInputElement | null {
  for (const selector of sel.subject) {
    const all = root.querySelectorAll<HTMLInputElement>(selector);
    if (all.length) return all[all.length - 1]!;
  }
  return null;
}

export const outlook: HostAdapter = {
  family: 'outlook',

  findComposeRoots(doc) {
    // By the roots' own hooks first, not by body: a compose whose editor Outlook renamed still
    // gets a panel that says so and offers to copy the draft. One cheap query: the slow sweep
    // runs it over the whole mailbox every 1.5 s.
    const path = pagePath(doc);
    const calendar = sel.calendarPath.test(path);
    const roots = new Set(
      [...doc.querySelectorAll<HTMLElement>(sel.composeRoot)]
        .filter((found) => !(calendar && found.matches(sel.popoutForm)))
        .map(rootOf),
    );
    if (!sel.mailPath.test(path)) return [...roots];
    // Then by body, for an editor no hooked root holds (the root hooks renamed instead).
    for (const body of queryAllFirst(doc, sel.body)) {
      if ([...roots].some((root) => root.contains(body))) continue;
      const found = structuralRoot(body, sel.composeFields, sel.body.join(','));
      if (found) roots.add(rootWithSend(found));
    }
    return [...roots];
  },

  editorHint: sel.editorHint,

  isClosed(root) {
    // A pop-out's root outlives its form when the window empties; a root found from its body
    // (no hook) lasts as long as the body.
    if (!root.isConnected) return true;
    return !formOf(root).matches(sel.composeRoot) && !queryFirst(root, sel.body);
  },

  dockTarget: formOf,

  parts(root) {
    return {
      body: queryFirst(root, sel.body),
      subject: subjectField(root),
      // Outlook's To is a contenteditable well: the address is typed into it instead.
      toInput: null,
      toWell: wells(root)[0] ?? null,
      recipientRows: wells(root),
    };
  },

  bodyTail(body) {
    return body.querySelector(sel.bodyTail);
  },

  toCount(root) {
    return recipients(wells(root)[0])?.length ?? 0;
  },

  sendControl(root) {
    return queryFirst(root, sel.sendButton);
  },
  isSendControl(target, root) {
    return queryFirst(root, sel.sendButton)?.contains(target) ?? false;
  },

  markUndoStep(body) {
    // RoosterJS keeps its own undo stack and maps Ctrl+Z to it; it takes no snapshot on a
    // browser-editing insert, so one Ctrl+Z would take the insert out together with the
    // user's last words (or nothing). Its UndoPlugin snapshots the body on `compositionend`
    // (roosterjs-content-model-core UndoPlugin.ts, via DOMEventPlugin.ts), so one sent right
    // before and right after the insert brackets it as exactly one step. Safe: it carries no
    // data (empty `data`, no text of ours), an untrusted event has no default action, and it
    // does not bubble (listeners above the editor see it only while capturing, as they see
    // every real IME's), so it tells the page nothing its own DOM doesn't.
    body.dispatchEvent(new CompositionEvent('compositionend', { data: '' }));
  },

  readState(root) {
    const missing: string[] = [];
    const body = queryFirst(root, sel.body);
    if (!body) missing.push('body');
    const field = subjectField(root);
    // Inline replies show the thread's subject as the reading pane's heading instead.
    const subject =
      field?.value ??
      root.ownerDocument.querySelector(sel.threadSubject)?.getAttribute('title') ??
      null;
    if (subject === null) missing.push('subject');
    const [toWell, ccWell] = wells(root);
    const to = recipients(toWell);
    if (!to) missing.push('to');
    if (!queryFirst(root, sel.sendButton)) missing.push('send');
    let hidden = false;
    // A draft parked as a tab while another compose uses the reading pane. Inline style and
    // the hidden attribute only: computed style would force a layout.
    for (let node: HTMLElement | null = root; node; node = node.parentElement)
      hidden ||= node.hidden || node.style.display === 'none';
    return {
      host: 'outlook',
      kind: FORWARD_PREFIX.test(subject ?? '')
        ? 'forward'
        : !field || body?.querySelector(sel.quoteStart)
          ? 'reply'
          : 'new',
      view: formOf(root).matches(sel.popoutForm) ? 'popout' : 'inline',
      minimized: hidden,
      to,
      // Outlook adds the Cc well only once the user asks for it: no well means no Cc.
      cc: recipients(ccWell) ?? [],
      subject,
      subjectFillable: field?.value.trim() === '',
      text: body ? ownTextOf(body, sel.notOwnText) : null,
      missing,
    };
  },
};
