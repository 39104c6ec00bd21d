/**
 * Quiet breakage reports: when a selector finds nothing, log it once per page load with a
 * censored outline of the compose, so a changed Gmail can be diagnosed from a user's console
 * without their mail (as InboxSDK's `src/common/censorHTMLtree.ts`). Console only: no network.
 */

const reported = new Set<string>();

/** Attribute values that are structure, not content: kept as they are. */
const KEEP =
  /^(role|class|name|type|contenteditable|g_editable|aria-(?!label|description|valuetext|placeholder|roledescription).*)$/;
/** Attributes whose names help but whose values may hold the user's words. */
const NAME_ONLY = /^aria-/;
const MAX_NODES = 400;

/**
 * An indented outline of `root`: tag names, roles, classes and aria-* attributes; every text
 * node and every other attribute value is left out (aria-label and friends become "…").
 */
export function censoredOutline(root: Element): string {
  const lines: string[] = [];
  const walk = (element: Element, depth: number): void => {
    if (lines.length >= MAX_NODES) return;
    let line = `${'  '.repeat(depth)}<${element.tagName.toLowerCase()}`;
    for (const { name, value } of element.attributes) {
      if (KEEP.test(name)) line += ` ${name}="${value.replace(/[^\w\s.:=#-]/g, '')}"`;
      else if (NAME_ONLY.test(name)) line += ` ${name}="…"`;
    }
    lines.push(`${line}>`);
    for (const child of element.children) walk(child, depth + 1);
  };
  walk(root, 0);
  if (lines.length >= MAX_NODES) lines.push('…');
  return lines.join('\n');
}

/** Logs each missing role once per page load (the panel tells the user in plain words). */
export function reportMiss(host: string, missing: readonly string[], root: Element): void {
  const fresh = missing.filter((role) => !reported.has(`${host}:${role}`));
  if (!fresh.length) return;
  for (const role of fresh) reported.add(`${host}:${role}`);
  console.debug(
    `[Follow-Through] ${host}: could not find ${fresh.join(', ')} in a compose window. ` +
      'The page may have changed; outline without any text:\n' +
      censoredOutline(root),
  );
}

/** Tests only: forget what was reported. */
export function resetReportedMisses(): void {
  reported.clear();
}
