/**
 * Where each compose's panel goes when a page shows several composes at once (Gmail stacks its
 * compose windows side by side at the bottom right; an inline reply sits in the reading pane
 * under them). Pure: boxes in, boxes out, so every layout rule has a table test.
 *
 * The rules, in order of importance:
 * 1. A panel or tab never covers another compose, nor another compose's panel or tab.
 * 2. A panel never covers its own compose either, except when the user opened it on purpose
 *    and there is no free room (mode `open`): then it may lie over its own compose, never
 *    over another one. If even that is impossible it stays a tab.
 * 3. The compose ranked first (focused or opened most recently) chooses first, so when two
 *    composes compete for the same free room that one gets the expanded panel and the other
 *    a tab. Composes that don't compete all get expanded panels.
 * 4. Expanded panels go beside the compose: left, else right, else above it (moles stacked
 *    side by side have free room only above them). Tabs go beside its top corner on the
 *    left, else the right, else above its left end, else, when the compose fills the window,
 *    on its own title bar's left end, which holds no recipients, body or Send.
 */

/** Panel sizes in CSS px: expanded beside the compose, or a tab when collapsed or cramped. */
export const PANEL_WIDTH = 340;
export const PANEL_MIN_WIDTH = 280;
export const PANEL_MIN_HEIGHT = 420;
export const TAB_SIZE = 44;
const GAP = 8;
const MARGIN = 8;

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/**
 * What the user asked for: `auto` expands when there is free room and shows a tab otherwise;
 * `collapsed` is always a tab; `open` expands even when that overlaps its own compose (the
 * user expanded a cramped tab on purpose).
 */
export type PanelMode = 'auto' | 'collapsed' | 'open';

export interface PanelRequest {
  /** The compose's box in the viewport; null when a person can't see it (no panel then). */
  compose: Box | null;
  mode: PanelMode;
  minimized: boolean;
  /** Higher chooses first: the compose focused, or else opened, most recently. */
  rank: number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  height: number;
  /** Shown as the small tab. */
  collapsed: boolean;
  /** No free room for the whole panel beside this compose (see `PanelLayout`). */
  cramped: boolean;
}

const box = (left: number, top: number, width: number, height: number): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

const overlaps = (a: Box, b: Box): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

interface Viewport {
  width: number;
  height: number;
}

/** A side panel's rows: the compose's height (at least the minimum), bottom-aligned with it. */
function sideBand(c: Box, view: Viewport): { top: number; height: number } {
  const height = Math.min(Math.max(c.bottom - c.top, PANEL_MIN_HEIGHT), view.height - 2 * MARGIN);
  return {
    top: Math.max(MARGIN, Math.min(c.bottom - height, view.height - MARGIN - height)),
    height,
  };
}

/** Expanded panels beside or above `c` that avoid `blocked`, best first. */
function expandedSpots(c: Box, view: Viewport, blocked: Box[]): Box[] {
  const { top, height } = sideBand(c, view);
  const band = (b: Box) => b.top < top + height && top < b.bottom;
  // Free room on each side: up to the window margin or the nearest obstacle in the band.
  let leftEdge = MARGIN;
  let rightEdge = view.width - MARGIN;
  for (const b of blocked) {
    if (!band(b)) continue;
    if (b.left < c.left) leftEdge = Math.max(leftEdge, b.right + GAP);
    if (b.right > c.right) rightEdge = Math.min(rightEdge, b.left - GAP);
  }
  const spots: Box[] = [];
  const roomLeft = c.left - GAP - leftEdge;
  const roomRight = rightEdge - c.right - GAP;
  if (roomLeft >= PANEL_MIN_WIDTH) {
    const width = Math.min(PANEL_WIDTH, roomLeft);
    spots.push(box(c.left - GAP - width, top, width, height));
  }
  if (roomRight >= PANEL_MIN_WIDTH) {
    spots.push(box(c.right + GAP, top, Math.min(PANEL_WIDTH, roomRight), height));
  }
  const width = Math.min(PANEL_WIDTH, view.width - 2 * MARGIN);
  const left = Math.max(MARGIN, Math.min(c.left, view.width - MARGIN - width));
  let topEdge = MARGIN;
  for (const b of blocked) {
    if (b.left < left + width && left < b.right && b.top < c.top)
      topEdge = Math.max(topEdge, b.bottom + GAP);
  }
  const roomAbove = Math.min(c.top - GAP - topEdge, Math.max(c.bottom - c.top, PANEL_MIN_HEIGHT));
  if (roomAbove >= PANEL_MIN_HEIGHT)
    spots.push(box(left, c.top - GAP - roomAbove, width, roomAbove));
  return spots;
}

/** Places every compose's panel at once; the result is in the order of `requests`. */
export function placePanels(requests: PanelRequest[], view: Viewport): (Placement | null)[] {
  const shown = requests.filter((r) => r.compose).map((r) => r.compose!);
  const placed: Box[] = [];
  const result: (Placement | null)[] = requests.map(() => null);
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.rank - requests[a]!.rank);
  for (const i of order) {
    const { compose: c, mode, minimized } = requests[i]!;
    if (!c || c.right - c.left <= 0 || c.bottom - c.top <= 0) continue;
    const others = shown.filter((other) => other !== c);
    const blocked = [...others, ...placed];
    const free = (b: Box) => !blocked.some((other) => overlaps(b, other));
    const inside = (b: Box) =>
      b.left >= MARGIN &&
      b.top >= MARGIN &&
      b.right <= view.width - MARGIN &&
      b.bottom <= view.height - MARGIN;
    const cramped = minimized || expandedSpots(c, view, others).length === 0;
    let spot: Box | undefined;
    let collapsed = true;
    if (!minimized && mode !== 'collapsed') {
      spot = expandedSpots(c, view, blocked)[0];
      if (!spot && mode === 'open') {
        // Over its own compose, from the roomier side, never over anything else.
        const { top, height } = sideBand(c, view);
        const width = Math.min(PANEL_WIDTH, view.width - 2 * MARGIN);
        const fromLeft = box(Math.max(MARGIN, c.left - GAP - width), top, width, height);
        const fromRight = box(
          Math.min(c.right + GAP, view.width - MARGIN - width),
          top,
          width,
          height,
        );
        spot = (
          c.left >= view.width - c.right ? [fromLeft, fromRight] : [fromRight, fromLeft]
        ).find(free);
      }
      collapsed = !spot;
    }
    if (!spot) {
      const tabTop = Math.max(MARGIN, Math.min(c.top, view.height - MARGIN - TAB_SIZE));
      const aboveLeft = Math.max(
        MARGIN,
        Math.min(c.left, Math.min(c.right, view.width - MARGIN) - TAB_SIZE),
      );
      const titleBar = box(Math.max(0, c.left), Math.max(0, c.top), TAB_SIZE, TAB_SIZE);
      spot = [
        box(c.left - GAP - TAB_SIZE, tabTop, TAB_SIZE, TAB_SIZE),
        box(c.right + GAP, tabTop, TAB_SIZE, TAB_SIZE),
        box(aboveLeft, c.top - GAP - TAB_SIZE, TAB_SIZE, TAB_SIZE),
      ].find((b) => inside(b) && free(b));
      if (!spot && free(titleBar)) spot = titleBar;
      if (!spot) continue;
    }
    placed.push(spot);
    result[i] = {
      left: spot.left,
      top: spot.top,
      width: spot.right - spot.left,
      height: spot.bottom - spot.top,
      collapsed,
      cramped,
    };
  }
  return result;
}
