import { ext } from './ext';

/** Panel sizes in CSS px: expanded beside the compose, or a tab when collapsed or cramped. */
const PANEL_WIDTH = 340;
const PANEL_MIN_HEIGHT = 420;
const TAB_SIZE = 44;
const GAP = 8;
const MARGIN = 8;

export interface DockedPanel {
  /** The host element in the page; its only content is a closed shadow root with the iframe. */
  readonly host: HTMLElement;
  setCollapsed(collapsed: boolean): void;
  /** Re-measure the compose and move the panel beside it (batched into one frame). */
  reposition(): void;
  /**
   * Whether a person could see the panel: host and ancestors not faded, the host on top at its
   * own centre. Guards "Insert" against clickjacking (perf-security.md §3.3, S-11).
   */
  isPlainlyVisible(): boolean;
  remove(): void;
}

export interface Geometry {
  left: number;
  top: number;
  width: number;
  height: number;
  collapsed: boolean;
}

/**
 * Where the panel goes: left of the compose if it fits, else right of it, else a tab that stays
 * outside the compose's text area. Pure, so the placement rules are unit-tested.
 */
export function placePanel(
  compose: { left: number; top: number; right: number; bottom: number },
  viewport: { width: number; height: number },
  wantCollapsed: boolean,
): Geometry | null {
  if (compose.right - compose.left <= 0 || compose.bottom - compose.top <= 0) return null;
  const height = Math.min(
    Math.max(compose.bottom - compose.top, PANEL_MIN_HEIGHT),
    viewport.height - 2 * MARGIN,
  );
  const top = Math.max(MARGIN, Math.min(compose.bottom - height, viewport.height - MARGIN - height));
  const roomLeft = compose.left - GAP - MARGIN;
  const roomRight = viewport.width - compose.right - GAP - MARGIN;
  if (!wantCollapsed) {
    if (roomLeft >= PANEL_WIDTH) {
      return { left: compose.left - GAP - PANEL_WIDTH, top, width: PANEL_WIDTH, height, collapsed: false };
    }
    if (roomRight >= PANEL_WIDTH) {
      return { left: compose.right + GAP, top, width: PANEL_WIDTH, height, collapsed: false };
    }
  }
  const tabTop = Math.max(MARGIN, Math.min(compose.top, viewport.height - MARGIN - TAB_SIZE));
  if (roomLeft >= TAB_SIZE) {
    return { left: compose.left - GAP - TAB_SIZE, top: tabTop, width: TAB_SIZE, height: TAB_SIZE, collapsed: true };
  }
  if (roomRight >= TAB_SIZE) {
    return { left: compose.right + GAP, top: tabTop, width: TAB_SIZE, height: TAB_SIZE, collapsed: true };
  }
  // No room either side (a maximised compose): sit on the title bar's left end, never the body.
  return { left: compose.left, top: compose.top, width: TAB_SIZE, height: TAB_SIZE, collapsed: true };
}

const MIN_OPACITY = 0.7;

function effectiveOpacity(element: Element | null): number {
  let opacity = 1;
  for (let node = element; node; node = node.parentElement) {
    opacity *= Number(getComputedStyle(node).opacity);
  }
  return opacity;
}

/**
 * Mounts the panel page in an extension-origin iframe beside `target`. The iframe, not UI in
 * the page, is what keeps keys typed in the panel and the notes it shows away from page scripts
 * (ARCHITECTURE.md §2). `nonce` names the port the panel will open back to this compose.
 */
export function dockPanel(target: HTMLElement, nonce: string, signal: AbortSignal): DockedPanel {
  const host = document.createElement('ft-panel');
  host.style.cssText =
    'all:initial;position:fixed;z-index:2147483000;display:block;left:0;top:0;width:0;height:0;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent =
    'iframe{display:block;border:0;width:100%;height:100%;color-scheme:normal;' +
    'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2);background:transparent}' +
    '@media (prefers-reduced-motion:no-preference){:host{transition:opacity .12s}}';
  const frame = document.createElement('iframe');
  frame.title = 'Follow-Through';
  frame.src = `${ext.runtime.getURL('src/panel/index.html')}#${nonce}`;
  shadow.append(style, frame);
  document.documentElement.append(host);

  let wantCollapsed = false;
  let pending = 0;

  const apply = (): void => {
    pending = 0;
    if (signal.aborted) return;
    const geometry = placePanel(
      target.getBoundingClientRect(),
      { width: document.documentElement.clientWidth, height: window.innerHeight },
      wantCollapsed,
    );
    if (!geometry) {
      host.style.display = 'none';
      return;
    }
    host.style.display = 'block';
    host.style.left = `${Math.round(geometry.left)}px`;
    host.style.top = `${Math.round(geometry.top)}px`;
    host.style.width = `${geometry.width}px`;
    host.style.height = `${geometry.height}px`;
  };
  const reposition = (): void => {
    if (!pending && !signal.aborted) pending = requestAnimationFrame(apply);
  };

  // Follows moves, resizes, minimise and full-screen: each changes the compose's box.
  const resize = new ResizeObserver(reposition);
  resize.observe(target);
  window.addEventListener('resize', reposition, { signal, passive: true });
  window.addEventListener('scroll', reposition, { signal, passive: true, capture: true });

  const remove = (): void => {
    resize.disconnect();
    if (pending) cancelAnimationFrame(pending);
    host.remove();
  };
  signal.addEventListener('abort', remove);
  apply();

  return {
    host,
    setCollapsed(collapsed) {
      wantCollapsed = collapsed;
      reposition();
    },
    reposition,
    isPlainlyVisible() {
      if (!host.isConnected || host.style.display === 'none') return false;
      if (effectiveOpacity(host) < MIN_OPACITY) return false;
      const box = host.getBoundingClientRect();
      if (box.width < 1 || box.height < 1) return false;
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return hit === host;
    },
    remove,
  };
}
