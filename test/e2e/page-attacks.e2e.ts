/**
 * The page cannot reach the extension: from the mail page's own world, read the panel, catch
 * the keys typed in it, message or click it, replace its frame, or fade, move or shrink it
 * under a person's click. Each attempt is counted in out/attacks/ for npm test's summary.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BODY,
  clickInsert,
  countRefusals,
  inserted,
  insertPoint,
  steady,
  writeTally,
  type Tally,
} from './attack-kit';
import { BROWSERS, fixtureRoute, launch, type Session, type View } from './harness';
import { GLORIA_EMAIL, GMAIL, GMAIL_FIXTURE, composeUrl, seedData } from './panel-seed';

describe.each(BROWSERS)('%s: the page cannot reach the extension', (name) => {
  let session: Session;
  let page: View;
  let panel: View;
  const tally: Tally = { tried: [], succeeded: [] };
  let had = 0;
  let seen = '';
  const attempt = async (label: string, attack: () => Promise<boolean>): Promise<void> => {
    tally.tried.push(label);
    seen = '';
    had = await inserted(page);
    const held = await attack().catch(async (error: unknown) => {
      seen = String(error).slice(0, 200);
      // Insert was out of any pointer's reach: nothing may have been inserted.
      const unreachable = /not interactable|intercepted|an answer to the insert/.test(seen);
      return unreachable && (await inserted(page)) === had;
    });
    if (!held) tally.succeeded.push(label);
    expect(held, `${label} (${seen})`).toBe(true);
  };
  const refused = async (): Promise<boolean> => {
    const said = await clickInsert(page, panel);
    seen = said ?? 'inserted';
    return said !== null && (await inserted(page)) === had;
  };
  const clear = () =>
    page.evaluate(() => {
      document.querySelectorAll('[data-attack]').forEach((element) => element.remove());
      document.documentElement.removeAttribute('style');
    });
  /** A page script that sets `property` on the host every 30 ms until `clear()`. */
  const keepSetting = (property: string, value: string) =>
    page.evaluate(
      ([p, v]: string[]) => {
        const marker = document.createElement('meta');
        marker.dataset.attack = '';
        document.head.append(marker);
        const timer = setInterval(() => {
          if (!marker.isConnected) return clearInterval(timer);
          document.querySelector<HTMLElement>('ft-panel')!.style.setProperty(p!, v!, 'important');
        }, 30);
      },
      [property, value],
    );

  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(GMAIL, GMAIL_FIXTURE));
    await session.seed(seedData());
    page = await session.open(composeUrl(GLORIA_EMAIL));
    panel = await session.panel(page);
    await panel.waitForText('#ft-preview-body', 'Dear Gloria,');
    await countRefusals(panel);
  });
  afterAll(async () => {
    writeTally('page-attacks', name, tally);
    await session?.close();
  });

  test('read the panel: no shadow root, no frame, none of its words in the page', async () => {
    await attempt('read the panel DOM and text', () =>
      page.evaluate(() => {
        const host = document.querySelector('ft-panel')!;
        const frames = [...document.querySelectorAll('iframe')].filter((f) =>
          /extension:/.test(f.src),
        );
        const words = `${document.documentElement.textContent} ${document.body.innerText}`;
        return (
          host.shadowRoot === null &&
          host.childNodes.length === 0 &&
          window.frames.length === 0 &&
          frames.length === 0 &&
          !words.includes('Dear Gloria') &&
          !words.includes('Benavides,')
        );
      }),
    );
  });

  test('focus the panel and listen for keys: the page hears none of them', async () => {
    await page.evaluate(() => {
      const heard: string[] = [];
      for (const type of ['keydown', 'keyup', 'keypress', 'input', 'beforeinput'])
        for (const target of [window, document])
          target.addEventListener(type, (e) => heard.push((e as KeyboardEvent).key ?? type), true);
      const log = document.createElement('meta');
      log.dataset.attack = '';
      log.id = 'ft-keys';
      document.head.append(log);
      setInterval(() => log.setAttribute('content', heard.join(',')), 20);
      document.querySelector<HTMLElement>('ft-panel')!.focus();
    });
    await panel.click('.pick-who');
    for (const key of ['Tab', 'Tab', 'Shift+Tab', 'a']) await panel.press(key);
    await attempt('capture keys typed in the panel', async () => {
      const heard = await page.evaluate(
        () => document.querySelector('#ft-keys')?.getAttribute('content') ?? '',
      );
      seen = heard;
      return heard === '';
    });
    await clear();
  });

  test('messages and events aimed at the content script or the frame: nothing happens', async () => {
    await attempt('postMessage and events shaped like the panel protocol', async () => {
      await page.evaluate((body: string) => {
        const insert = { type: 'insert', subject: 'x', to: 'evil@example.com', body: 'pwned' };
        const host = document.querySelector('ft-panel')!;
        for (const message of [insert, { type: 'press' }, { type: 'toggle-panel' }]) {
          window.postMessage(message, '*');
          window.top?.postMessage(message, '*');
        }
        for (const type of ['insert', 'press', 'ft-panel:insert', 'message', 'click']) {
          for (const target of [document, host, document.querySelector(body)!])
            target.dispatchEvent(new CustomEvent(type, { detail: insert, bubbles: true }));
        }
        host.dispatchEvent(new MessageEvent('message', { data: insert }));
      }, BODY);
      // A real insert afterwards proves the port still answers, and only to the panel.
      await steady(panel);
      const said = await clickInsert(page, panel);
      const text = await page.text(BODY);
      await page.evaluate((body: string) => {
        document.querySelector(body)!.textContent = '';
      }, BODY);
      return said === null && !text.includes('pwned');
    });
  });

  test('click() on the host and element.click() on Insert: nothing is inserted', async () => {
    await attempt("page click() on the panel's host", async () => {
      await page.evaluate(() => {
        const host = document.querySelector<HTMLElement>('ft-panel')!;
        host.click();
        host.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true }));
        host.dispatchEvent(new MouseEvent('click', { bubbles: true, detail: 1 }));
      });
      return (await inserted(page)) === had;
    });
    await attempt('element.click() on Insert, untrusted', async () => {
      const before = await countOf(panel);
      await panel.evaluate(() => document.querySelector<HTMLButtonElement>('#ft-insert')!.click());
      await panel.waitForText('#ft-insert-result', 'Nothing was inserted');
      return (await inserted(page)) === had && (await countOf(panel)) === before;
    });
  });

  test("replace the frame's src or the host's content: the panel is untouched and still works", async () => {
    await attempt("replace the panel frame's src", async () => {
      await page.evaluate(() => {
        const host = document.querySelector('ft-panel')!;
        const frame = document.createElement('iframe');
        frame.dataset.attack = '';
        frame.src = 'about:blank';
        // Light-DOM children of a shadow host with no slot are never drawn.
        host.replaceChildren(frame);
        for (const found of document.querySelectorAll('iframe')) found.src = 'about:blank';
      });
      await steady(panel);
      const ok = (await clickInsert(page, panel)) === null;
      await page.evaluate((body: string) => {
        document.querySelector(body)!.textContent = '';
      }, BODY);
      return ok && (await panel.text('#ft-preview-body')).includes('Dear Gloria');
    });
    await clear();
  });

  test('fade, move off-screen or shrink to 1 px under the click: refused', async () => {
    await steady(panel);
    await page.evaluate(() => {
      document.documentElement.style.opacity = '0.01';
    });
    await attempt('fade the page to 0.01', refused);
    await clear();
    for (const [label, property, value] of [
      ['move off-screen', 'left', '-3000px'],
      ['resize to 1 px wide', 'width', '1px'],
      ['resize to 1 px high', 'height', '1px'],
      ['fade the host', 'opacity', '0'],
    ] as const) {
      await steady(panel);
      await keepSetting(property, value);
      await attempt(label, refused);
      await clear();
    }
  });

  test('transparent overlays over Insert: a click never inserts under a decoy', async () => {
    for (const pointerEvents of ['auto', 'none']) {
      await steady(panel);
      await page.evaluate((events: string) => {
        const decoy = document.createElement('div');
        decoy.dataset.attack = '';
        decoy.style.cssText =
          `position:fixed;inset:0;z-index:2147483647;background:rgba(255,255,255,.01);` +
          `pointer-events:${events}`;
        document.body.append(decoy);
      }, pointerEvents);
      await attempt(`transparent overlay, pointer-events ${pointerEvents}`, async () => {
        // Whether the page's overlay is painted above the panel: hit testing follows paint order.
        const at = await insertPoint(page, panel);
        const top = await page.evaluate(({ x, y }) => {
          const decoy = document.querySelector<HTMLElement>('[data-attack]')!;
          const was = decoy.style.pointerEvents;
          decoy.style.pointerEvents = 'auto';
          const hit = document.elementFromPoint(x, y)?.tagName;
          decoy.style.pointerEvents = was;
          return hit;
        }, at);
        // Under the top-layer panel the overlay hides nothing: once the panel is steady, a click
        // must insert, as the user asked.
        if (top === 'FT-PANEL') await steady(panel);
        const said = await clickInsert(page, panel);
        seen = `${top} on top, ${said ?? 'inserted'}`;
        if (top === 'FT-PANEL') {
          await page.evaluate((body: string) => {
            document.querySelector(body)!.textContent = '';
          }, BODY);
          return said === null;
        }
        return said !== null && (await inserted(page)) === had;
      });
      await clear();
    }
  });
});

async function countOf(panel: View): Promise<number> {
  return panel.evaluate(() => Number(document.documentElement.dataset.refusals ?? 0));
}
