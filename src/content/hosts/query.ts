/**
 * Ordered-fallback lookups over the selector lists in `*.selectors.ts`: the first selector that
 * matches wins, so the classic hook stays first and structural fallbacks follow, which survives
 * A/B renames such as Gmail's `table.cf.Ht` → `Ht-<hash>` (InboxSDK commit a235da97).
 */
export function queryFirst<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T | null {
  for (const selector of selectors) {
    const found = root.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

export function queryAllFirst<T extends Element = HTMLElement>(
  root: ParentNode,
  selectors: readonly string[],
): T[] {
  for (const selector of selectors) {
    const found = root.querySelectorAll<T>(selector);
    if (found.length) return [...found];
  }
  return [];
}

/**
 * The compose around `body` when none of a host's root hooks matched (a redesign renamed them):
 * the nearest ancestor holding one of `fields` (the compose's own inputs) and no other compose
 * body. Structure and tag names only, so it survives renamed classes, ids and roles; null when
 * no such ancestor is below <body>.
 */
export function structuralRoot(body: Element, fields: string, bodies: string): HTMLElement | null {
  const top = body.ownerDocument.body;
  for (let node = body.parentElement; node && node !== top; node = node.parentElement) {
    if (node.querySelectorAll(bodies).length > 1) return null;
    if (node.querySelector(fields)) return node;
  }
  return null;
}

/**
 * Subject prefixes of a forward and of a reply in the common mail locales: a locale-dependent
 * last resort for telling them apart, shared by every host.
 */
export const FORWARD_PREFIX = /^\s*(fwd?|tr|wg|rv|i|doorst)\s*:/i;
export const REPLY_PREFIX = /^\s*(re|aw|antw|sv|r)\s*:/i;
