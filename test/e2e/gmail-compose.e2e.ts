/**
 * The content script on Gmail fixtures in real browsers: every compose form is found (open at
 * load, opened later, rendered late, after in-page navigation), the panel iframe docks beside
 * the compose and never over the text being written, follows minimise and full-screen, and goes
 * when the compose closes. Security: the page can't drive the content script and sees no
 * globals or attributes of ours. Insertion and send need the panel: they are covered by
 * the panel's end-to-end walk (test/e2e/panel-*.e2e.ts), which talks to this side only through
 * src/shared/compose-protocol.ts.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import {
  BROWSERS,
  extensionLeaks,
  fixtureRoute,
  launch,
  until,
  type Session,
  type View,
} from './harness';
import { seedData } from './panel-seed';
import { probeFromPage } from './steps';

const GMAIL = 'https://mail.google.com/mail/u/0/';
const POPOUT = 'https://mail.google.com/mail/u/0/popout';
const FIXTURES = 'test/fixtures/gmail/';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Page boxes of the panel host, the compose root and its body (null when absent). */
async function boxes(
  page: View,
  root: string,
): Promise<{ panel: Rect | null; compose: Rect | null; body: Rect | null }> {
  return page.evaluate((rootSelector: string) => {
    const box = (element: Element | null | undefined) => {
      if (!element) return null;
      const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
      return { left, top, right, bottom, width, height };
    };
    const compose = document.querySelector(rootSelector);
    const panel = document.querySelector('ft-panel');
    const shown = panel && getComputedStyle(panel).display !== 'none' ? panel : null;
    return {
      panel: box(shown),
      compose: box(compose),
      body: box(compose?.querySelector('[g_editable]')),
    };
  }, root);
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The panel is docked, visible, and covers no part of the message body. */
async function dockedBeside(page: View, root: string): Promise<{ panel: Rect; compose: Rect }> {
  const found = await until(async () => {
    const b = await boxes(page, root);
    return b.panel && b.compose && b.body && b.panel.width > 0 ? b : null;
  }, `a panel beside ${root}`);
  expect(overlaps(found.panel!, found.body!)).toBe(false);
  return { panel: found.panel!, compose: found.compose! };
}

/**
 * A new compose's panel starts as the tab and opens by itself once it has read the notes (a
 * thank-you is due in every test here): wait for that before testing where an open panel goes.
 */
async function openedByItself(page: View): Promise<void> {
  await until(
    async () => ((await boxes(page, '[role=dialog]')).panel?.width ?? 0) > 44,
    'the panel to open by itself',
  );
}

async function panelGone(session: Session, page: View): Promise<void> {
  await page.waitFor('ft-panel', { gone: true });
  await until(async () => (await session.panelCount(page)) === 0, 'panel frame gone');
}

describe.each(BROWSERS)('%s: Gmail compose forms', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    for (const view of [
      'compose-new',
      'compose-ab',
      'compose-classic',
      'compose-fullscreen',
      'reply-inline',
      'forward-inline',
    ]) {
      session.route(fixtureRoute(`${GMAIL}${view}/`, `${FIXTURES}${view}-2026-11-22.html`));
    }
    session.route(fixtureRoute(POPOUT, `${FIXTURES}compose-popout-2026-11-22.html`));
    // A thank-you due, so a blank new compose opens its panel by itself (ordinary mail only
    // gets the tab); these tests are about where an open panel goes.
    await session.seed(seedData());
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(['compose-new', 'compose-ab', 'compose-classic'])(
    '%s: a compose opened later gets a panel on its left, full size, which goes on close',
    async (view) => {
      const page = await session.open(`${GMAIL}${view}/#inbox`);
      expect(await session.panelCount(page)).toBe(0);
      await page.click('[gh=cm]');
      await openedByItself(page);
      const { panel, compose } = await dockedBeside(page, '[role=dialog]');
      expect(panel.width).toBeGreaterThanOrEqual(280);
      expect(panel.right).toBeLessThanOrEqual(compose.left);
      await session.panel(page);
      await page.click('[role=dialog] .Ha');
      await panelGone(session, page);
      await page.close();
    },
  );

  test('two composes: two panels, each beside its own, following when one closes', async () => {
    const page = await session.open(`${GMAIL}compose-new/#inbox`);
    await page.click('[gh=cm]');
    await page.click('[gh=cm]');
    await until(async () => (await session.panelCount(page)) === 2, 'two panel frames');
    // The newest compose is prepended (rightmost); closing it slides the other one right.
    const before = await page.evaluate(
      () => document.querySelectorAll('[role=dialog]')[1]!.getBoundingClientRect().left,
    );
    await page.click('[role=dialog] .Ha');
    await until(async () => (await session.panelCount(page)) === 1, 'one panel left');
    const after = await until(async () => {
      const moved = await page.evaluate(() => {
        const dialog = document.querySelector('[role=dialog]')!.getBoundingClientRect();
        const panel = document.querySelector('ft-panel')!.getBoundingClientRect();
        return { dialog: dialog.left, panelRight: panel.right };
      });
      return moved.dialog !== before && moved.panelRight <= moved.dialog ? moved : null;
    }, 'the panel following its compose');
    expect(after.panelRight).toBeLessThanOrEqual(after.dialog);
    await page.close();
  });

  test('minimise turns the panel into a tab beside the title bar; restoring expands it', async () => {
    const page = await session.open(`${GMAIL}compose-new/#inbox`);
    await page.click('[gh=cm]');
    // Otherwise the tab it starts as would pass for the minimised one.
    await openedByItself(page);
    await dockedBeside(page, '[role=dialog]');
    await page.click('[role=dialog] .Hl');
    await until(async () => (await boxes(page, '[role=dialog]')).panel?.width === 44, 'a tab');
    await page.click('[role=dialog] .Hl');
    await until(
      async () => ((await boxes(page, '[role=dialog]')).panel?.width ?? 0) > 200,
      'expanded again',
    );
    await page.close();
  });

  test('full-screen and back: the panel moves with the compose and stays off the body', async () => {
    const page = await session.open(`${GMAIL}compose-new/#inbox`);
    await page.click('[gh=cm]');
    // Going full-screen before then would find the tab there already, still beside the mole
    // where it was, and measure that.
    await openedByItself(page);
    await dockedBeside(page, '[role=dialog]');
    await page.click('[role=dialog] .Hq');
    await until(
      async () => (await boxes(page, '[role=dialog]')).compose!.width > 800,
      'full-screen',
    );
    // 15 % margins at 1400 px leave no room for the whole panel: a tab in the margin.
    await until(
      async () => (await boxes(page, '[role=dialog]')).panel?.width === 44,
      'a tab in the margin',
    );
    const full = await dockedBeside(page, '[role=dialog]');
    expect(full.panel.right).toBeLessThanOrEqual(full.compose.left);
    await page.click('[role=dialog] .Hq');
    await until(
      async () => ((await boxes(page, '[role=dialog]')).panel?.width ?? 0) > 200,
      'beside the mole again',
    );
    expect(await session.panelCount(page)).toBe(1);
    await page.close();
  });

  test('a full-screen compose open at load', async () => {
    const page = await session.open(`${GMAIL}compose-fullscreen/#inbox`);
    const { panel, compose } = await dockedBeside(page, '[role=dialog]');
    expect(panel.right).toBeLessThanOrEqual(compose.left);
    await session.panel(page);
    await page.click('[role=dialog] .Ha');
    await panelGone(session, page);
    await page.close();
  });

  test('pop-out window (body.xE.xp): a tab in the corner, off the body; gone after Send', async () => {
    const page = await session.open(POPOUT);
    const { panel } = await dockedBeside(page, '.M9');
    expect(panel.width).toBe(44);
    await session.panel(page);
    await page.click('.aoO');
    await panelGone(session, page);
    await page.close();
  });

  test('inline reply rendered late, then in-page navigation away closes it', async () => {
    const page = await session.open(`${GMAIL}reply-inline/#inbox/thread-1`);
    expect(await session.panelCount(page)).toBe(0);
    await page.click('.ams.bkH');
    await dockedBeside(page, '.thread .M9');
    await session.panel(page);
    await page.evaluate(() => {
      location.hash = '#inbox';
    });
    await panelGone(session, page);
    // Back to the thread and reply again: a fresh panel.
    await page.evaluate(() => {
      location.hash = '#inbox/thread-1?open=reply';
    });
    await dockedBeside(page, '.thread .M9');
    await page.close();
  });

  test('inline forward open at load; discard removes the panel', async () => {
    const page = await session.open(`${GMAIL}forward-inline/#inbox/thread-1`);
    await dockedBeside(page, '.thread .M9');
    await page.click('.thread .M9 .oh');
    await panelGone(session, page);
    await page.close();
  });

  test('the toggle-panel command, relayed by the background, collapses and reopens the panel', async (context) => {
    // Commands are browser-level shortcuts no driver can press; send what the background's
    // onCommand handler sends, from the background itself (Chromium: its worker is reachable).
    if (name !== 'chromium') return context.skip();
    const page = await session.open(`${GMAIL}compose-new/#inbox`);
    await page.click('[gh=cm]');
    await dockedBeside(page, '[role=dialog]');
    // The panel starts as the tab and opens by itself for a due thank-you: a toggle sent before
    // that would open the tab, and the panel would then stay open as the user's choice.
    await openedByItself(page);
    await page.click('[role=dialog] [g_editable]');
    const target = await session
      .chromium()
      .waitForTarget((t) => t.type() === 'service_worker' && t.url().startsWith(session.base));
    const worker = (await target.worker())!;
    const relay = () =>
      worker.evaluate(async () => {
        const api = (
          globalThis as unknown as {
            chrome: {
              tabs: {
                query(q: object): Promise<{ id: number }[]>;
                sendMessage(id: number, m: object): Promise<unknown>;
              };
            };
          }
        ).chrome;
        for (const tab of await api.tabs.query({}))
          await api.tabs.sendMessage(tab.id, { type: 'toggle-panel' }).catch(() => undefined);
      });
    await relay();
    await until(
      async () => (await boxes(page, '[role=dialog]')).panel?.width === 44,
      'collapsed to a tab',
    );
    await relay();
    await until(
      async () => ((await boxes(page, '[role=dialog]')).panel?.width ?? 0) > 200,
      'expanded again',
    );
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('FT-PANEL');
    await page.close();
  });

  test('the page sees no globals or attributes of ours, and cannot drive us', async () => {
    const page = await session.open(`${GMAIL}compose-new/#inbox`);
    const globals = await page.evaluate(() => Object.getOwnPropertyNames(window));
    await page.click('[gh=cm]');
    await dockedBeside(page, '[role=dialog]');
    await session.panel(page);
    const body = '[role=dialog] [g_editable]';
    const text = (selector: string) =>
      page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);
    const before = await text(body);

    const seen = await probeFromPage(page, globals, body);
    expect(seen.added.filter((key) => key !== '__sent')).toEqual([]);
    expect(seen.ours).toEqual([]);
    expect(seen.hostAttributes).toEqual(['style']);
    expect(seen.shadow).toBe(true);
    await new Promise((done) => setTimeout(done, 400));
    expect(await text(body)).toBe(before);
    expect(
      await page.evaluate(() => ({
        subject: document.querySelector<HTMLInputElement>('[role=dialog] input.aoT')!.value,
        chips: document.querySelectorAll('[role=dialog] [data-hovercard-id]').length,
      })),
    ).toEqual({ subject: '', chips: 0 });
    expect(await session.panelCount(page)).toBe(1);
    await page.close();
  });

  test('the extension made no network request', () => {
    expect(extensionLeaks(session)).toEqual([]);
  });
});
