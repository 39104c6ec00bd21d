import { placePanels, type Box, type PanelMode, type Placement } from '../core/layout/place-panels';
import type { PanelLayout } from '../shared/compose-protocol';
import { ext } from './ext';

export type { PanelMode };

export interface DockedPanel {
  /** The host element in the page; its only content is a closed shadow root with the iframe. */
  readonly host: HTMLElement;
  readonly mode: PanelMode;
  /** The layout the panel was last told about. */
  readonly layout: PanelLayout;
  /** What the user asked for; expanding also gives this compose first choice of free room. */
  setMode(mode: PanelMode): void;
  /** A minimised compose shows the panel as a tab beside its title bar. */
  setMinimized(minimized: boolean): void;
  /** Re-measure every compose and move every panel (batched into one frame). */
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

/** One docked panel as the placement sees it. */
interface Docked {
  target: HTMLElement;
  host: HTMLElement;
  mode: PanelMode;
  minimized: boolean;
  hidden: boolean;
  /** Higher chooses its room first: the compose focused, expanded or opened last. */
  rank: number;
  apply(placement: Placement | null): void;
}

/**
 * Every panel in this document is placed together, because where one may go depends on where
 * the other composes and their panels are (Gmail stacks compose windows side by side).
 */
const docked = new Set<Docked>();
let ranks = 0;
let pending = 0;

/**
 * The compose's box, or null when a person can't see it: no box, wholly outside the window, or
 * covered by the page at its centre and both top corners (a mole under Gmail's full-screen
 * dimmer). Our own panels don't count as cover: they are about to move.
 */
function shownBox(target: HTMLElement, width: number, height: number): Box | null {
  const box = target.getBoundingClientRect();
  const left = Math.max(0, box.left);
  const right = Math.min(width, box.right);
  const top = Math.max(0, box.top);
  const bottom = Math.min(height, box.bottom);
  if (right - left < 1 || bottom - top < 1) return null;
  const probes = [
    [(left + right) / 2, (top + bottom) / 2],
    [left + 4, top + 4],
    [right - 4, top + 4],
  ] as const;
  const seen = probes.some(([x, y]) => {
    const hit = document.elementFromPoint(x, y);
    return !hit || target.contains(hit) || [...docked].some((entry) => entry.host === hit);
  });
  return seen ? box : null;
}

function placeAll(): void {
  pending = 0;
  const width = document.documentElement.clientWidth;
  const height = window.innerHeight;
  const all = [...docked];
  const placements = placePanels(
    all.map((entry) => ({
      compose: entry.hidden ? null : shownBox(entry.target, width, height),
      mode: entry.mode,
      minimized: entry.minimized,
      rank: entry.rank,
    })),
    { width, height },
  );
  all.forEach((entry, i) => entry.apply(placements[i] ?? null));
}

function placeSoon(): void {
  if (!pending && docked.size) pending = requestAnimationFrame(placeAll);
}

/** Focus in a compose or its panel gives that compose first choice of free room. */
function onFocus(event: Event): void {
  for (const entry of docked) {
    const node = event.target as Node;
    if (entry.rank !== ranks && (entry.host === node || entry.target.contains(node))) {
      entry.rank = ++ranks;
      placeSoon();
    }
  }
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
 * `onLayout` hears every change of `PanelLayout` (and the first one). `initialMode` is how it
 * starts: a compose's panel starts as the tab until the panel knows the message is a thank-you.
 */
export function dockPanel(
  target: HTMLElement,
  nonce: string,
  signal: AbortSignal,
  onLayout: (layout: PanelLayout) => void = () => undefined,
  initialMode: PanelMode = 'auto',
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

  let layout: PanelLayout = { collapsed: initialMode === 'collapsed', cramped: false };
  let occluded = false;
  const entry: Docked = {
    target,
    host,
    mode: initialMode,
    minimized: false,
    hidden: false,
    rank: ++ranks,
    apply(geometry) {
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
    },
  };
  if (!docked.size) document.addEventListener('focusin', onFocus, { capture: true, passive: true });
  docked.add(entry);

  // Follows resizes, minimise and full-screen: each changes the compose's box. Moves without a
  // resize (another compose opening beside it) come through `reposition()` from the watcher.
  const resize = new ResizeObserver(placeSoon);
  resize.observe(target);
  window.addEventListener('resize', placeSoon, { signal, passive: true });
  window.addEventListener('scroll', placeSoon, { signal, passive: true, capture: true });

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
    host.remove();
    docked.delete(entry);
    if (!docked.size) {
      document.removeEventListener('focusin', onFocus, { capture: true });
      cancelAnimationFrame(pending);
      pending = 0;
    } else {
      // The composes left may now have the room this one held.
      placeSoon();
    }
  };
  signal.addEventListener('abort', remove);
  placeAll();
  onLayout(layout);

  return {
    host,
    get mode() {
      return entry.mode;
    },
    get layout() {
      return layout;
    },
    setMode(next) {
      entry.mode = next;
      // Expanding is a choice of this compose: it chooses its room first from now on.
      if (next !== 'collapsed') entry.rank = ++ranks;
      placeSoon();
    },
    setMinimized(next) {
      if (entry.minimized === next) return;
      entry.minimized = next;
      placeSoon();
    },
    reposition: placeSoon,
    isPlainlyVisible: () => isPlainlyVisible(host, occluded),
    focus() {
      frame.focus();
    },
    hide() {
      entry.hidden = true;
      host.style.display = 'none';
      placeSoon();
    },
    remove,
  };
}
