import { isExtensionAlive } from './ext';
import { dockPanel, type DockedPanel } from './frame-host';
import { adapterFor } from './hosts';
import { watchComposes } from './watch-compose';

/**
 * Content-script entry: pick the host's adapter, watch for compose windows, dock a panel iframe
 * beside each. Everything it starts hangs off one AbortController, aborted when the page goes
 * or the extension is updated under it (style.md §8.3 habit 3).
 */
function start(): void {
  const adapter = adapterFor(location.hostname);
  if (!adapter || !document.body) return;
  const controller = new AbortController();
  const { signal } = controller;
  const panels = new Map<HTMLElement, { panel: DockedPanel; stop: AbortController }>();

  watchComposes(
    adapter,
    signal,
    (root) => {
      if (!isExtensionAlive()) return controller.abort();
      const stop = new AbortController();
      signal.addEventListener('abort', () => stop.abort(), { once: true });
      const panel = dockPanel(adapter.dockTarget(root), crypto.randomUUID(), stop.signal);
      panels.set(root, { panel, stop });
    },
    (root) => {
      panels.get(root)?.stop.abort();
      panels.delete(root);
    },
  );

  // An update or removal orphans this script (runtime.id goes away): take the panels down
  // rather than leave dead iframes beside the composes.
  const alive = setInterval(() => {
    if (!isExtensionAlive()) controller.abort();
  }, 2000);
  signal.addEventListener('abort', () => clearInterval(alive));
}

try {
  start();
} catch (error) {
  // Never throw into the host page; the panel explains what it could not find.
  console.warn('Follow-Through could not start on this page.', error);
}
