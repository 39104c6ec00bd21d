/**
 * Outlook on the web as the real client behaves where the 2026-11-22 fixtures did not, in
 * Chromium and Firefox, on the 2026-12-03 fixtures (test/fixtures/outlook/*-2026-12-03.html):
 * - an empty To is filled through the editing path and reads back as a chip;
 * - the editor's undo is RoosterJS's, and one Ctrl+Z takes out exactly the insert, no more;
 * - a reply's To is a read-only summary with presence text and repeated names, and the contact
 *   is matched by a directory name ("Dr. Adaeze N. Okonkwo") to the saved "Adaeze Okonkwo";
 * - the pop-out is a window the opener opens on about:blank and renders into, and gets a panel;
 * - a calendar event form, built from the same hooks as the mail pop-out, gets none.
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
import { popupPanel } from './panel-target';
import { caretAfter, clickInsert } from './steps';
import { GLORIA_EMAIL, seedData } from './panel-seed';

const FIXTURES = 'test/fixtures/outlook/';
const MAILBOX = 'https://outlook.office.com/mail/';
const BODY = '[id^=docking_InitVisiblePart_]:not([hidden]) [aria-multiline=true]';
const TO_WELL = '[id^=docking_InitVisiblePart_]:not([hidden]) [aria-label=To]';

/** Notes with a third interviewer whose address Outlook never shows (only her name). */
function seedWithAdaeze() {
  const data = seedData();
  data.interviews[0]!.interviewers.push({
    id: 'adaeze',
    name: 'Adaeze Okonkwo',
    title: 'Regional HR Partner',
    email: 'aokonkwo@fenwickrowe.example',
    concerns: [],
    topics: ['onboarding plan'],
    history: [],
  });
  return data;
}

/** The chips' names in a well and any text typed there that did not become a chip. */
function wellContents(page: View, well: string): Promise<{ chips: string[]; typed: string }> {
  return page.evaluate((selector: string) => {
    const element = document.querySelector(selector)!;
    const chips = [...element.querySelectorAll('[data-fixture=chip-text]')].map(
      (chip) => chip.textContent ?? '',
    );
    const typed = [...element.childNodes]
      .filter((node) => node.nodeType === 3)
      .map((node) => node.nodeValue)
      .join('')
      .trim();
    return { chips, typed };
  }, well);
}

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
  width: number;
}

/** The visible panel hosts and the message body's box in `page`. */
function boxes(page: View, body: string): Promise<{ panels: Rect[]; body: Rect | null }> {
  return page.evaluate((selector: string) => {
    const box = (element: Element) => {
      const { left, top, right, bottom, width } = element.getBoundingClientRect();
      return { left, top, right, bottom, width };
    };
    const found = document.querySelector(selector);
    return {
      panels: [...document.querySelectorAll('ft-panel')]
        .filter((panel) => getComputedStyle(panel).display !== 'none')
        .map(box),
      body: found ? box(found) : null,
    };
  }, body);
}

const overlaps = (a: Rect, b: Rect): boolean =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

