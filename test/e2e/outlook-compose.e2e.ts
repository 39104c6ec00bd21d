/**
 * The content script on Outlook fixtures in real browsers, on all four Outlook hosts: composes
 * are found (opened later, open at load, parked as draft tabs, the pop-out window), the panel
 * iframe docks beside the compose and never over the text being written, and goes when the
 * compose closes or is sent. When Outlook's editor can't be found, the panel says so and offers
 * to copy the draft. Security: the page can't drive the content script and sees no
 * globals or attributes of ours; no network request. Insertion and send through the
 * panel are in outlook-walk.e2e.ts.
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
import { probeFromPage } from './steps';
import { seedData } from './panel-seed';

const FIXTURES = 'test/fixtures/outlook/';
/** Each host's mailbox URL (live.com has the account index in the path). */
const MAILBOX: Record<string, string> = {
  'outlook.office.com': 'https://outlook.office.com/mail/',
  'outlook.live.com': 'https://outlook.live.com/mail/0/',
  'outlook.office365.com': 'https://outlook.office365.com/mail/',
  'outlook.cloud.microsoft': 'https://outlook.cloud.microsoft/mail/',
};
const SHOWN = '[id^=docking_InitVisiblePart_]:not([hidden])';

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
  height: number;
}

/** Page boxes of the visible panel host, the compose form and its body (null when absent). */
async function boxes(
  page: View,
  root: string,
): Promise<{ panels: Rect[]; compose: Rect | null; body: Rect | null }> {
  return page.evaluate((rootSelector: string) => {
    const box = (element: Element | null | undefined) => {
      if (!element) return null;
      const { left, top, right, bottom, width, height } = element.getBoundingClientRect();
      return { left, top, right, bottom, width, height };
    };
    const compose = document.querySelector(rootSelector);
    return {
      panels: [...document.querySelectorAll('ft-panel')]
        .filter((panel) => getComputedStyle(panel).display !== 'none')
        .map((panel) => box(panel)!),
      compose: box(compose),
      body: box(compose?.querySelector('[aria-multiline=true]')),
    };
  }, root);
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** One panel is shown, docked, and covers no part of the message body. */
async function dockedBeside(page: View, root: string): Promise<{ panel: Rect; compose: Rect }> {
  const found = await until(async () => {
    const b = await boxes(page, root);
    return b.panels.length === 1 && b.compose && b.body && b.panels[0]!.width > 0 ? b : null;
  }, `a panel beside ${root}`);
  expect(overlaps(found.panels[0]!, found.body!)).toBe(false);
  return { panel: found.panels[0]!, compose: found.compose! };
}

async function panelGone(session: Session, page: View): Promise<void> {
  await page.waitFor('ft-panel', { gone: true });
  await until(async () => (await session.panelCount(page)) === 0, 'panel frame gone');
}

describe.each(BROWSERS)('%s: Outlook compose forms', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    for (const mailbox of Object.values(MAILBOX)) {
      session.route(fixtureRoute(mailbox, `${FIXTURES}compose-new-2026-11-22.html`));
      session.route(fixtureRoute(`${mailbox}inbox/id/`, `${FIXTURES}reply-2026-11-22.html`));
      session.route(
        fixtureRoute(`${mailbox}deeplink/compose/`, `${FIXTURES}popout-2026-11-22.html`),
      );
    }
    // Notes to pick from: without any, the panel shows only its first-run screen.
    await session.seed(seedData());
  });
  afterAll(async () => {
    await session?.close();
  });

  test.each(Object.keys(MAILBOX))(
    '%s: New mail gets a panel on its left, full size, which goes on Discard',
    async (host) => {
      const page = await session.open(`${MAILBOX[host]}inbox`);
      expect(await session.panelCount(page)).toBe(0);
      await page.click('[data-fixture=new-mail]');
      // The tab comes first; the panel opens by itself once it has read the notes (a thank-you
      // is due in the seed) and the compose.
      await until(
        async () => ((await boxes(page, SHOWN)).panels[0]?.width ?? 0) > 44,
        'the panel to open by itself',
      );
      const { panel, compose } = await dockedBeside(page, SHOWN);
      expect(panel.width).toBeGreaterThanOrEqual(280);
      expect(panel.right).toBeLessThanOrEqual(compose.left);
      expect(await (await session.panel(page)).text('h1')).toContain('Follow-Through');
      await page.click(`${SHOWN} button[aria-label=Discard]`);
      await panelGone(session, page);
      await page.close();
    },
  );

  test('a reply draft open at load; Reply parks it as a tab (its panel hides), Discard brings it back', async () => {
    const page = await session.open(
      `${MAILBOX['outlook.office.com']}inbox/id/AAQkADAwATM0MDAAMS1hNzVk`,
    );
    await dockedBeside(page, SHOWN);
    await session.panel(page);
    await page.click('[data-fixture=reply]');
    await until(
      async () => (await session.panelCount(page)) === 2,
      'a second panel for the new reply',
    );
    // Only the shown compose has a visible panel; the parked draft's stays hidden.
    const { compose } = await dockedBeside(page, SHOWN);
    expect(
      await page.evaluate(
        () => document.querySelectorAll('[id^=docking_InitVisiblePart_][hidden]').length,
      ),
    ).toBe(1);
    await page.click(`${SHOWN} button[aria-label=Discard]`);
    await until(async () => (await session.panelCount(page)) === 1, 'the new reply’s panel gone');
    const restored = await dockedBeside(page, SHOWN);
    expect(restored.compose.top).toBeCloseTo(compose.top, -1);
    await page.close();
  });

  test('the pop-out window: a panel off the body; Ctrl+Enter sends and the panel goes', async () => {
    const page = await session.open(
      `${MAILBOX['outlook.live.com']}deeplink/compose/AAQkADAwATM0MDAAMS1hNzVk?popoutv2=1`,
    );
    await dockedBeside(page, '[data-app-section=Form_Content]');
    await session.panel(page);
    await page.type('[aria-multiline=true]', 'Thank you, Gloria.');
    await page.press('Control+Enter');
    await until(
      () => page.evaluate(() => (window as unknown as { __sent: unknown[] }).__sent.length === 1),
      'the pop-out sent',
    );
    await panelGone(session, page);
    await page.close();
  });

  test('Outlook renamed its editor: the panel says so and offers to copy the draft', async () => {
    const page = await session.open(`${MAILBOX['outlook.cloud.microsoft']}inbox`);
    // What a redesign might do: the editor loses every hook the adapter knows.
    await page.evaluate(() => {
      const template = document.querySelector<HTMLTemplateElement>('#compose')!.content;
      const body = template.querySelector('[aria-multiline=true]')!;
      body.removeAttribute('aria-multiline');
      body.setAttribute('data-editor', 'v2');
      template.querySelector('[id^=editorParent_]')!.id = 'editorHost';
    });
    await page.click('[data-fixture=new-mail]');
    // A known address in To, so the panel picks the interviewer and has a draft to copy.
    await page.type(`${SHOWN} [aria-label=To]`, 'gbenavides@fenwickrowe.example;');
    const panel = await session.panel(page);
    await panel.waitForText('.ft', "can't find the message text");
    await panel.waitFor('#ft-copy');
    await page.close();
  });

  test('the page sees no globals or attributes of ours, and cannot drive us', async () => {
    const page = await session.open(`${MAILBOX['outlook.office.com']}inbox`);
    const globals = await page.evaluate(() => Object.getOwnPropertyNames(window));
    await page.click('[data-fixture=new-mail]');
    await dockedBeside(page, SHOWN);
    await session.panel(page);
    const body = `${SHOWN} [aria-multiline=true]`;
    const text = (selector: string) =>
      page.evaluate((s: string) => document.querySelector(s)?.textContent ?? null, selector);
    const before = await text(body);

    const seen = await probeFromPage(page, globals, body);
    expect(seen.added).toEqual([]);
    expect(seen.ours).toEqual([]);
    expect(seen.hostAttributes).toEqual(['style']);
    expect(seen.shadow).toBe(true);
    await new Promise((done) => setTimeout(done, 400));
    expect(await text(body)).toBe(before);
    expect(
      await page.evaluate(
        (shown: string) => ({
          subject: document.querySelector<HTMLInputElement>(`${shown} input[type=text]`)!.value,
          chips: document.querySelectorAll(`${shown} [contenteditable=false]`).length,
        }),
        SHOWN,
      ),
    ).toEqual({ subject: '', chips: 0 });
    expect(await session.panelCount(page)).toBe(1);
    await page.close();
  });

  test('the extension made no network request', () => {
    expect(extensionLeaks(session)).toEqual([]);
  });
});
