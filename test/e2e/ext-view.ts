/**
 * One way for tests to drive a mail page, an extension page (popup, options) or a panel iframe
 * in either browser: puppeteer frames on Chromium, Marionette on Firefox (see marionette.ts for why).
 * Input is real (trusted) in both: CDP Input events, Marionette's synthesized events.
 */
import type { Frame, Page } from 'puppeteer-core';
import type { Marionette } from './marionette';

export interface View {
  /** Run `fn` in the page and return its (JSON-able) result. DOM only: keep extension APIs out. */
  evaluate<T, A extends unknown[]>(
    fn: (...args: A) => T | Promise<T>,
    ...args: A
  ): Promise<Awaited<T>>;
  click(selector: string): Promise<void>;
  /** Focus the field and type `text` at its end, key by key. */
  type(selector: string, text: string): Promise<void>;
  /** A key or a chord: 'Enter', 'Tab', 'Shift+Tab', 'Control+Enter'. */
  press(key: string): Promise<void>;
  text(selector: string): Promise<string>;
  /** Wait until `selector` matches (or, with `gone`, until it no longer does). */
  waitFor(selector: string, options?: { gone?: boolean; timeout?: number }): Promise<void>;
  /** Wait until some element matching `selector` has text containing `text`. */
  waitForText(selector: string, text: string, timeout?: number): Promise<void>;
  close(): Promise<void>;
}

async function poll(check: () => Promise<boolean>, what: string, timeout: number): Promise<void> {
  const deadline = Date.now() + timeout;
  let lastError: unknown;
  for (;;) {
    try {
      if (await check()) return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline)
      throw new Error(`timed out waiting for ${what}${lastError ? ` (${String(lastError)})` : ''}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

function hasText(selector: string, text: string): boolean {
  return [...document.querySelectorAll(selector)].some((element) =>
    (element.textContent ?? '').includes(text),
  );
}

function exists(selector: string): boolean {
  return document.querySelector(selector) !== null;
}

/** Chromium: a puppeteer page (popup, options) or frame (panel). */
export function puppeteerView(
  page: Page,
  frame: Frame = page.mainFrame(),
  onClose?: () => Promise<void>,
): View {
  const view: View = {
    evaluate: (fn, ...args) =>
      frame.evaluate(fn as never, ...(args as unknown as never[])) as never,
    async click(selector) {
      const element = await frame.waitForSelector(selector, { visible: true, timeout: 10_000 });
      await element!.click();
    },
    async type(selector, text) {
      const element = await frame.waitForSelector(selector, { visible: true, timeout: 10_000 });
      await element!.focus();
      await frame.evaluate((el) => {
        const field = el as HTMLInputElement;
        try {
          field.setSelectionRange(field.value.length, field.value.length);
        } catch {
          // email and number inputs have no selection API; typing goes to their end anyway.
        }
      }, element!);
      await page.keyboard.type(text);
    },
    async press(key) {
      const parts = key.split('+');
      const main = parts.pop()!;
      for (const modifier of parts) await page.keyboard.down(modifier as never);
      await page.keyboard.press(main as never);
      for (const modifier of parts.reverse()) await page.keyboard.up(modifier as never);
    },
    text: (selector) => frame.$eval(selector, (element) => element.textContent ?? ''),
    async waitFor(selector, { gone = false, timeout = 10_000 } = {}) {
      await poll(async () => (await frame.evaluate(exists, selector)) !== gone, selector, timeout);
    },
    async waitForText(selector, text, timeout = 10_000) {
      await poll(
        () => frame.evaluate(hasText, selector, text),
        `"${text}" in ${selector}`,
        timeout,
      );
    },
    async close() {
      if (onClose) await onClose();
      else await page.close();
    },
  };
  return view;
}

const KEYS: Record<string, string> = {
  Enter: '\uE007',
  Tab: '\uE004',
  Escape: '\uE00C',
  Backspace: '\uE003',
  Delete: '\uE017',
  Space: ' ',
  ArrowUp: '\uE013',
  ArrowDown: '\uE015',
  ArrowLeft: '\uE012',
  ArrowRight: '\uE014',
  Home: '\uE011',
  End: '\uE010',
  Shift: '\uE008',
  Control: '\uE009',
  Alt: '\uE00A',
  Meta: '\uE03D',
};

/**
 * Firefox: a Marionette context, a top-level window handle plus the index of a child frame
 * (the panel iframe) when there is one. Every call first switches Marionette to that context.
 */
export function marionetteView(
  marionette: Marionette,
  context: { handle: string; frame?: number },
  onClose?: () => Promise<void>,
): View {
  const enter = async (): Promise<void> => {
    await marionette.send('WebDriver:SwitchToWindow', { handle: context.handle, focus: true });
    await marionette.send('WebDriver:SwitchToFrame', { id: null });
    if (context.frame !== undefined)
      await marionette.send('WebDriver:SwitchToFrame', { id: context.frame });
  };
  const find = async (selector: string): Promise<unknown> => {
    await view.waitFor(selector);
    return marionette.send('WebDriver:FindElement', { using: 'css selector', value: selector });
  };
  const elementId = (element: unknown): string => {
    const reference = element as Record<string, string>;
    return Object.values(reference)[0]!;
  };

  const view: View = {
    async evaluate(fn, ...args) {
      await enter();
      // Runs the function in the page's own scope (not Marionette's sandbox) so it sees the
      // same globals as it would in Chromium; results come back through the async callback.
      const script = `
        const done = arguments[arguments.length - 1];
        const args = Array.from(arguments).slice(0, -1);
        Promise.resolve()
          .then(() => (${fn.toString()}).apply(null, args))
          .then((value) => done({ ok: true, value: value === undefined ? null : value }),
                (error) => done({ ok: false, error: String((error && error.stack) || error) }));`;
      const result = (await marionette.send('WebDriver:ExecuteAsyncScript', {
        script,
        args,
      })) as { ok: boolean; value?: unknown; error?: string };
      if (!result.ok) throw new Error(result.error);
      return result.value as never;
    },
    async click(selector) {
      await enter();
      await marionette.send('WebDriver:ElementClick', { id: elementId(await find(selector)) });
    },
    async type(selector, text) {
      await enter();
      await marionette.send('WebDriver:ElementSendKeys', {
        id: elementId(await find(selector)),
        text,
      });
    },
    async press(key) {
      await enter();
      const parts = key.split('+').map((part) => KEYS[part] ?? part);
      const actions = [
        ...parts.map((value) => ({ type: 'keyDown', value })),
        ...parts.reverse().map((value) => ({ type: 'keyUp', value })),
      ];
      await marionette.send('WebDriver:PerformActions', {
        actions: [{ type: 'key', id: 'keyboard', actions }],
      });
      await marionette.send('WebDriver:ReleaseActions');
    },
    text: (selector) =>
      view.evaluate((s: string) => document.querySelector(s)?.textContent ?? '', selector),
    async waitFor(selector, { gone = false, timeout = 10_000 } = {}) {
      await poll(async () => (await view.evaluate(exists, selector)) !== gone, selector, timeout);
    },
    async waitForText(selector, text, timeout = 10_000) {
      await poll(() => view.evaluate(hasText, selector, text), `"${text}" in ${selector}`, timeout);
    },
    async close() {
      if (onClose) return onClose();
      await enter();
      await marionette.send('WebDriver:CloseWindow');
    },
  };
  return view;
}
