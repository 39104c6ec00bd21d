/**
 * Panels reached through their frames' own targets, where Puppeteer's frame tree fails them:
 * in a window the page opened (Outlook's pop-out renders its compose into an about:blank window
 * of its own), and now and then beside a compose in a tab.
 */
import { until, type Session, type View } from './harness';

/** The panel frame in `child`, a window the page opened (Firefox reaches it as any other). */
export function popupPanel(session: Session, child: View): Promise<View> {
  return session.name === 'chromium' ? targetPanel(session, child) : session.panel(child);
}

/**
 * Chromium: the `index`-th panel frame docked in `docked` (in the order the frames were added).
 * Puppeteer sometimes never gets the execution context of an extension frame (always, nearly,
 * in a window the page opened; now and then in a tab, for a panel that started hidden), though
 * the frame runs and its own CDP target answers. So this view drives the frame through that
 * target: scripts by Runtime.evaluate, clicks as real mouse input on the page at the element's
 * place.
 */
export async function targetPanel(session: Session, docked: View, index = 0): Promise<View> {
  const page = session.chromiumPage(docked);
  const window = await page.createCDPSession();
  const { target, owner } = await until(async () => {
    const owned = [];
    for (const target of session.chromium().targets()) {
      if (!target.url().includes('/src/panel/')) continue;
      const cdp = await target.createCDPSession();
      const { targetInfo } = await cdp.send('Target.getTargetInfo');
      await cdp.detach();
      const owner = await window
        .send('DOM.getFrameOwner', { frameId: targetInfo.targetId })
        .catch(() => null);
      if (owner) owned.push({ target, owner });
    }
    owned.sort((a, b) => a.owner.backendNodeId - b.owner.backendNodeId);
    return owned[index] ?? null;
  }, `panel frame #${index}`);
  const frame = await target.createCDPSession();
  const run = async <T>(fn: string, ...args: unknown[]): Promise<T> => {
    const { result, exceptionDetails } = await frame.send('Runtime.evaluate', {
      expression: `(${fn})(...${JSON.stringify(args)})`,
      awaitPromise: true,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? 'failed');
    return result.value as T;
  };
  const has = (selector: string, text: string): Promise<boolean> =>
    run(
      String((s: string, t: string) =>
        [...document.querySelectorAll(s)].some((e) => (e.textContent ?? '').includes(t)),
      ),
      selector,
      text,
    );
  const view: View = {
    evaluate: (fn, ...args) => run(String(fn), ...args),
    async click(selector) {
      await view.waitFor(selector);
      // The panel may still be settling (the tab unfolding): click once the element's place,
      // in the frame and of the frame in the window, reads the same twice and is the element.
      const place = async () => {
        const spot = await run<{ x: number; y: number; hit: boolean }>(
          String((s: string) => {
            const element = document.querySelector(s)!;
            element.scrollIntoView({ block: 'center' });
            const { left, top, width, height } = element.getBoundingClientRect();
            const [x, y] = [left + width / 2, top + height / 2];
            return { x, y, hit: element.contains(document.elementFromPoint(x, y)) };
          }),
          selector,
        );
        const { model } = await window.send('DOM.getBoxModel', {
          backendNodeId: owner.backendNodeId,
        });
        return { x: model.content[0]! + spot.x, y: model.content[1]! + spot.y, hit: spot.hit };
      };
      let last = { x: NaN, y: NaN };
      const at = await until(async () => {
        const now = await place();
        const steady = now.hit && now.x === last.x && now.y === last.y;
        last = now;
        return steady ? now : null;
      }, `${selector} to hold still`);
      await page.mouse.click(at.x, at.y);
    },
    async type(selector, text) {
      await view.click(selector);
      await page.keyboard.type(text);
    },
    press: (key) => page.keyboard.press(key as never),
    text: (selector) =>
      run(
        String((s: string) => document.querySelector(s)?.textContent ?? ''),
        selector,
      ),
    async waitFor(selector, { gone = false, timeout = 10_000 } = {}) {
      await until(async () => (await has(selector, '')) !== gone, selector, timeout);
    },
    async waitForText(selector, text, timeout = 10_000) {
      await until(() => has(selector, text), `"${text}" in ${selector}`, timeout);
    },
    async close() {
      await frame.detach();
      await window.detach();
    },
  };
  return view;
}
