import type { HostAdapter } from './hosts/host-adapter';

export interface ComposeWatcher {
  /** Re-scan now (used by the keyboard command, which may arrive before the observer). */
  scan(): void;
}

const SWEEP_MS = 1500;

/**
 * Finds compose windows as they open and close: one scan at start (composes restored after a
 * reload), an animation-start signal when a compose editor is inserted, coalesced into one
 * animation-frame scan, a child-list watch on each open compose's parent for closing, and a
 * slow sweep as a backstop (the watcher + finder model of StreakYC/page-parser-tree).
 * Everything stops on `signal`. It watches its own document only: an Outlook pop-out window
 * (about:blank, rendered by its opener) runs its own copy of the content script, because the
 * opener's script can never reach a window the page opened.
 */
export function watchComposes(
  adapter: HostAdapter,
  signal: AbortSignal,
  onOpen: (root: HTMLElement) => void,
  onClose: (root: HTMLElement) => void,
  /** After every scan and sweep: composes may have moved or re-rendered their parts. */
  onScan: () => void = () => undefined,
): ComposeWatcher {
  const open = new Set<HTMLElement>();
  let frame = 0;

  const scan = (): void => {
    frame = 0;
    if (signal.aborted) return;
    const found = new Set(
      adapter.findComposeRoots(document).filter((root) => !adapter.isClosed(root)),
    );
    for (const root of open) {
      if (!found.has(root)) {
        open.delete(root);
        onClose(root);
      }
    }
    for (const root of found) {
      if (!open.has(root)) {
        open.add(root);
        onOpen(root);
      }
    }
    watchParents();
    onScan();
  };

  const schedule = (): void => {
    if (!frame && !signal.aborted) frame = requestAnimationFrame(scan);
  };

  // Removals only need the open roots re-checked, which is cheap; a full scan is for additions.
  const prune = (): void => {
    let changed = false;
    for (const root of open) {
      if (adapter.isClosed(root)) {
        open.delete(root);
        onClose(root);
        changed = true;
      }
    }
    // The composes that remain slide over to fill the gap.
    if (changed) onScan();
  };

  // New composes announce themselves: a stylesheet gives every compose editor a 1 ms
  // animation, and the browser fires `animationstart` when one is inserted (refined-github's
  // selector-observer). Nothing of ours runs on the page's other DOM churn, unlike a
  // document-wide MutationObserver, which cost ~1 ms per keystroke on a busy page.
  const name = `ft-${Math.random().toString(36).slice(2)}`;
  const style = document.createElement('style');
  style.textContent = `@keyframes ${name}{from{outline-color:currentColor}}${adapter.editorHint}{animation:${name} 1ms}`;
  (document.head ?? document.documentElement).append(style);
  document.addEventListener(
    'animationstart',
    (event) => {
      // One event per new editor, already a frame after its insertion: scan now, not a
      // frame later: that frame would be added to the time before the panel shows.
      if (event.animationName === name && !signal.aborted) scan();
    },
    { capture: true, signal },
  );

  // Closing: each open compose's parent is watched for its child list only.
  const closing = new MutationObserver(prune);
  const watchParents = (): void => {
    closing.disconnect();
    for (const root of open) {
      if (root.parentElement) closing.observe(root.parentElement, { childList: true });
    }
  };
  // The sweep is the backstop for anything the two missed (a host CSP blocking the style, a
  // compose emptied in place), as page-parser-tree's finder backs its watcher.
  const sweep = setInterval(scan, SWEEP_MS);
  // Gmail's in-page navigation (thread ↔ inbox) changes the hash and renders inline replies.
  window.addEventListener('hashchange', schedule, { signal });

  signal.addEventListener('abort', () => {
    closing.disconnect();
    style.remove();
    clearInterval(sweep);
    if (frame) cancelAnimationFrame(frame);
    for (const root of open) onClose(root);
    open.clear();
  });

  scan();
  return { scan };
}
