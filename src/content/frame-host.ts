import type { PanelLayout } from '../shared/compose-protocol';
import { ext } from './ext';

/** Panel sizes in CSS px: expanded beside the compose, or a tab when collapsed or cramped. */
const PANEL_WIDTH = 340;
const PANEL_MIN_WIDTH = 280;
const PANEL_MIN_HEIGHT = 420;
const TAB_SIZE = 44;
const GAP = 8;
const MARGIN = 8;

/**
 * What the user asked for: `auto` expands when there is room beside the compose and shows a
 * tab otherwise; `collapsed` is always a tab; `open` expands even when that overlaps the
 * compose (the user expanded a cramped tab on purpose).
 */
export type PanelMode = 'auto' | 'collapsed' | 'open';

export interface DockedPanel {
  /** The host element in the page; its only content is a closed shadow root with the iframe. */
  readonly host: HTMLElement;
  readonly mode: PanelMode;
  /** The layout the panel was last told about. */
  readonly layout: PanelLayout;
  setMode(mode: PanelMode): void;
  /** A minimised compose shows the panel as a tab beside its title bar. */
  setMinimized(minimized: boolean): void;
  /** Re-measure the compose and move the panel beside it (batched into one frame). */
  reposition(): void;
  /**
   * Whether a person could see the panel: host and ancestors not faded, the host on top at its
   * centre and corners, and (Chromium) no occlusion by IntersectionObserver v2. Guards
   * "Insert" against clickjacking (perf-security.md §3.3, S-11).
   */
  isPlainlyVisible(): boolean;
  /** Move the keyboard into the panel iframe. */
  focus(): void;
  /** Hide without unloading (the panel still has to record a send). */
  hide(): void;
  remove(): void;
}

export interface Geometry extends PanelLayout {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * Where the panel goes: left of the compose if it fits, else right of it, else a tab that stays
 * outside the compose's text area (in the free margin, or on the title bar's left end). With
 * `open`, a cramped panel takes the roomier side and overlaps the compose as little as it can.
 * Pure, so the placement rules are unit-tested.
 */
export function placePanel(
  compose: Box,
  viewport: { width: number; height: number },
  mode: PanelMode,
  minimized = false,
): Geometry | null {
  if (compose.right - compose.left <= 0 || compose.bottom - compose.top <= 0) return null;
  const height = Math.min(
    Math.max(compose.bottom - compose.top, PANEL_MIN_HEIGHT),
    viewport.height - 2 * MARGIN,
  );
  const top = Math.max(
    MARGIN,
    Math.min(compose.bottom - height, viewport.height - MARGIN - height),
  );
  const roomLeft = compose.left - GAP - MARGIN;
  const roomRight = viewport.width - compose.right - GAP - MARGIN;
  const fits = Math.max(roomLeft, roomRight) >= PANEL_MIN_WIDTH;
  const cramped = !fits || minimized;
  const expand = !minimized && (mode === 'open' || (mode === 'auto' && fits));
  if (expand) {
    const width = fits
      ? Math.min(PANEL_WIDTH, Math.max(roomLeft, roomRight))
      : Math.min(PANEL_WIDTH, viewport.width - 2 * MARGIN);
    const left =
      roomLeft >= width || (!fits && roomLeft >= roomRight)
        ? Math.max(MARGIN, compose.left - GAP - width)
        : Math.min(compose.right + GAP, viewport.width - MARGIN - width);
    return { left, top, width, height, collapsed: false, cramped };
  }
  const tab = { width: TAB_SIZE, height: TAB_SIZE, collapsed: true, cramped };
  const tabTop = Math.max(MARGIN, Math.min(compose.top, viewport.height - MARGIN - TAB_SIZE));
  if (roomLeft >= TAB_SIZE) return { ...tab, left: compose.left - GAP - TAB_SIZE, top: tabTop };
  if (roomRight >= TAB_SIZE) return { ...tab, left: compose.right + GAP, top: tabTop };
  // No room either side (a maximised compose): sit on the title bar's left end, never the body.
  return { ...tab, left: compose.left, top: compose.top };
}

const MIN_OPACITY = 0.7;

/** The product of the opacities of `element` and its ancestors (through shadow hosts). */
export function effectiveOpacity(element: Element | null): number {
  let opacity = 1;
  for (let node = element; node;) {
    const style = getComputedStyle(node);
    if (style.visibility === 'hidden' || style.display === 'none') return 0;
    const own = parseFloat(style.opacity);
    opacity *= Number.isNaN(own) ? 1 : own;
    const parent: Node | null = node.parentNode;
    node = parent instanceof ShadowRoot ? parent.host : (node.parentElement ?? null);
  }
  return opacity;
}

