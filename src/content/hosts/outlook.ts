import type { ComposeState } from '../../shared/compose-protocol';
import type { HostAdapter } from './host-adapter';
import { queryFirst } from './query';
import * as sel from './outlook.selectors';
import { ownTextOf } from './read-body';

export const outlook: HostAdapter = {
  family: 'outlook',

  findComposeRoots(doc) {
    const roots = new Set<HTMLElement>();
    for (const selector of sel.composeRoot) {
      for (const root of doc.querySelectorAll<HTMLElement>(selector)) {
        if (queryFirst(root, sel.body)) roots.add(root);
      }
    }
    return [...roots];
  },

  mayContainCompose(node) {
    return node.matches(sel.composeHint) || node.querySelector(sel.composeHint) !== null;
  },

  isClosed(root) {
    return !root.isConnected;
  },

  dockTarget(root) {
    return root;
  },

  parts(root) {
    // Outlook is a later issue: only the body is wired, so insert skips subject and To.
    return { body: queryFirst(root, sel.body), subject: null, toInput: null, recipientRows: [] };
  },

  bodyTail(body) {
    return body.querySelector(sel.notOwnText.join(','));
  },

  toCount() {
    return 0;
  },

  isSendControl(target, root) {
    const send = queryFirst(root, sel.sendButton);
    return send !== null && send.contains(target);
  },

  readState(root): ComposeState {
    const missing: string[] = [];
    const body = queryFirst(root, sel.body);
    if (!body) missing.push('body');
    const subjectInput = queryFirst<HTMLInputElement>(root, sel.subject);
    if (!subjectInput) missing.push('subject');
    return {
      host: 'outlook',
      kind: root.querySelector(sel.notOwnText.join(',')) ? 'reply' : 'new',
      view: 'window',
      minimized: false,
      to: null,
      cc: null,
      subject: subjectInput ? subjectInput.value : null,
      subjectFillable: false,
      text: body ? ownTextOf(body, sel.notOwnText) : null,
      missing,
    };
  },
};