describe.each(BROWSERS)('%s: Outlook as it really is', (name) => {
  let session: Session;
  beforeAll(async () => {
    session = await launch(name);
    session.route(fixtureRoute(MAILBOX, `${FIXTURES}compose-new-2026-12-03.html`));
    session.route(fixtureRoute(`${MAILBOX}inbox/id/`, `${FIXTURES}reply-2026-12-03.html`));
    session.route(fixtureRoute(`${MAILBOX}popout/id/`, `${FIXTURES}popout-window-2026-12-03.html`));
    session.route(
      fixtureRoute(
        'https://outlook.office.com/calendar/',
        `${FIXTURES}calendar-form-2026-12-03.html`,
      ),
    );
    await session.seed(seedWithAdaeze());
  });
  afterAll(async () => {
    await session?.close();
  });

  test('an empty To is filled by insert and reads back as a chip; Send goes to her', async () => {
    const page = await session.open(`${MAILBOX}inbox`);
    await page.click('[data-fixture=new-mail]');
    const panel = await session.panel(page);
    // Nobody in To yet: the user picks Gloria (first in the list) by hand.
    await panel.click('#ft-pick-list li:first-child button');
    await panel.waitForText('.pick-who', 'Gloria Benavides');
    await panel.waitForText('#ft-preview-body', 'Dear Gloria,');
    await clickInsert(panel);
    await panel.waitForText('#ft-insert-result', 'Inserted');
    // Outlook turned the typed address into a chip, shown by its directory name.
    expect(await wellContents(page, TO_WELL)).toEqual({ chips: ['Gloria Benavides'], typed: '' });
    expect(await page.text(BODY)).toContain('Dear Gloria,');
    await page.click(
      '[id^=docking_InitVisiblePart_]:not([hidden]) [data-testid=ComposeSendButton] button[aria-label=Send]',
    );
    const sent = await until(
      () => page.evaluate(() => (window as unknown as { __sent: { to: string[] }[] }).__sent.at(0)),
      'the message sent',
    );
    expect(sent.to).toEqual(['Gloria Benavides']);
    await page.close();
  });

  test('one Ctrl+Z in a RoosterJS editor takes out exactly the insert, not the words before it', async () => {
    const page = await session.open(
      `${MAILBOX}deeplink/compose?to=${encodeURIComponent(GLORIA_EMAIL)}`,
    );
    const panel = await session.panel(page);
    // The chip shows only her name; the panel matches it to the saved Gloria.
    await panel.waitForText('.pick-who', 'Gloria Benavides');
    await caretAfter(page, BODY, '');
    await page.type(BODY, 'Quick note first, thank you for today');
    const typed = await page.text(BODY);
    expect(typed).toContain('thank you for today');

    await clickInsert(panel);
    await panel.waitForText('#ft-insert-result', 'Inserted');
    const inserted = await page.text(BODY);
    expect(inserted).toContain('Dear Gloria,');
    expect(inserted).toContain('thank you for today');

    await caretAfter(page, BODY, 'Dear Gloria,');
    await page.press('Control+z');
    await until(async () => (await page.text(BODY)) !== inserted, 'the undo to act');
    expect(await page.text(BODY)).toBe(typed);
    await page.close();
  });

  test('a reply: read-only To with presence text and a repeated directory name picks Adaeze', async () => {
    const page = await session.open(`${MAILBOX}inbox/id/AAQkADAwATM0MDAAMS1hNzVk`);
    const panel = await session.panel(page);
    await panel.waitForText('.pick-who', 'Adaeze Okonkwo');
    expect(await panel.text('.pick-who')).not.toContain('Marcus');
    // Reading the recipients left the summary as it was: nothing focused it for the user.
    expect(
      await page.evaluate(
        (well: string) => document.querySelector(well)!.getAttribute('aria-readonly'),
        TO_WELL,
      ),
    ).toBe('true');
    await clickInsert(panel);
    await panel.waitForText('#ft-insert-result', 'Inserted');
    const text = await page.text(BODY);
    expect(text.indexOf('Dear Adaeze')).toBeGreaterThanOrEqual(0);
    // Above the signature and the quoted message.
    expect(text.indexOf('Dear Adaeze')).toBeLessThan(text.indexOf('Dana Whitfield'));
    await page.close();
  });

  test('the pop-out, a window the opener renders on about:blank, gets a panel that inserts', async () => {
    const page = await session.open(`${MAILBOX}popout/id/AAQkADAwATM0MDAAMS1hNzVk`);
    await page.click('[data-fixture=popout]');
    const child = await session.popup(page);
    // Closed however the test ends: a window left open confuses the next test's tab (Firefox).
    try {
      const body = '[data-app-section=Form_Content] [aria-multiline=true]';
      expect(await child.evaluate(() => location.href)).toBe('about:blank');
      const found = await until(async () => {
        const b = await boxes(child, body);
        return b.panels.length === 1 && b.body && b.panels[0]!.width > 0 ? b : null;
      }, 'a panel in the pop-out window');
      expect(overlaps(found.panels[0]!, found.body!)).toBe(false);
      const panel = await popupPanel(session, child);
      // The form fills the pop-out window, so the panel may start as its small tab: open it.
      await panel.waitFor('#ft-expand, .pick-who');
      if (await panel.evaluate(() => document.querySelector('#ft-expand') !== null))
        await panel.click('#ft-expand');
      await panel.waitForText('.pick-who', 'Gloria Benavides');
      await clickInsert(panel);
      await panel.waitForText('#ft-insert-result', 'Inserted');
      expect(await child.text(body)).toContain('Dear Gloria,');
    } finally {
      await child.close();
      await page.close();
    }
  });

  test('a calendar event form (same hooks, with Send) gets no panel', async () => {
    const page = await session.open('https://outlook.office.com/calendar/deeplink/compose');
    // The content script's first scan has run once its watcher style is in (it scans right
    // after adding it), so a panel would be there by now.
    await until(
      () =>
        page.evaluate(() =>
          [...document.querySelectorAll('style')].some((style) =>
            /@keyframes ft-/.test(style.textContent ?? ''),
          ),
        ),
      'the content script to start',
    );
    expect(await page.evaluate(() => document.querySelectorAll('ft-panel').length)).toBe(0);
    expect(await session.panelCount(page)).toBe(0);
    await page.close();
  });

  test('the extension made no network request', () => {
    expect(extensionLeaks(session)).toEqual([]);
  });
});
