import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Loads a Gmail fixture into the test's document (happy-dom), without its page script. With
 * `open`, clones that <template> to where Gmail would put it, as the page script would.
 */
export function loadGmailFixture(file: string, open?: 'compose' | 'reply' | 'forward'): Document {
  const html = readFileSync(
    join(import.meta.dirname, '../../../test/fixtures/gmail', file),
    'utf8',
  );
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  for (const script of parsed.querySelectorAll('script')) script.remove();
  const adopt = (from: Element, to: Element): void => {
    to.replaceChildren(...[...from.childNodes].map((node) => document.importNode(node, true)));
    to.className = from.className;
  };
  adopt(parsed.head, document.head);
  adopt(parsed.body, document.body);
  if (open) {
    const template = document.querySelector<HTMLTemplateElement>(`#${open}`)!;
    const node = template.content.firstElementChild!.cloneNode(true) as Element;
    if (open === 'compose') document.querySelector('.dw .no')!.prepend(node);
    else document.querySelector('.thread .ip')!.append(node);
  }
  return document;
}
