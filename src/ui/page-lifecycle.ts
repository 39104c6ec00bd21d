/**
 * One place that writes everything waiting when the page goes away. An extension popup is
 * torn down the moment it loses focus; `pagehide` and `visibilitychange` are the last events
 * it gets, and only synchronous work is sure to finish there. The store puts a write in its
 * stash (localStorage) synchronously, so calling each form's `flush()` here is enough for a
 * reopened page to find the change.
 */
type Flush = () => unknown;

const flushers = new Set<Flush>();

/** Registers `flush` until the returned function is called. */
export function flushOnLeave(flush: Flush): () => void {
  flushers.add(flush);
  return () => flushers.delete(flush);
}

export function flushAllNow(): void {
  for (const flush of flushers) {
    try {
      void flush();
    } catch (error) {
      console.warn('[Follow-Through] could not save on close', error);
    }
  }
}

/** Installs the listeners once per page; `after` runs last (the store's own flush). */
export function installLeaveHandlers(target: Window, after?: () => unknown): () => void {
  const onHide = () => {
    flushAllNow();
    void after?.();
  };
  const onVisibility = () => {
    if (target.document.visibilityState === 'hidden') onHide();
  };
  target.addEventListener('pagehide', onHide);
  target.document.addEventListener('visibilitychange', onVisibility);
  return () => {
    target.removeEventListener('pagehide', onHide);
    target.document.removeEventListener('visibilitychange', onVisibility);
  };
}
