/** Steps the host e2e tests share: what a person, or a hostile page, does to a compose. */
import { until, type View } from './harness';

/**
 * Puts the caret in the compose body right after `text` (at the very start when `text` is
 * empty), as a person's click would.
 */
export async function caretAfter(page: View, body: string, text: string): Promise<void> {
  await page.evaluate(
    (selector: string, after: string) => {
      const element = document.querySelector<HTMLElement>(selector)!;
      element.focus();
      const range = document.createRange();
      range.setStart(element, 0);
      const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node && after; node = walker.nextNode()) {
        const at = node.nodeValue!.indexOf(after);
        if (at >= 0) {
          range.setStart(node, at + after.length);
          break;
        }
      }
      range.collapse(true);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
    },
    body,
    text,
  );
}

/**
 * From the page's own world: messages and events shaped like ours (the page must not drive us),
 * then what the page can see of us (it must learn nothing of the notes): new globals since
 * `known`, attributes naming us, the panel host.
 */
export function probeFromPage(
  page: View,
  known: string[],
  body: string,
): Promise<{ added: string[]; ours: string[]; hostAttributes: string[]; shadow: boolean }> {
  return page.evaluate(
    (knownGlobals: string[], bodySelector: string) => {
      const insert = { type: 'insert', subject: 'x', to: 'evil@example.com', body: 'pwned' };
      window.postMessage(insert, '*');
      window.postMessage({ type: 'toggle-panel' }, '*');
      for (const type of ['insert', 'toggle-panel', 'collapse', 'ft-panel:insert']) {
        document.dispatchEvent(new CustomEvent(type, { detail: insert, bubbles: true }));
        document
          .querySelector(bodySelector)!
          .dispatchEvent(new CustomEvent(type, { detail: insert, bubbles: true }));
      }
      const added = Object.getOwnPropertyNames(window).filter((key) => !knownGlobals.includes(key));
      const ours: string[] = [];
      for (const element of document.querySelectorAll('*')) {
        for (const { name, value } of element.attributes) {
          if (/follow|\bft-|panel:/i.test(`${name}=${value}`))
            ours.push(`${element.tagName} ${name}`);
        }
      }
      const host = document.querySelector('ft-panel')!;
      return {
        added,
        ours,
        hostAttributes: host.getAttributeNames(),
        shadow: host.shadowRoot === null,
      };
    },
    known,
    body,
  );
}

/**
 * Clicks Insert as a person would: once the panel has been still and plainly visible long enough
 * for the guard to count a click (it marks the button `data-ready`), then a real click.
 */
export async function clickInsert(panel: View): Promise<void> {
  await panel.waitFor('#ft-insert[data-ready]', { timeout: 15_000 });
  await panel.click('#ft-insert');
}

/** In the panel frame: whether it shows only its tab (folded beside the compose). */
const folded = (): boolean => document.querySelector('#ft-expand') !== null;

/**
 * Opens a panel shown as its tab, as a person would. The frame may draw its open body before
 * its first layout arrives and fold a moment later, so the tab is looked for on every round.
 */
export async function openPanel(panel: View, what = 'the panel open'): Promise<void> {
  await until(async () => {
    if (!(await panel.evaluate(folded))) return true;
    await panel.click('#ft-expand').catch(() => undefined);
    return false;
  }, what);
}

/**
 * Picks the person whose name contains `name` from the panel's interviewer list, and waits
 * until the panel says it writes to them. A panel that folded to its tab meanwhile is opened
 * again first.
 */
export async function pickPerson(panel: View, name: string): Promise<void> {
  await until(async () => {
    if (await panel.evaluate(folded)) {
      await panel.click('#ft-expand').catch(() => undefined);
      return false;
    }
    return panel.evaluate((wanted: string) => {
      const who = document.querySelector('.pick-who')?.textContent ?? '';
      if (who.includes(wanted) && document.querySelector('#ft-insert, #ft-copy')) return true;
      const person = [...document.querySelectorAll<HTMLButtonElement>('.pick-person')].find(
        (button) => (button.textContent ?? '').includes(wanted),
      );
      person?.click();
      return false;
    }, name);
  }, `${name} in the interviewer list`);
}
