import type { ComposeState } from '../../shared/compose-protocol';
import type { HostAdapter } from './host-adapter';
import { queryFirst } from './query';
import * as sel from './gmail.selectors';
import { ownTextOf, readChips } from './read-body';

function isVisible(element: HTMLElement): boolean {
  // offsetParent is null for display:none subtrees; cheaper than a style read.
  return element.offsetParent !== null || element.getClientRects().length > 0;
}

export const gmail: HostAdapter = {
  family: 'gmail',

  findComposeRoots(doc) {
    const roots = new Set<HTMLElement>();
    for (const selector of sel.composeRoot) {
      for (const root of doc.querySelectorAll<HTMLElement>(selector)) {
        // An inline reply's .M9 sits inside a thread; a dialog's own .M9 is not a second root.
        if (!root.parentElement?.closest(sel.composeRoot.join(','))) roots.add(root);
      }
    }
    return [...roots].filter((root) => queryFirst(root, sel.body));
  },

  mayContainCompose(node) {
    return node.matches(sel.composeHint) || node.querySelector(sel.composeHint) !== null;
  },

  isClosed(root) {
    if (!root.isConnected) return true;
    const content = root.querySelector(sel.composeContent);
    return content !== null && content.childElementCount === 0;
  },

  dockTarget(root) {
    return root;
  },

  readState(root): ComposeState {
    const missing: string[] = [];
    const body = queryFirst(root, sel.body);
    if (!body) missing.push('body');
    const subjectInput = queryFirst<HTMLInputElement>(root, sel.subject);
    if (!subjectInput) missing.push('subject');
    const toRow = queryFirst(root, sel.toRow);
    if (!toRow) missing.push('to');
    const ccRow = queryFirst(root, sel.ccRow);
    const fullscreen = root.ownerDocument.querySelector(sel.fullscreenSlot)?.contains(root) ?? false;
    const content = root.querySelector<HTMLElement>(sel.composeContent);
    return {
      host: 'gmail',
      kind: subjectInput?.type === 'hidden' ? 'reply' : 'new',
      view: fullscreen ? 'fullscreen' : 'window',
      minimized: content ? !isVisible(content) : false,
      to: toRow ? readChips(toRow, sel.chip) : null,
      cc: ccRow ? readChips(ccRow, sel.chip) : null,
      subject: subjectInput ? subjectInput.value : null,
      text: body ? ownTextOf(body, sel.notOwnText) : null,
      missing,
    };
  },
};
