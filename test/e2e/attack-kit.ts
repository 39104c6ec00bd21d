/**
 * What the page-world attack suites share: a tally of attacks tried and succeeded per browser,
 * written to `out/attacks/` for `npm test`'s summary, and the steps each attack repeats (wait
 * until the panel would take a click, click Insert as a person, see whether it was refused).
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { until, type BrowserName, type View } from './harness';

export const ATTACKS_DIR = resolve(import.meta.dirname, '../../out/attacks');
export const BODY = '[role=dialog] [g_editable=true]';

export interface Tally {
  tried: string[];
  succeeded: string[];
}

/** Adds this file's attacks to the browser's tally (the summary sums every suite's file). */
export function writeTally(suite: string, browser: BrowserName, tally: Tally): void {
  mkdirSync(ATTACKS_DIR, { recursive: true });
  const file = join(ATTACKS_DIR, `${suite}-${browser}.json`);
  writeFileSync(file, JSON.stringify(tally, null, 1));
}

export function readTally(file: string): Tally | null {
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Tally) : null;
}

/**
 * Counts, in the panel's own document, each "Couldn't insert" message as it appears (the alert
 * is re-added for every refused insert, even with the same words), on `data-refusals` of the
 * panel's root element, and keeps the last message in `data-refusal`.
 */
export async function countRefusals(panel: View): Promise<void> {
  await panel.evaluate(() => {
    const root = document.documentElement;
    root.dataset.refusals = '0';
    new MutationObserver((records) => {
      for (const record of records)
        for (const node of record.addedNodes) {
          const text = node.textContent ?? '';
          if (!text.startsWith("Couldn't insert")) continue;
          root.dataset.refusals = String(Number(root.dataset.refusals) + 1);
          root.dataset.refusal = text;
        }
    }).observe(document.querySelector('[role=alert]')!, { childList: true, subtree: true });
  });
}

export async function refusals(panel: View): Promise<{ count: number; last: string }> {
  return panel.evaluate(() => ({
    count: Number(document.documentElement.dataset.refusals ?? 0),
    last: document.documentElement.dataset.refusal ?? '',
  }));
}

/** How many times the draft's greeting is in the compose body. */
export async function inserted(page: View): Promise<number> {
  return (await page.text(BODY)).split('Dear Gloria').length - 1;
}

/** The panel has been still and plainly visible long enough for a click to count. */
export async function steady(panel: View): Promise<void> {
  await panel.waitFor('#ft-insert[data-ready]', { timeout: 15_000 });
}

/**
 * Clicks Insert as a person would and waits for the content script's answer: a refusal (its
 * words returned) or an insert (null).
 */
export async function clickInsert(page: View, panel: View): Promise<string | null> {
  const before = await refusals(panel);
  const had = await inserted(page);
  await panel.click('#ft-insert');
  return until(
    async () => {
      const now = await refusals(panel);
      if (now.count > before.count) return { refused: now.last };
      if ((await inserted(page)) > had) return { refused: null };
      return null;
    },
    'an answer to the insert',
    15_000,
  ).then((answer) => answer.refused);
}

/** Where Insert's centre is, in the page's coordinates. */
export async function insertPoint(page: View, panel: View): Promise<{ x: number; y: number }> {
  const inner = await panel.evaluate(() => {
    const box = document.querySelector('#ft-insert')!.getBoundingClientRect();
    return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  const outer = await page.evaluate(() => {
    const box = document.querySelector('ft-panel')!.getBoundingClientRect();
    return { x: box.left, y: box.top };
  });
  return { x: outer.x + inner.x, y: outer.y + inner.y };
}
