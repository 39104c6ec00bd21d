import type { Recipient } from '../../core/checks/types';

const BLOCK = /^(DIV|P|LI|BR|H[1-6]|TR|BLOCKQUOTE|UL|OL|TABLE|PRE)$/;

/**
 * The user's own words from a compose body: the quote and signature subtrees are skipped. Walks
 * text nodes instead of reading innerText, which would force a layout on every keystroke
 * (perf-security.md §2.5); block elements become line breaks so sentences stay apart.
 */
export function ownTextOf(body: HTMLElement, skip: readonly string[]): string {
  const skipSelector = skip.join(',');
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === Node.TEXT_NODE) {
        text += child.nodeValue ?? '';
      } else if (child.nodeType === Node.ELEMENT_NODE) {
        const element = child as Element;
        if (skipSelector && element.matches(skipSelector)) continue;
        const block = BLOCK.test(element.tagName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(element);
        if (block && element.tagName !== 'BR' && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(body);
  return text.replace(/\u00a0/g, ' ').replace(/\n{3,}/g, '\n\n').trim();
}

/** Recipients from a row of chips: address attribute first, then the visible name. */
export function readChips(row: Element, chipSelectors: readonly string[]): Recipient[] {
  for (const selector of chipSelectors) {
    const chips = row.querySelectorAll(selector);
    if (!chips.length) continue;
    return [...chips].map((chip) => {
      const email = chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? undefined;
      const name = chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? chip.textContent?.trim();
      return { email, name: name && name !== email ? name : undefined };
    });
  }
  return [];
}
