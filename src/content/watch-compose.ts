import type { HostAdapter } from './hosts/host-adapter';

export interface ComposeWatcher {
  /** Re-scan now (used by the keyboard command, which may arrive before the observer). */
  scan(): void;
}

const SWEEP_MS = 1500;

/**
 * Finds compose windows as they open and close: one scan at start (composes restored after a
 * reload), a child-list observer whose callback only filters added nodes cheaply and coalesces
 * into one animation-frame scan, and a slow sweep as a backstop for anything the filter missed
 * (page-parser-tree's watcher + finder model, host-dom.md §1.1). Everything stops on `signal`.
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

  const observer = new MutationObserver((records) => {
    let removed = false;
    for (const record of records) {
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && adapter.mayContainCompose(node as Element)) {
          return schedule();
        }
      }
    }
    if (removed && open.size) prune();
  });
  observer.observe(document.body, { childList: true, subtree: true });
  const sweep = setInterval(scan, SWEEP_MS);
  // Gmail's in-page navigation (thread ↔ inbox) changes the hash and renders inline replies.
  window.addEventListener('hashchange', schedule, { signal });

  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearInterval(sweep);
    if (frame) cancelAnimationFrame(frame);
    for (const root of open) onClose(root);
    open.clear();
  });

  scan();
  return { scan };
}