/**
 * The clickjacking test on its own, so it can be unit-tested: not faded (≥ 0.7 after every
 * ancestor's opacity), a real size, and the host is what a pointer would hit at its centre and
 * near each corner. `occluded` is Chromium's IntersectionObserver v2 verdict when it has one:
 * that one also sees overlays with `pointer-events: none`, which hit-testing skips.
 */
export function isPlainlyVisible(host: HTMLElement, occluded = false): boolean {
  if (!host.isConnected || host.style.display === 'none' || occluded) return false;
  if (effectiveOpacity(host) < MIN_OPACITY) return false;
  const box = host.getBoundingClientRect();
  if (box.width < 1 || box.height < 1) return false;
  const inset = Math.min(6, box.width / 4, box.height / 4);
  const points: [number, number][] = [
    [box.left + box.width / 2, box.top + box.height / 2],
    [box.left + inset, box.top + inset],
    [box.right - inset, box.top + inset],
    [box.left + inset, box.bottom - inset],
    [box.right - inset, box.bottom - inset],
  ];
  return points.every(([x, y]) => host.ownerDocument.elementFromPoint(x, y) === host);
}

/**
 * Mounts the panel page in an extension-origin iframe beside `target`. The iframe, not UI in
 * the page, is what keeps keys typed in the panel and the notes it shows away from page scripts
 * (ARCHITECTURE.md §2). `nonce` names the port the panel will open back to this compose.
 * `onLayout` hears every change of `PanelLayout` (and the first one).
 */
export function dockPanel(
  target: HTMLElement,
  nonce: string,
  signal: AbortSignal,
  onLayout: (layout: PanelLayout) => void = () => undefined,
): DockedPanel {
  const host = document.createElement('ft-panel');
  host.style.cssText =
    'all:initial;position:fixed;z-index:2147483000;display:block;left:0;top:0;width:0;height:0;';
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent =
    'iframe{display:block;border:0;width:100%;height:100%;color-scheme:normal;' +
    'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2);background:transparent}';
  const frame = document.createElement('iframe');
  frame.title = 'Follow-Through';
  frame.src = `${ext.runtime.getURL('src/panel/index.html')}#${nonce}`;
  shadow.append(style, frame);
  document.documentElement.append(host);

  let mode: PanelMode = 'auto';
  let minimized = false;
  let hidden = false;
  let pending = 0;
  let layout: PanelLayout = { collapsed: false, cramped: false };
  let occluded = false;

  const apply = (): void => {
    pending = 0;
    if (signal.aborted) return;
    const geometry = hidden
      ? null
      : placePanel(
          target.getBoundingClientRect(),
          { width: document.documentElement.clientWidth, height: window.innerHeight },
          mode,
          minimized,
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
    if (geometry.collapsed !== layout.collapsed || geometry.cramped !== layout.cramped) {
      layout = { collapsed: geometry.collapsed, cramped: geometry.cramped };
      onLayout(layout);
    }
  };
  const reposition = (): void => {
    if (!pending && !signal.aborted) pending = requestAnimationFrame(apply);
  };

  // Follows resizes, minimise and full-screen: each changes the compose's box. Moves without a
  // resize (another compose opening beside it) come through `reposition()` from the watcher.
  const resize = new ResizeObserver(reposition);
  resize.observe(target);
  window.addEventListener('resize', reposition, { signal, passive: true });
  window.addEventListener('scroll', reposition, { signal, passive: true, capture: true });

  // IntersectionObserver v2 (Chromium): the browser's own occlusion and opacity verdict.
  let visibility: IntersectionObserver | null = null;
  try {
    visibility = new IntersectionObserver(
      (entries) => {
        const entry = entries[entries.length - 1] as IntersectionObserverEntry & {
          isVisible?: boolean;
        };
        occluded = entry.isVisible === false;
      },
      { threshold: [1], trackVisibility: true, delay: 100 } as IntersectionObserverInit,
    );
    visibility.observe(host);
  } catch {
    visibility = null;
  }

  const remove = (): void => {
    resize.disconnect();
    visibility?.disconnect();
    if (pending) cancelAnimationFrame(pending);
    host.remove();
  };
  signal.addEventListener('abort', remove);
  apply();
  onLayout(layout);

  return {
    host,
    get mode() {
      return mode;
    },
    get layout() {
      return layout;
    },
    setMode(next) {
      mode = next;
      reposition();
    },
    setMinimized(next) {
      if (minimized === next) return;
      minimized = next;
      reposition();
    },
    reposition,
    isPlainlyVisible: () => isPlainlyVisible(host, occluded),
    focus() {
      frame.focus();
    },
    hide() {
      hidden = true;
      host.style.display = 'none';
    },
    remove,
  };
}
