import type { Sample } from '../core/guard/still-click';
import { placePanels, type Box, type PanelMode, type Placement } from '../core/layout/place-panels';
import type { PanelLayout } from '../shared/compose-protocol';
import { ext } from './ext';
import { paintedProblem } from './painted-guard';

export type { PanelMode };

export interface DockedPanel {
  /** The host element in the page; its only content is a closed shadow root with the iframe. */
  readonly host: HTMLElement;
  /**
   * One look at the panel for the click guard: where it is and what, if anything, keeps a
   * person from plainly seeing it (see `panelProblem`).
   */
  sample(deep?: boolean): Sample;
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
   * Whether a person could plainly see the panel now: nothing found by `sample` (moved or
   * resized by the page, painted over or disguised, a page dialog above it, covered).
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
/** The host elements this script made (a page-made element with the same tag is not one). */
const ownHosts = new WeakSet<Element>();
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
 * The host's own styles, inline and `!important`: a declaration in the style attribute beats
 * every page stylesheet rule, `!important` ones included (CSS Cascade 4, "element-attached
 * styles"), and `all: initial` clears what the page could otherwise set on `ft-panel`. Only a
 * page script can change them, and `watchHost` puts them back.
 */
const HOST_STYLE =
  'all:initial!important;position:fixed!important;z-index:2147483000!important;' +
  'pointer-events:auto!important;';

/** Where the host and its top-layer box are drawn now; null: not shown. */
type Geometry = { left: number; top: number; width: number; height: number } | null;

function hostStyle(geometry: Geometry): string {
  const g = geometry ?? { left: 0, top: 0, width: 0, height: 0 };
  return (
    `${HOST_STYLE}left:${g.left}px!important;top:${g.top}px!important;` +
    `width:${g.width}px!important;height:${g.height}px!important;` +
    `display:${geometry ? 'block' : 'none'}!important;`
  );
}

/** Sets the host's style attribute; true when it had been changed (by the page). */
function styleHost(host: HTMLElement, geometry: Geometry): boolean {
  const want = hostStyle(geometry);
  if (host.getAttribute('style') === want) return false;
  host.setAttribute('style', want);
  return true;
}

/** Whether this browser can put an element in the top layer as a popover. */
const HAS_POPOVER = typeof HTMLElement !== 'undefined' && 'showPopover' in HTMLElement.prototype;

const TOP_LAYER = ':modal, :popover-open, :fullscreen';

/**
 * Elements the page has in the top layer: drawn over everything that is not (dialogs,
 * popovers). `deep` also searches the page's shadow roots, closed ones too where the browser
 * lets extensions see them (Firefox's `openOrClosedShadowRoot`); it walks every element, so it
 * is kept for the moment a click is judged.
 */
function pageTopLayer(host: HTMLElement, deep = false): Element[] {
  const found: Element[] = [];
  const search = (root: Document | ShadowRoot): void => {
    try {
      found.push(...root.querySelectorAll(TOP_LAYER));
    } catch {
      return; // a selector this browser lacks: nothing of that kind can be open
    }
    if (!deep) return;
    for (const element of root.querySelectorAll('*')) {
      const shadow =
        (element as Element & { openOrClosedShadowRoot?: ShadowRoot | null })
          .openOrClosedShadowRoot ?? element.shadowRoot;
      // Our other panels are popovers too, in closed shadow roots that only Firefox lets us
      // search; with two composes each panel would read the other as a page dialog over it
      // and refuse Insert. They are never over it: the placement keeps panels apart.
      if (shadow && !ownHosts.has(element)) search(shadow);
    }
  };
  search(document);
  return found.filter((element) => element !== host);
}

/**
 * Mounts the panel page in an extension-origin iframe beside `target`. The iframe, not UI in
 * the page, is what keeps keys typed in the panel and the notes it shows away from page scripts
 * (page scripts can read and listen to anything in their own DOM). `nonce` names the port the
 * panel will open back to this compose.
 * `onLayout` hears every change of `PanelLayout` (and the first one); `onRemount` hears that the
 * page removed or moved the host and it was put back (the iframe loads again). `initialMode` is
 * how it starts: a compose's panel starts as the tab until the panel knows the message is a
 * thank-you.
 */
export function dockPanel(
  target: HTMLElement,
  nonce: string,
  signal: AbortSignal,
  onLayout: (layout: PanelLayout) => void = () => undefined,
  onRemount: () => void = () => undefined,
  initialMode: PanelMode = 'auto',
): DockedPanel {
  const host = document.createElement('ft-panel');
  ownHosts.add(host);
  let geometry: Geometry = null;
  styleHost(host, geometry);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  // The box is a popover in the top layer where the browser has one: the top layer is painted
  // above every stacking context of the page and is not affected by its ancestors' opacity,
  // filters, masks or transforms, so nothing outside the top layer can be drawn over the panel,
  // whatever its pointer-events. The page can still open its own popover or modal dialog above
  // it; `pageTopLayer` sees those in the page's document (not inside its shadow roots).
  // Every open popover also gets a `::backdrop` over the whole viewport (the HTML spec's
  // rendering rules: transparent, `pointer-events: none`), and IntersectionObserver v2 counts
  // it as cover: with two composes, the panel raised first read as occluded for good and its
  // Insert never became ready. Ours has nothing to show, so it is not rendered at all.
  style.textContent =
    '.box{position:fixed;inset:auto;margin:0;padding:0;border:0;overflow:visible;' +
    'background:transparent;color-scheme:normal;opacity:1}.box::backdrop{display:none}' +
    'iframe{display:block;border:0;width:100%;height:100%;color-scheme:normal;' +
    'border-radius:8px;box-shadow:0 4px 16px rgba(0,0,0,.2);background:transparent}';
  const box = document.createElement('div');
  box.className = 'box';
  if (HAS_POPOVER) box.setAttribute('popover', 'manual');
  const frame = document.createElement('iframe');
  frame.title = 'Follow-Through';
  frame.src = `${ext.runtime.getURL('src/panel/index.html')}#${nonce}`;
  box.append(frame);
  shadow.append(style, box);
  document.documentElement.append(host);

  /** Top-layer elements of the page known to be under the panel (opened before it was raised). */
  let under = new WeakSet<Element>();
  const raise = (): void => {
    if (!HAS_POPOVER || !geometry || !host.isConnected) return;
    try {
      if (box.matches(':popover-open')) box.hidePopover();
      box.showPopover();
    } catch {
      return; // not connected yet, or the browser refused: the z-index still applies
    }
    under = new WeakSet(pageTopLayer(host, true));
  };
  const place = (): void => {
    styleHost(host, geometry);
    if (!geometry) {
      if (HAS_POPOVER && box.matches(':popover-open')) box.hidePopover();
      return;
    }
    box.style.cssText =
      `left:${geometry.left}px;top:${geometry.top}px;` +
      `width:${geometry.width}px;height:${geometry.height}px`;
    if (HAS_POPOVER && !box.matches(':popover-open')) raise();
  };

  let layout: PanelLayout = { collapsed: initialMode === 'collapsed', cramped: false };
  let occluded = false;
  const entry: Docked = {
    target,
    host,
    mode: initialMode,
    minimized: false,
    hidden: false,
    rank: ++ranks,
    apply(placement) {
      geometry =
        placement && !entry.hidden
          ? {
              left: Math.round(placement.left),
              top: Math.round(placement.top),
              width: placement.width,
              height: placement.height,
            }
          : null;
      place();
      if (!placement) return;
      if (placement.collapsed !== layout.collapsed || placement.cramped !== layout.cramped) {
        layout = { collapsed: placement.collapsed, cramped: placement.cramped };
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
    visibility.observe(box);
  } catch {
    visibility = null;
  }

  // The page may restyle the host from script, remove it, or move it into its own element;
  // each restores it and counts as a change, so the click guard waits for stillness again.
  let changes = 0;
  let lastRemount = 0;
  let remountTimer: ReturnType<typeof setTimeout> | 0 = 0;
  const remount = (): void => {
    remountTimer = 0;
    if (signal.aborted || host.parentNode === document.documentElement) return;
    lastRemount = performance.now();
    changes++;
    document.documentElement.append(host);
    place();
    onRemount();
    placeSoon();
  };
  const tamper = new MutationObserver(() => {
    if (signal.aborted) return;
    // Writing only when it differs, so our own write does not call this again forever.
    if (styleHost(host, geometry)) changes++;
    if (host.parentNode !== document.documentElement && !remountTimer) {
      // At most five times a second, so a page that removes it on every mutation cannot make
      // the two observers chase each other and hang the tab.
      const wait = Math.max(0, lastRemount + 200 - performance.now());
      remountTimer = setTimeout(remount, wait);
    }
  });
  tamper.observe(host, { attributes: true });
  tamper.observe(document.documentElement, { childList: true });
  const onTopLayer = (event: Event): void => {
    // The page opened a dialog, popover or full screen: it may now be drawn over the panel.
    // Our other panels raising themselves are not the page, and never overlap this one.
    if (event.target !== host && !ownHosts.has(event.target as Element)) changes++;
  };
  for (const type of ['toggle', 'beforetoggle', 'fullscreenchange']) {
    document.addEventListener(type, onTopLayer, { capture: true, passive: true, signal });
  }

  /**
   * Everything that keeps a person from plainly seeing the panel, in order of cost; null when
   * nothing does. Checks and what each covers:
   * - the host where we put it, at the size we gave it (`getBoundingClientRect`): the page
   *   moving it off-screen or shrinking it to 1 px by script;
   * - `paintedProblem`: styles on the host and its ancestors that paint without changing hit
   *   testing (masks, filters, pseudo-elements…; see painted-guard.ts);
   * - a page dialog or popover opened after the panel's own top-layer box and reaching it (the
   *   panel is raised above it again and must then stay still for a while);
   * - hit testing at the centre and near each corner: ordinary elements laid over the panel;
   * - IntersectionObserver v2 (Chromium only): anything painted over it, `pointer-events: none`
   *   overlays included. Firefox has no such verdict; there the top layer keeps ordinary page
   *   elements from being drawn over the panel at all.
   */
  const panelProblem = (deep: boolean): string | null => {
    if (!geometry || !host.isConnected) return 'not shown';
    const rect = host.getBoundingClientRect();
    const off = (a: number, b: number): boolean => Math.abs(a - b) > 1;
    if (
      off(rect.left, geometry.left) ||
      off(rect.top, geometry.top) ||
      off(rect.width, geometry.width) ||
      off(rect.height, geometry.height)
    )
      return 'moved by the page';
    if (rect.right <= 0 || rect.bottom <= 0 || rect.left >= window.innerWidth) return 'off-screen';
    if (rect.top >= window.innerHeight || rect.width < 40 || rect.height < 40) return 'off-screen';
    const painted = paintedProblem(host, rect);
    if (painted) return painted;
    if (HAS_POPOVER && !box.matches(':popover-open')) {
      raise();
      return 'taken out of the top layer';
    }
    const above = pageTopLayer(host, deep).filter((element) => !under.has(element));
    if (above.length) {
      raise();
      return 'a page dialog over it';
    }
    if (!isPlainlyVisible(host)) return 'covered';
    if (occluded) return 'occluded';
    return null;
  };

  const remove = (): void => {
    resize.disconnect();
    visibility?.disconnect();
    tamper.disconnect();
    clearTimeout(remountTimer);
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
    isPlainlyVisible: () => panelProblem(true) === null,
    sample(deep = false) {
      const problem = panelProblem(deep);
      const where = geometry
        ? `${geometry.left},${geometry.top},${geometry.width},${geometry.height}#${changes}`
        : 'none';
      return { at: performance.now(), where, problem };
    },
    focus() {
      frame.focus();
    },
    hide() {
      entry.hidden = true;
      geometry = null;
      place();
      placeSoon();
    },
    remove,
  };
}
