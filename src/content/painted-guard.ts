import { distorts, intersects, resizes, type Rect } from '../core/guard/still-click';

/**
 * What the page can paint over or onto the panel without changing what a click hits, checked
 * from computed styles. Hit testing (`elementFromPoint`) sees only what takes clicks, so an
 * opaque `::after` with `pointer-events: none`, a mask that leaves one button showing, a filter
 * or a blend mode all pass it; Chromium's IntersectionObserver v2 catches opacity, filters,
 * clip-paths and blend modes but reports masked elements and the host's own pseudo-elements as
 * visible (observed). So this walks the host and every ancestor (through shadow hosts) and
 * refuses any of:
 * - `opacity` below 0.7 in product (KeePassXC's threshold for its own autofill menu),
 *   `visibility: hidden`, `display: none`, `content-visibility: hidden`;
 * - `mask`, `mask-image`, `mask-border` (and their `-webkit-` forms), `clip-path`, `clip`,
 *   `filter`, `backdrop-filter`, `mix-blend-mode`;
 * - a transform, `scale`, `rotate` or `zoom` that does more than move it;
 * - `::before` / `::after` with content: any on the host; on an ancestor, a positioned one whose
 *   box may reach the panel (its box is estimated from its computed offsets; when it cannot be
 *   worked out it counts as reaching).
 * What it cannot see: a sibling that paints over the panel with `pointer-events: none` (the top
 * layer and IntersectionObserver v2 answer that, see frame-host.ts), SVG filters or masks applied
 * through `url()` on something that is not an ancestor, and pixels drawn by a plugin or the GPU
 * outside CSS.
 */
export const MIN_OPACITY = 0.7;

const NONE = new Set(['', 'none', 'normal', 'auto', 'initial']);

/** Properties that change what is painted and never what is hit; any value but none refuses. */
const PAINT_ONLY = [
  'mask-image',
  '-webkit-mask-image',
  'mask-border-source',
  '-webkit-mask-box-image-source',
  'clip-path',
  'filter',
  'backdrop-filter',
  '-webkit-backdrop-filter',
];

function parentOf(node: Element): Element | null {
  const parent: Node | null = node.parentNode;
  return parent instanceof ShadowRoot ? parent.host : (node.parentElement ?? null);
}

function label(element: Element): string {
  return element.tagName.toLowerCase();
}

/** The box of a rendered pseudo-element, as far as computed offsets tell; null: unknown. */
function pseudoBox(style: CSSStyleDeclaration, owner: DOMRect): Rect | null {
  if (style.transform !== 'none') return null;
  const px = (value: string): number | null =>
    /^-?[\d.]+px$/.test(value) ? parseFloat(value) : null;
  const left = px(style.left);
  const right = px(style.right);
  const top = px(style.top);
  const bottom = px(style.bottom);
  const width = px(style.width);
  const height = px(style.height);
  if (width === null || height === null) return null;
  const frame: Rect =
    style.position === 'fixed'
      ? { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight }
      : owner;
  const x = left !== null ? frame.left + left : right !== null ? frame.right - right - width : null;
  const y =
    top !== null ? frame.top + top : bottom !== null ? frame.bottom - bottom - height : null;
  if (x === null || y === null) return null;
  return { left: x, top: y, right: x + width, bottom: y + height };
}

/** A reason the pseudo-element of `element` may paint over `panel`, else null. */
function pseudoProblem(element: Element, own: boolean, panel: Rect): string | null {
  for (const which of ['::before', '::after'] as const) {
    const style = getComputedStyle(element, which);
    if (NONE.has(style.content) || style.display === 'none') continue;
    if (own) return `${which} on the panel`;
    // An unpositioned pseudo-element of an ancestor paints in flow, under the fixed panel.
    if (style.position === 'static') continue;
    if (/^-\d+$/.test(style.zIndex)) continue;
    const box = pseudoBox(style, element.getBoundingClientRect());
    if (!box || intersects(box, panel)) return `${which} on ${label(element)}`;
  }
  return null;
}

/** Why a person may not see the panel as it is, or null when nothing was found. */
export function paintedProblem(host: HTMLElement, panel: Rect): string | null {
  let opacity = 1;
  for (let node: Element | null = host; node; node = parentOf(node)) {
    const style = getComputedStyle(node);
    const name = label(node);
    if (style.display === 'none' || style.visibility === 'hidden') return `${name} hidden`;
    if (style.getPropertyValue('content-visibility') === 'hidden') return `${name} hidden`;
    const own = parseFloat(style.opacity);
    opacity *= Number.isNaN(own) ? 1 : own;
    if (opacity < MIN_OPACITY) return `faded at ${name}`;
    for (const property of PAINT_ONLY) {
      if (!NONE.has(style.getPropertyValue(property).trim())) return `${property} on ${name}`;
    }
    // `mask` shorthands can set a mask without an image (mask-mode, -webkit-mask-box-image).
    const boxImage = style.getPropertyValue('-webkit-mask-box-image').trim();
    if (boxImage && !NONE.has(boxImage)) return `-webkit-mask-box-image on ${name}`;
    if (!NONE.has(style.getPropertyValue('clip').trim()) && style.position !== 'static')
      return `clip on ${name}`;
    if (style.mixBlendMode && style.mixBlendMode !== 'normal') return `mix-blend-mode on ${name}`;
    if (distorts(style.transform)) return `transform on ${name}`;
    for (const property of ['scale', 'rotate', 'zoom'] as const) {
      if (resizes(property, style.getPropertyValue(property))) return `${property} on ${name}`;
    }
    const pseudo = pseudoProblem(node, node === host, panel);
    if (pseudo) return pseudo;
  }
  return null;
}
