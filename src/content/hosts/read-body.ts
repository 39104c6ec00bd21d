import type { Recipient } from '../../core/checks/types';

const BLOCK = /^(DIV|P|LI|H[1-6]|TR|BLOCKQUOTE|UL|OL|TABLE|PRE)$/;

/**
 * The user's own words from a compose body: the quote and signature subtrees are skipped. Walks
 * text nodes instead of reading innerText, which would force a layout on every keystroke
 * (https://web.dev/articles/avoid-large-complex-layouts-and-layout-thrashing). A `<br>` is a
 * line break and block elements start and end lines,
 * so Gmail's `<div>line</div><div><br></div><div>next</div>` keeps its blank line.
 */
export function ownTextOf(body: HTMLElement, skip: readonly string[]): string {
  const skipSelector = skip.join(',');
  let text = '';
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) {
        text += child.nodeValue ?? '';
      } else if (child.nodeType === 1) {
        const element = child as Element;
        if (skipSelector && element.matches(skipSelector)) continue;
        if (element.tagName === 'BR') {
          text += '\n';
          continue;
        }
        const block = BLOCK.test(element.tagName);
        if (block && text && !text.endsWith('\n')) text += '\n';
        walk(element);
        if (block && text && !text.endsWith('\n')) text += '\n';
      }
    }
  };
  walk(body);
  return text
    .replace(/\u00a0/g, ' ')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const ADDRESS = /^\s*(?:"?([^"<]*?)"?\s*<)?([^<>\s,;]+@[^<>\s,;]+?)>?\s*$/;

/** "Name <email>", "<email>" or "email" → a recipient; null when there is no address. */
export function parseAddress(value: string): Recipient | null {
  const match = ADDRESS.exec(value);
  if (!match) return null;
  const name = match[1]?.trim();
  return name ? { name, email: match[2] } : { email: match[2] };
}

/** Recipients from a row of PeopleKit chips: address attribute first, then the visible name. */
export function readChips(row: Element, chipSelectors: readonly string[]): Recipient[] {
  for (const selector of chipSelectors) {
    const chips = row.querySelectorAll(selector);
    if (!chips.length) continue;
    return [...chips].map((chip) => {
      const email =
        chip.getAttribute('data-hovercard-id') ?? chip.getAttribute('email') ?? undefined;
      const name =
        chip.getAttribute('data-name') ?? chip.getAttribute('name') ?? chip.textContent?.trim();
      return name && name !== email ? { name, email } : { email };
    });
  }
  return [];
}

/**
 * Recipients from the classic (pre-2021) recipient table: each `.vR` chip keeps a hidden input
 * whose value is "Name <email>", or a `span[email]`.
 */
export function readClassicChips(row: Element, chipSelectors: readonly string[]): Recipient[] {
  for (const selector of chipSelectors) {
    const chips = row.querySelectorAll(selector);
    if (!chips.length) continue;
    const found: Recipient[] = [];
    for (const chip of chips) {
      const isInput = chip.tagName === 'INPUT';
      const value = isInput ? (chip as HTMLInputElement).value : (chip.getAttribute('email') ?? '');
      const recipient = parseAddress(value);
      if (!recipient) continue;
      const shown = isInput ? undefined : chip.getAttribute('name');
      found.push(shown && !recipient.name ? { name: shown, email: recipient.email } : recipient);
    }
    return found;
  }
  return [];
}

/**
 * A chip's display name from its text pieces (each text node, in order): presence words
 * ("Away", or "(Away)" after the name) and a second copy of the name for screen readers are
 * dropped, so "Dr. Adaeze Okonkwo", "Away", "Dr. Adaeze Okonkwo" reads "Dr. Adaeze Okonkwo".
 */
export function chipName(pieces: readonly string[], presence: readonly string[]): string {
  const words = new Set(presence.map((word) => word.toLowerCase()));
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const piece of pieces) {
    let text = piece.replace(/\s+/g, ' ').trim();
    const note = /\s*\(([^)]*)\)$/.exec(text);
    if (note && words.has(note[1]!.trim().toLowerCase())) text = text.slice(0, note.index);
    if (!text || words.has(text.toLowerCase()) || seen.has(text)) continue;
    seen.add(text);
    kept.push(text);
  }
  return kept.join(' ');
}

/** The text nodes under `element`, in order (a chip's name, presence and repeat are apart). */
export function textPieces(element: Element): string[] {
  const pieces: string[] = [];
  const walk = (node: Node): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType === 3) pieces.push(child.nodeValue ?? '');
      else if (child.nodeType === 1) walk(child);
    }
  };
  walk(element);
  return pieces;
}
